package com.stretchkiosk.visit;

import org.jspecify.annotations.Nullable;

/** Where it hurt, how much and how: every part optional, given after the stop, when there is a moment. */
public record PainStopDetail(
        @Nullable BodyRegion region,
        @Nullable BodySide side,
        @Nullable Integer score,
        @Nullable PainKind kind,
        @Nullable String note) {

    public static final PainStopDetail NONE = new PainStopDetail(null, null, null, null, null);

    public PainStopDetail withRegion(@Nullable BodyRegion newRegion) {
        return new PainStopDetail(newRegion, side, score, kind, note);
    }

    public PainStopDetail withSide(@Nullable BodySide newSide) {
        return new PainStopDetail(region, newSide, score, kind, note);
    }

    public PainStopDetail withScore(@Nullable Integer newScore) {
        return new PainStopDetail(region, side, newScore, kind, note);
    }

    public PainStopDetail withKind(@Nullable PainKind newKind) {
        return new PainStopDetail(region, side, score, newKind, note);
    }

    public PainStopDetail withNote(@Nullable String newNote) {
        return new PainStopDetail(region, side, score, kind, newNote);
    }
}
