package com.stretchkiosk.visit;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
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
    private final CatalogService catalog;
    private final AuditService audit;
    private final Clock clock;

    VisitService(VisitRepository repository, CatalogService catalog, AuditService audit, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
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

    /** The session as stored now: what another tablet recorded shows too. */
    public VisitSheet sheet(long visitId) {
        Visit visit = repository.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
        return sheet(visit, repository.previous(visit.clientId(), visitId));
    }

    /**
     * The session's own facts as stored now, keeping what {@code earlier} says about previous visits: that
     * cannot change during a session, and recomputing it means reading the client's whole history.
     */
    public VisitSheet refreshed(VisitSheet earlier) {
        long visitId = earlier.visit().id();
        return sheet(repository.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId)), earlier.previous());
    }

    private VisitSheet sheet(Visit visit, Map<StretchSide, Previous> previous) {
        Map<PainMoment, Integer> pain = repository.painRatings(visit.id());
        return new VisitSheet(visit, repository.attempts(visit.id()), pain.get(PainMoment.BEFORE), pain.get(PainMoment.AFTER),
                previous);
    }

    /** Pain before or after, 0–10. A second rating for the same moment replaces the first (which is voided). */
    @Transactional
    public void recordPain(UUID factId, long visitId, PainMoment moment, int score) {
        if (!PainScale.isValid(score)) {
            throw refused(AttemptField.PAIN, Problem.of("visit.pain.out-of-range", PainScale.MIN, PainScale.MAX));
        }
        Visit visit = openVisit(visitId);
        Optional<String> current = repository.painRatingFactId(visitId, moment);
        if (current.filter(factId.toString()::equals).isPresent()) {
            return;
        }
        current.ifPresent(previous -> repository.voidPainRating(previous, "Replaced at the table", clock.instant()));
        if (repository.insertPainRating(factId, visitId, moment, score, clock.instant())) {
            audit.record(new AuditEntry(AuditAction.FACT_RECORDED, AuditOutcome.OK, visit.clientId(), "pain_rating", factId.toString()));
        }
    }

    /** Logs a finished (or skipped) attempt. Values out of bounds are refused at their control. */
    @Transactional
    public Attempt recordAttempt(AttemptDraft draft) {
        Visit visit = openVisit(draft.visitId());
        Stretch stretch = stretchOf(draft.stretchId());
        AttemptDraft cleaned = checked(draft, stretch);
        repository.insertAttempt(cleaned, cleaned.outcome(), stretch.unit(), clock.instant());
        audit.record(new AuditEntry(AuditAction.FACT_RECORDED, AuditOutcome.OK, visit.clientId(), "attempt", draft.factId().toString()));
        return repository.attempt(draft.factId().toString()).orElseThrow();
    }

    /**
     * STOP — sharp pain. Never refused for a value: whatever was set is kept if it is valid and left out if
     * not, because the stop itself must be stored.
     */
    @Transactional
    public PainStop recordPainStop(PainStopTap tap) {
        Visit visit = repository.find(tap.visitId()).orElseThrow(() -> new VisitNotFoundException(tap.visitId()));
        Stretch stretch = stretchOf(tap.stretchId());
        Integer range = tap.range() != null && stretch.isPlausible(tap.range()) ? tap.range() : null;
        AttemptDraft stopped = new AttemptDraft(tap.attemptFactId(), tap.visitId(), tap.stretchId(), sideFor(stretch, tap.side()),
                Math.max(1, Math.min(10, tap.repetition())), Outcome.STOPPED_FOR_PAIN, range,
                tap.pressure() != null && PainScale.isValid(tap.pressure()) ? tap.pressure() : null, tap.breathing(), null,
                tap.holdSeconds() != null && tap.holdSeconds() >= 0 && tap.holdSeconds() <= PainScale.HOLD_SECONDS_MAX ? tap.holdSeconds() : null,
                java.util.Set.of(), null);
        long attemptId = repository.insertAttempt(stopped, Outcome.STOPPED_FOR_PAIN, stretch.unit(), clock.instant());
        repository.insertPainStop(tap.stopFactId(), attemptId, range, clock.instant());
        audit.record(new AuditEntry(AuditAction.FACT_RECORDED, AuditOutcome.OK, visit.clientId(), "pain_stop", tap.stopFactId().toString()));
        return repository.attempt(tap.attemptFactId().toString()).map(Attempt::painStop).orElseThrow();
    }

    /** Adds where, how bad and what kind to a pain stop; the latest description counts. */
    @Transactional
    public void describePainStop(UUID factId, long visitId, long painStopId, PainStopDetail detail) {
        Map<AttemptField, Problem> problems = new EnumMap<>(AttemptField.class);
        if (detail.score() != null && !PainScale.isValid(detail.score())) {
            problems.put(AttemptField.PAIN, Problem.of("visit.pain.out-of-range", PainScale.MIN, PainScale.MAX));
        }
        String note = TextLimits.clean(detail.note());
        if (note != null && note.length() > TextLimits.NOTE_MAX_LENGTH) {
            problems.put(AttemptField.NOTE, Problem.of("visit.note.too-long", TextLimits.NOTE_MAX_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new RecordingRefusedException(problems);
        }
        Visit visit = repository.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
        repository.insertPainStopDetail(factId, painStopId, detail.withNote(note), clock.instant());
        audit.record(new AuditEntry(AuditAction.FACT_RECORDED, AuditOutcome.OK, visit.clientId(), "pain_stop_detail", factId.toString()));
    }

    /** Undo: voids the fact with a reason. The row stays; history shows it struck through. */
    @Transactional
    public boolean undo(FactRef fact, String reason) {
        long visitId = repository.visitOf(fact).orElseThrow(() -> new IllegalArgumentException("No fact " + fact));
        Visit visit = repository.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
        var now = clock.instant();
        boolean voided = switch (fact.kind()) {
            case ATTEMPT -> repository.voidAttempt(fact.factId(), reason, now);
            case PAIN_STOP -> repository.voidPainStop(fact.factId(), reason, now);
            case PAIN_STOP_DETAIL -> repository.voidPainStopDetail(fact.factId(), reason, now);
            case PAIN_RATING -> repository.voidPainRating(fact.factId(), reason, now);
        };
        if (voided) {
            audit.record(new AuditEntry(AuditAction.FACT_VOIDED, AuditOutcome.OK, visit.clientId(),
                    fact.kind().name().toLowerCase(java.util.Locale.ROOT), fact.factId()));
        }
        return voided;
    }

    /** Ends the session with an optional closing note. Ending twice changes nothing. */
    @Transactional
    public Visit end(long visitId, @Nullable String closingNote) {
        String note = TextLimits.clean(closingNote);
        if (note != null && note.length() > TextLimits.NOTE_MAX_LENGTH) {
            throw refused(AttemptField.NOTE, Problem.of("visit.note.too-long", TextLimits.NOTE_MAX_LENGTH));
        }
        Visit visit = repository.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
        if (repository.end(visitId, note, clock.instant())) {
            audit.record(new AuditEntry(AuditAction.VISIT_ENDED, AuditOutcome.OK, visit.clientId(), "visit", Long.toString(visitId)));
        }
        return repository.find(visitId).orElseThrow();
    }

    private Visit openVisit(long visitId) {
        Visit visit = repository.find(visitId).orElseThrow(() -> new VisitNotFoundException(visitId));
        if (!visit.isOpen()) {
            throw new VisitClosedException(visitId);
        }
        return visit;
    }

    private Stretch stretchOf(long stretchId) {
        return catalog.stretch(stretchId).orElseThrow(() -> new IllegalArgumentException("No stretch " + stretchId));
    }

    private static Side sideFor(Stretch stretch, Side side) {
        if (!stretch.sided()) {
            return Side.NONE;
        }
        return side == Side.NONE ? Side.LEFT : side;
    }

    private static AttemptDraft checked(AttemptDraft draft, Stretch stretch) {
        Map<AttemptField, Problem> problems = new EnumMap<>(AttemptField.class);
        if (stretch.sided() == (draft.side() == Side.NONE)) {
            problems.put(AttemptField.SIDE, Problem.of(stretch.sided() ? "visit.side.required" : "visit.side.none"));
        }
        if (draft.repetition() < 1 || draft.repetition() > 10) {
            problems.put(AttemptField.REPETITION, Problem.of("visit.repetition.out-of-range", 1, 10));
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
        if (draft.outcome() == Outcome.STOPPED_FOR_PAIN) {
            throw new IllegalArgumentException("A pain stop is recorded with recordPainStop");
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
