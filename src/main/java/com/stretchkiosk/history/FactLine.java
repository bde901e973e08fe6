package com.stretchkiosk.history;

import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.visit.Attempt;
import com.stretchkiosk.visit.BodyRegion;
import com.stretchkiosk.visit.BodySide;
import com.stretchkiosk.visit.Breathing;
import com.stretchkiosk.visit.NoteChip;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainKind;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Voiding;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One attempt as history shows and exports it: the attempt of the one reading of the facts, voided ones included
 * (with why), named by its stretch.
 */
public record FactLine(Attempt attempt, String stretchName) {

    public long visitId() {
        return attempt.visitId();
    }

    public Instant visitStartedAt() {
        return attempt.visitStartedAt();
    }

    public String attemptFactId() {
        return attempt.factId();
    }

    public long stretchId() {
        return attempt.stretchId();
    }

    public Side side() {
        return attempt.side();
    }

    public int repetition() {
        return attempt.repetition();
    }

    public Outcome outcome() {
        return attempt.outcome();
    }

    public MeasureUnit unit() {
        return attempt.unit();
    }

    public @Nullable Integer range() {
        return attempt.range();
    }

    public @Nullable Integer pressure() {
        return attempt.pressure();
    }

    public @Nullable Breathing breathing() {
        return attempt.breathing();
    }

    public @Nullable Integer breathCount() {
        return attempt.breathCount();
    }

    public @Nullable Integer holdSeconds() {
        return attempt.holdSeconds();
    }

    public Set<NoteChip> noteChips() {
        return attempt.noteChips();
    }

    public @Nullable String note() {
        return attempt.note();
    }

    public Instant recordedAt() {
        return attempt.recordedAt();
    }

    /** Who measured it: the session's therapist. */
    public long measuredBy() {
        return attempt.measuredBy();
    }

    public boolean voided() {
        return attempt.voided() != null;
    }

    public @Nullable String voidReason() {
        Voiding voided = attempt.voided();
        return voided == null ? null : voided.reason();
    }

    public boolean hasPainStop() {
        return attempt.painStop() != null;
    }

    /** The pain stop that stands: present, not voided. */
    public boolean hasStandingPainStop() {
        PainStop stop = attempt.painStop();
        return stop != null && stop.voided() == null;
    }

    public @Nullable String painStopFactId() {
        PainStop stop = attempt.painStop();
        return stop == null ? null : stop.factId();
    }

    public @Nullable Integer rangeAtStop() {
        PainStop stop = attempt.painStop();
        return stop == null ? null : stop.rangeAtStop();
    }

    public @Nullable String painStopVoidReason() {
        PainStop stop = attempt.painStop();
        Voiding voided = stop == null ? null : stop.voided();
        return voided == null ? null : voided.reason();
    }

    public @Nullable BodyRegion region() {
        PainStop stop = attempt.painStop();
        return stop == null ? null : stop.detail().region();
    }

    public @Nullable BodySide bodySide() {
        PainStop stop = attempt.painStop();
        return stop == null ? null : stop.detail().side();
    }

    public @Nullable Integer painScore() {
        PainStop stop = attempt.painStop();
        return stop == null ? null : stop.detail().score();
    }

    public @Nullable PainKind painKind() {
        PainStop stop = attempt.painStop();
        return stop == null ? null : stop.detail().kind();
    }

    public @Nullable String painNote() {
        PainStop stop = attempt.painStop();
        return stop == null ? null : stop.detail().note();
    }
}
