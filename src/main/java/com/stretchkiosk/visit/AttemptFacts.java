package com.stretchkiosk.visit;

import static com.stretchkiosk.db.Tables.ATTEMPT_FACT;

import com.stretchkiosk.db.tables.records.AttemptFactRecord;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;

/**
 * The one reading of the facts: the database view {@code attempt_fact} (every attempt of a standing session with
 * its pain stop, the stop's latest details and its resolution), read by the session, the history and the
 * studio figures alike, and turned into {@link Attempt}s here and nowhere else.
 */
public final class AttemptFacts {

    /** Attempts that stand: not voided (voiding a pain stop voids its attempt with it). */
    public static final Condition STANDING = ATTEMPT_FACT.VOIDED_AT.isNull();

    private AttemptFacts() {
    }

    public static Attempt attempt(AttemptFactRecord r) {
        return new Attempt(r.getId(), r.getFactId(), r.getVisitId(), r.getTherapistId(), r.getVisitStartedAt(), r.getStretchId(),
                r.getSide(), r.getRepetition(), r.getOutcome(), r.getUnit(), r.getRangeReached(), r.getPressure(),
                r.getBreathing(), r.getBreathCount(), r.getHoldSeconds(), chips(r.getNoteChips()), r.getNote(), r.getRecordedAt(),
                r.getSupersedesId(), r.getVoidedAt() == null ? null : new Voiding(r.getVoidedAt(), r.getVoidReason(), r.getVoidedBy()),
                r.getPainStopId() == null ? null : painStop(r));
    }

    private static PainStop painStop(AttemptFactRecord r) {
        return new PainStop(r.getPainStopId(), r.getPainStopFactId(), r.getId(), r.getPainStopOccurredAt(), r.getRangeAtStop(),
                new PainStopDetail(r.getBodyRegion(), r.getBodySide(), r.getPainScore(), r.getPainKind(), r.getPainNote(),
                        r.getRangeAnswer() == null ? null : new StopRange(r.getRangeAtStop())),
                r.getPainStopResolvedAt() == null ? null : new PainStop.Resolved(r.getPainStopResolvedBy(), r.getPainStopResolvedAt()),
                r.getPainStopVoidedAt() == null ? null : new Voiding(r.getPainStopVoidedAt(), r.getPainStopVoidReason(), null));
    }

    /** Note chips are stored as comma text (a CHECK keeps it to names): read back as the set they were. */
    static Set<NoteChip> chips(@org.jspecify.annotations.Nullable String stored) {
        return stored == null ? Set.of() : Arrays.stream(stored.split(","))
                .map(NoteChip::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(NoteChip.class)));
    }
}
