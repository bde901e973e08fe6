package com.stretchkiosk.visit;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.TextLimits;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a session at the table. Every tap is its own transaction with the id made at the tap: a resent
 * or double tap stores nothing new. Facts are never changed: Undo voids them with a reason.
 */
@Service
public class VisitService {

    /** The reason written on a fact the therapist undid from its toast. */
    public static final String UNDO_REASON = "Undone at the table";

    private final VisitRepository repository;
    private final AuditService audit;
    private final Clock clock;
    private final VisitChanges changes;

    VisitService(VisitRepository repository, AuditService audit, Clock clock, VisitChanges changes) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * While a screen shows a session, it is handed the session's facts after every tap on any tablet, on a
     * thread of its own, if {@code wants} (asked on the tapping thread, right after the commit) says so. Run
     * the returned action when the screen goes away.
     */
    public Runnable listen(long visitId, java.util.function.Predicate<SessionFacts> wants,
            java.util.function.Consumer<SessionFacts> onFacts) {
        return changes.listen(visitId, wants, onFacts);
    }

    /** Whether a session can be started for this client: one that exists and is not archived. */
    public boolean hasClient(long clientId) {
        return repository.hasClient(clientId);
    }

    /** The client's session that is still open, if any: a tablet can come back to it. */
    public Optional<Long> openVisitOf(long clientId) {
        return repository.openVisitOf(clientId);
    }

    /** Starts a session, or resumes the client's open one: a client has at most one open session. */
    @Transactional
    public Visit startOrResume(UUID factId, long clientId, long therapistId) {
        Optional<Long> open = repository.openVisitOf(clientId);
        long visitId = open.orElseGet(() -> repository.insertVisit(factId, clientId, therapistId, clock.instant()));
        if (open.isEmpty()) {
            audit.record(new AuditEntry(AuditAction.VISIT_STARTED, AuditOutcome.OK, clientId, "visit", Long.toString(visitId)));
        }
        return repository.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
    }

    /** Opens a session's screen; audited as a view of the client's record. */
    @Transactional
    public VisitSheet open(long visitId) {
        VisitSheet sheet = sheet(visitId);
        audit.record(new AuditEntry(AuditAction.VISIT_OPENED, AuditOutcome.OK, sheet.visit().clientId(), "visit",
                Long.toString(visitId)));
        return sheet;
    }

    /** The session as stored now, with what the visits before it say (read once when a screen opens). */
    public VisitSheet sheet(long visitId) {
        long revision = changes.currentRevision();
        VisitRepository.Head head = repository.head(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
        Visit visit = head.visit();
        return new VisitSheet(read(head, revision), repository.previous(visit.clientId(), visitId, visit.startedAt()),
                repository.unresolvedStops(visit.clientId(), visitId));
    }

    /** The session's own facts as stored now: what another tablet recorded shows too. */
    public SessionFacts facts(long visitId) {
        long revision = changes.currentRevision();
        return read(repository.head(visitId).orElseThrow(() -> new VisitNotFoundException(visitId)), revision);
    }

    /** The facts after a write, in its transaction: handed to every screen showing the session after the commit. */
    private SessionFacts afterWrite(long visitId) {
        return afterTap(repository.head(visitId).orElseThrow(() -> new VisitNotFoundException(visitId)));
    }

    /**
     * The facts after a tap that changed only attempts and pain stops: the session and its pain ratings as read before
     * the write, the attempts read again (one statement).
     */
    private SessionFacts afterTap(VisitRepository.Head head) {
        SessionFacts facts = read(head, changes.nextRevision());
        changes.changed(facts);
        return facts;
    }

    private SessionFacts read(VisitRepository.Head head, long revision) {
        return new SessionFacts(head.visit(), repository.attempts(head.visit().id()), head.painBefore(), head.painAfter(), revision);
    }

    /** The session and the stretch a tap is about, in one read; refused as a closed session when {@code open} is asked. */
    private VisitRepository.TapContext tapContext(long visitId, long stretchId, boolean open) {
        VisitRepository.TapContext tap = repository.tapContext(visitId, stretchId).orElseGet(() -> {
            // Not both found: say which.
            repository.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
            throw new IllegalArgumentException("No stretch " + stretchId);
        });
        if (open && !tap.head().visit().isOpen()) {
            throw new VisitClosedException(visitId);
        }
        return tap;
    }

    /** Pain before or after, 0–10. A second rating for the same moment replaces the first (which is voided). */
    @Transactional
    public Recorded<FactRef> recordPain(UUID factId, long visitId, PainMoment moment, int score) {
        if (!PainScale.isValid(score)) {
            throw refused(AttemptField.PAIN, Problem.of("visit.pain.out-of-range", PainScale.MIN, PainScale.MAX));
        }
        Visit visit = openVisit(visitId);
        FactRef fact = new FactRef(FactRef.Kind.PAIN_RATING, factId.toString());
        Optional<String> current = repository.painRatingFactId(visitId, moment);
        if (current.filter(factId.toString()::equals).isPresent()) {
            return new Recorded<>(fact, false, afterWrite(visit.id()));
        }
        current.ifPresent(previous -> repository.voidPainRating(previous, "Replaced at the table", clock.instant()));
        boolean stored = repository.insertPainRating(factId, visitId, moment, score, clock.instant());
        if (stored) {
            audit.record(new AuditEntry(AuditAction.FACT_RECORDED, AuditOutcome.OK, visit.clientId(), "pain_rating", factId.toString()));
        }
        return new Recorded<>(fact, stored, afterWrite(visit.id()));
    }

    /**
     * Logs a finished (or skipped) attempt in its repetition slot. Values out of bounds are refused at their control; a
     * slot that already holds a standing attempt stores nothing and is refused as taken (the same tap resent is
     * answered as stored before).
     */
    @Transactional
    public Recorded<Attempt> recordAttempt(AttemptDraft draft) {
        if (draft.outcome() == Outcome.STOPPED_FOR_PAIN) {
            throw new IllegalArgumentException("A pain stop is recorded with recordPainStop");
        }
        VisitRepository.TapContext tap = tapContext(draft.visitId(), draft.stretchId(), true);
        Visit visit = tap.head().visit();
        StretchRules stretch = tap.stretch();
        AttemptDraft cleaned = checked(draft, stretch);
        Slot slot = new Slot(cleaned.stretchId(), cleaned.side(), cleaned.repetition());
        Optional<Attempt> taken = repository.standingIn(cleaned.visitId(), slot);
        if (taken.isPresent() && !taken.get().factId().equals(draft.factId().toString())) {
            throw new RepetitionTakenException(slot);
        }
        boolean stored = taken.isEmpty() && insertInSlot(cleaned, cleaned.outcome(), stretch, slot);
        if (stored) {
            audit.record(new AuditEntry(AuditAction.FACT_RECORDED, AuditOutcome.OK, visit.clientId(), "attempt", draft.factId().toString()));
        }
        SessionFacts facts = afterTap(tap.head());
        return new Recorded<>(find(facts, draft.factId().toString()), stored, facts);
    }

    /** Inserts an attempt; another tablet's attempt committed in the same slot meanwhile is refused as taken. */
    private boolean insertInSlot(AttemptDraft draft, Outcome outcome, StretchRules stretch, Slot slot) {
        try {
            return repository.insertAttempt(draft, outcome, stretch.unit(), clock.instant(), null);
        } catch (RuntimeException violation) { // jOOQ's on SQLite, Spring's DuplicateKeyException on PostgreSQL
            if (VisitRepository.isSlotTaken(violation)) {
                throw new RepetitionTakenException(slot);
            }
            throw violation;
        }
    }

    /**
     * STOP — sharp pain. Never refused for a value: whatever was set is kept if it is valid and left out if
     * not, because the stop itself must be stored. One stop per repetition: a second STOP for the same
     * repetition (a double tap, a resend, a tap on a slow answer, another tablet) returns the stop already
     * stored and stores nothing. A STOP for a repetition that a Log or Skip filled first (queued before it during
     * an outage) is the next free repetition of that side: a stop is never lost.
     */
    @Transactional
    public Recorded<PainStop> recordPainStop(PainStopTap tap) {
        VisitRepository.TapContext context = tapContext(tap.visitId(), tap.stretchId(), false);
        Visit visit = context.head().visit();
        StretchRules stretch = context.stretch();
        Side side = sideFor(stretch, tap.side());
        Slot shown = new Slot(tap.stretchId(), side, Math.max(1, Math.min(Attempt.REPETITION_MAX, tap.repetition())));
        Optional<Attempt> inSlot = repository.standingIn(tap.visitId(), shown);
        if (inSlot.isPresent() && inSlot.get().painStop() != null) {
            SessionFacts facts = afterTap(context.head());
            return new Recorded<>(Objects.requireNonNull(find(facts, inSlot.get().factId()).painStop()), false, facts);
        }
        Slot slot = inSlot.isEmpty() ? shown : slotForStop(tap.visitId(), shown);
        Integer range = tap.range() != null && stretch.isPlausible(tap.range()) ? tap.range() : null;
        AttemptDraft stopped = new AttemptDraft(tap.attemptFactId(), tap.visitId(), tap.stretchId(), side,
                slot.repetition(), Outcome.STOPPED_FOR_PAIN, range,
                tap.pressure() != null && PainScale.isValid(tap.pressure()) ? tap.pressure() : null, tap.breathing(), null,
                tap.holdSeconds() != null && tap.holdSeconds() >= 0 && tap.holdSeconds() <= PainScale.HOLD_SECONDS_MAX ? tap.holdSeconds() : null,
                java.util.Set.of(), null);
        repository.insertAttempt(stopped, Outcome.STOPPED_FOR_PAIN, stretch.unit(), clock.instant(), null);
        long attemptId = repository.attemptId(tap.attemptFactId().toString());
        repository.insertPainStop(tap.stopFactId(), attemptId, range, clock.instant());
        audit.record(new AuditEntry(AuditAction.FACT_RECORDED, AuditOutcome.OK, visit.clientId(), "pain_stop", tap.stopFactId().toString()));
        SessionFacts facts = afterTap(context.head());
        return new Recorded<>(Objects.requireNonNull(find(facts, tap.attemptFactId().toString()).painStop()), true, facts);
    }

    /**
     * Where a STOP goes when a Log or Skip took its repetition first: the next free repetition of that side, else the
     * first free one; on a side whose every repetition is taken, the attempt it was tapped on gives way (voided, with
     * the reason) so the stop is still stored.
     */
    private Slot slotForStop(long visitId, Slot shown) {
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        repository.attempts(visitId).stream().filter(a -> a.stretchSide().equals(shown.stretchSide()))
                .forEach(a -> taken.add(a.repetition()));
        for (int step = 1; step < Attempt.REPETITION_MAX; step++) {
            int repetition = (shown.repetition() - 1 + step) % Attempt.REPETITION_MAX + 1;
            if (!taken.contains(repetition)) {
                return new Slot(shown.stretchId(), shown.side(), repetition);
            }
        }
        repository.standingIn(visitId, shown).ifPresent(attempt -> repository.voidAttempt(attempt.factId(),
                "Gave way to a sharp-pain stop tapped on the same repetition (no repetition was left)", clock.instant(), signedIn()));
        return shown;
    }

    /** Adds where, how bad, what kind and at what range to a pain stop; the latest description counts. */
    @Transactional
    public Recorded<FactRef> describePainStop(UUID factId, long visitId, long painStopId, PainStopDetail detail) {
        Map<AttemptField, Problem> problems = new EnumMap<>(AttemptField.class);
        if (detail.score() != null && !PainScale.isValid(detail.score())) {
            problems.put(AttemptField.PAIN, Problem.of("visit.pain.out-of-range", PainScale.MIN, PainScale.MAX));
        }
        String note = TextLimits.clean(detail.note());
        if (note != null && note.length() > TextLimits.NOTE_MAX_LENGTH) {
            problems.put(AttemptField.NOTE, Problem.of("visit.note.too-long", TextLimits.NOTE_MAX_LENGTH));
        }
        Visit visit = repository.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
        if (detail.range() != null && detail.range().value() != null) {
            Attempt stopped = repository.attempts(visitId).stream()
                    .filter(a -> a.painStop() != null && a.painStop().id() == painStopId).findFirst()
                    .orElseThrow(() -> new RecordingRefusedException(Map.of(AttemptField.REASON, Problem.of("visit.correct.gone"))));
            StretchRules stretch = stretchOf(stopped.stretchId());
            if (stretch.unit() != stopped.unit()) {
                problems.put(AttemptField.RANGE, Problem.of("visit.correct.unit-changed"));
            } else if (!stretch.isPlausible(detail.range().value())) {
                problems.put(AttemptField.RANGE, Problem.of("visit.range.out-of-range", stretch.rangeMin(), stretch.rangeMax()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RecordingRefusedException(problems);
        }
        boolean stored = repository.insertPainStopDetail(factId, painStopId, detail.withNote(note), clock.instant());
        if (stored) {
            audit.record(new AuditEntry(AuditAction.FACT_RECORDED, AuditOutcome.OK, visit.clientId(), "pain_stop_detail", factId.toString()));
        }
        return new Recorded<>(new FactRef(FactRef.Kind.PAIN_STOP_DETAIL, factId.toString()), stored, afterWrite(visit.id()));
    }

    /**
     * Undo: voids the fact with a reason. The row stays; history shows it struck through. Refused once the
     * session has ended: from then on a fact is corrected from the visit record, not undone from the table.
     */
    @Transactional
    public Recorded<FactRef> undo(FactRef fact, String reason) {
        long visitId = repository.visitOf(fact).orElseThrow(() -> new IllegalArgumentException("No fact " + fact));
        Visit visit = openVisit(visitId);
        var now = clock.instant();
        boolean voided = switch (fact.kind()) {
            case ATTEMPT -> repository.voidAttempt(fact.factId(), reason, now, signedIn());
            case PAIN_STOP -> repository.voidPainStop(fact.factId(), reason, now, signedIn());
            case PAIN_STOP_DETAIL -> repository.voidPainStopDetail(fact.factId(), reason, now);
            case PAIN_RATING -> repository.voidPainRating(fact.factId(), reason, now);
        };
        if (voided) {
            audit.record(new AuditEntry(AuditAction.FACT_VOIDED, AuditOutcome.OK, visit.clientId(),
                    fact.kind().name().toLowerCase(java.util.Locale.ROOT), fact.factId()));
        }
        return new Recorded<>(fact, voided, afterWrite(visit.id()));
    }

    /**
     * Corrects a past attempt or pain stop, in a session that is open or ended: in one transaction the attempt (and
     * its pain stop) is voided with the reason and who did it, and a new one naming it as superseded is stored with
     * the corrected side, range, pressure, breathing and note. A pain stop stays a pain stop, with its details, its
     * time and its resolution carried over. A resend of the same correction stores nothing twice.
     */
    @Transactional
    public Recorded<Attempt> correct(Correction correction) {
        Optional<Attempt> resent = repository.attempt(correction.factId().toString());
        if (resent.isPresent()) {
            return new Recorded<>(resent.get(), false, afterWrite(resent.get().visitId()));
        }
        Attempt old = repository.attempt(correction.correctedFactId())
                .orElseThrow(() -> new RecordingRefusedException(Map.of(AttemptField.REASON, Problem.of("visit.correct.gone"))));
        Visit visit = visitOf(old);
        Map<AttemptField, Problem> problems = new EnumMap<>(AttemptField.class);
        String reason = TextLimits.clean(correction.reason());
        if (reason == null) {
            problems.put(AttemptField.REASON, Problem.of("visit.correct.reason-required"));
        } else if (reason.length() > TextLimits.NOTE_MAX_LENGTH) {
            problems.put(AttemptField.REASON, Problem.of("visit.note.too-long", TextLimits.NOTE_MAX_LENGTH));
        }
        if (!old.standing()) {
            problems.put(AttemptField.REASON, Problem.of("visit.correct.already"));
        } else if (old.outcome() == Outcome.SKIPPED) {
            problems.put(AttemptField.REASON, Problem.of("visit.correct.skipped"));
        }
        StretchRules stretch = stretchOf(old.stretchId());
        if (correction.range() != null && stretch.unit() != old.unit()) {
            problems.put(AttemptField.RANGE, Problem.of("visit.correct.unit-changed"));
        }
        if (correction.side() != old.side() && repository.standingIn(old.visitId(),
                new Slot(old.stretchId(), correction.side(), old.repetition())).isPresent()) {
            problems.put(AttemptField.SIDE, Problem.of("visit.correct.side-taken", old.repetition()));
        }
        AttemptDraft draft = new AttemptDraft(correction.factId(), old.visitId(), old.stretchId(), correction.side(),
                old.repetition(), old.outcome(), correction.range(), correction.pressure(), correction.breathing(),
                old.breathCount(), old.holdSeconds(), old.noteChips(), correction.note());
        try {
            draft = checked(draft, stretch);
        } catch (RecordingRefusedException refused) {
            problems.putAll(refused.problems());
        }
        if (!problems.isEmpty()) {
            throw new RecordingRefusedException(problems);
        }
        String why = Objects.requireNonNull(reason);
        Long by = signedIn();
        var now = clock.instant();
        // A stop that stands is voided with its attempt, and a new stop goes with the correction.
        PainStop stop = old.painStop() != null && old.painStop().voided() == null ? old.painStop() : null;
        if (stop != null) {
            repository.voidPainStop(stop.factId(), why, now, by);
        } else {
            repository.voidAttempt(old.factId(), why, now, by);
        }
        repository.insertAttempt(draft, old.outcome(), old.unit(), now, old.id());
        if (stop != null) {
            long attemptId = repository.attemptId(draft.factId().toString());
            UUID stopFactId = UUID.randomUUID();
            repository.insertPainStop(stopFactId, attemptId, draft.range(), stop.occurredAt());
            long newStop = repository.painStopId(stopFactId.toString());
            if (!stop.detail().equals(PainStopDetail.NONE)) {
                repository.insertPainStopDetail(UUID.randomUUID(), newStop, stop.detail(), now);
            }
            repository.carryResolution(stop.id(), newStop, UUID.randomUUID());
        }
        audit.record(new AuditEntry(AuditAction.FACT_CORRECTED, AuditOutcome.OK, visit.clientId(), "attempt",
                draft.factId().toString()));
        Attempt corrected = repository.attempt(draft.factId().toString()).orElseThrow();
        return new Recorded<>(corrected, true, afterWrite(visit.id()));
    }

    private Visit visitOf(Attempt attempt) {
        return repository.find(attempt.visitId()).orElseThrow(() -> new VisitNotFoundException(attempt.visitId()));
    }

    /** Who is signed in, for the facts that name who voided them. */
    private static @Nullable Long signedIn() {
        return StudioUser.current().map(StudioUser::id).orElse(null);
    }

    /** Ends the session with an optional closing note. Ending twice changes nothing. */
    @Transactional
    public SessionFacts end(long visitId, @Nullable String closingNote) {
        String note = TextLimits.clean(closingNote);
        if (note != null && note.length() > TextLimits.NOTE_MAX_LENGTH) {
            throw refused(AttemptField.NOTE, Problem.of("visit.note.too-long", TextLimits.NOTE_MAX_LENGTH));
        }
        Visit visit = repository.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
        if (repository.end(visitId, note, clock.instant())) {
            audit.record(new AuditEntry(AuditAction.VISIT_ENDED, AuditOutcome.OK, visit.clientId(), "visit", Long.toString(visitId)));
        }
        return afterWrite(visitId);
    }

    private Visit openVisit(long visitId) {
        Visit visit = repository.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
        if (!visit.isOpen()) {
            throw new VisitClosedException(visitId);
        }
        return visit;
    }

    private static Attempt find(SessionFacts facts, String factId) {
        return facts.attempts().stream().filter(a -> a.factId().equals(factId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("attempt " + factId + " is not standing in its session"));
    }

    /** The stretch's rules as the catalog has them now: one small query, no steps. */
    private StretchRules stretchOf(long stretchId) {
        return repository.stretchRules(stretchId).orElseThrow(() -> new IllegalArgumentException("No stretch " + stretchId));
    }

    private static Side sideFor(StretchRules stretch, Side side) {
        if (!stretch.sided()) {
            return Side.NONE;
        }
        return side == Side.NONE ? Side.LEFT : side;
    }

    private static AttemptDraft checked(AttemptDraft draft, StretchRules stretch) {
        Map<AttemptField, Problem> problems = new EnumMap<>(AttemptField.class);
        if (stretch.sided() == (draft.side() == Side.NONE)) {
            problems.put(AttemptField.SIDE, Problem.of(stretch.sided() ? "visit.side.required" : "visit.side.none"));
        }
        if (draft.repetition() < 1 || draft.repetition() > Attempt.REPETITION_MAX) {
            problems.put(AttemptField.REPETITION, Problem.of("visit.repetition.out-of-range", 1, Attempt.REPETITION_MAX));
        }
        if (draft.range() != null && !stretch.isPlausible(draft.range())) {
            problems.put(AttemptField.RANGE, Problem.of("visit.range.out-of-range", stretch.rangeMin(), stretch.rangeMax()));
        }
        if (draft.outcome() == Outcome.SKIPPED && draft.range() != null) {
            problems.put(AttemptField.RANGE, Problem.of("visit.range.skipped"));
        }
        if (draft.pressure() != null && !PainScale.isValid(draft.pressure())) {
            problems.put(AttemptField.PRESSURE, Problem.of("visit.pressure.out-of-range", PainScale.MIN, PainScale.MAX));
        }
        if (draft.breathCount() != null && (draft.breathCount() < 0 || draft.breathCount() > PainScale.BREATH_COUNT_MAX)) {
            problems.put(AttemptField.BREATH_COUNT, Problem.of("visit.breath-count.out-of-range", 0, PainScale.BREATH_COUNT_MAX));
        }
        if (draft.holdSeconds() != null && (draft.holdSeconds() < 0 || draft.holdSeconds() > PainScale.HOLD_SECONDS_MAX)) {
            problems.put(AttemptField.HOLD_SECONDS, Problem.of("visit.hold.out-of-range", 0, PainScale.HOLD_SECONDS_MAX));
        }
        String note = TextLimits.clean(draft.note());
        if (note != null && note.length() > AttemptDraft.NOTE_MAX_LENGTH) {
            problems.put(AttemptField.NOTE, Problem.of("visit.note.too-long", AttemptDraft.NOTE_MAX_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new RecordingRefusedException(problems);
        }
        return new AttemptDraft(draft.factId(), draft.visitId(), draft.stretchId(), draft.side(), draft.repetition(),
                draft.outcome(), draft.range(), draft.pressure(), draft.breathing(), draft.breathCount(), draft.holdSeconds(),
                draft.noteChips(), note);
    }

    private static RecordingRefusedException refused(AttemptField field, Problem problem) {
        return new RecordingRefusedException(Map.of(field, problem));
    }
}
