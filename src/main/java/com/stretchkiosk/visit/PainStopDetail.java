package com.stretchkiosk.visit;

import org.jspecify.annotations.Nullable;

/**
 * Where it hurt, how much and how, and at what range: every part optional, given after the stop, when there is a
 * moment. {@code range} is the answer to "At what range?" (null: not answered here, the range the STOP tap carried
 * stands).
 */
public record PainStopDetail(
        @Nullable BodyRegion region,
        @Nullable BodySide side,
        @Nullable Integer score,
        @Nullable PainKind kind,
        @Nullable String note,
        @Nullable StopRange range) {

    public static final PainStopDetail NONE = new PainStopDetail(null, null, null, null, null, null);

    /** A description without an answer about the range. */
    public PainStopDetail(@Nullable BodyRegion region, @Nullable BodySide side, @Nullable Integer score, @Nullable PainKind kind,
            @Nullable String note) {
        this(region, side, score, kind, note, null);
    }

    public PainStopDetail withRegion(@Nullable BodyRegion newRegion) {
        return new PainStopDetail(newRegion, side, score, kind, note, range);
    }

    public PainStopDetail withSide(@Nullable BodySide newSide) {
        return new PainStopDetail(region, newSide, score, kind, note, range);
    }

    public PainStopDetail withScore(@Nullable Integer newScore) {
        return new PainStopDetail(region, side, newScore, kind, note, range);
    }

    public PainStopDetail withKind(@Nullable PainKind newKind) {
        return new PainStopDetail(region, side, score, newKind, note, range);
    }

    public PainStopDetail withNote(@Nullable String newNote) {
        return new PainStopDetail(region, side, score, kind, newNote, range);
    }

    public PainStopDetail withRange(@Nullable StopRange newRange) {
        return new PainStopDetail(region, side, score, kind, note, newRange);
    }
}
