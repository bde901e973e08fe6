package com.stretchkiosk.history;

import com.stretchkiosk.base.RecordNotFoundException;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.base.Problem;
import com.stretchkiosk.visit.AttemptField;
import com.stretchkiosk.visit.Correction;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.RecordingRefusedException;
import com.stretchkiosk.visit.VisitService;
import com.stretchkiosk.visit.RangeSeries;
import com.stretchkiosk.visit.StretchSide;
import com.stretchkiosk.visit.Side;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's history: the pre-visit briefing, one visit read-only, exports, and resolving caution flags. */
@Service
public class HistoryService {

    private final HistoryRepository repository;
    private final VisitService visits;
    private final HistoryExport export;
    private final AuditService audit;
    private final Clock clock;

    HistoryService(HistoryRepository repository, HistoryExport export, AuditService audit, Clock clock, VisitService visits) {
        this.repository = repository;
        this.visits = visits;
        this.export = export;
        this.audit = audit;
        this.clock = clock;
    }

    /** The briefing of DESIGN.md flow 3, computed from the stored facts (voided ones left out). */
    public Briefing briefing(long clientId) {
        List<FactLine> facts = repository.facts(clientId);
        List<FactLine> standing = facts.stream().filter(f -> !f.voided()).toList();
        List<VisitRow> timeline = repository.visits(clientId);
        return new Briefing(flags(standing), lastVisit(timeline, standing), progress(standing),
                asymmetries(standing), pain(timeline), timeline);
    }

    /** One visit with whose it is, who stretched, pain before and after, and every attempt, voided ones included. */
    @Transactional
    public VisitRecord visitRecord(long visitId) {
        long clientId = repository.clientOfVisit(visitId)
                .orElseThrow(() -> new RecordNotFoundException("session.not-found", "No visit " + visitId));
        VisitRow visit = repository.visit(visitId)
                .orElseThrow(() -> new RecordNotFoundException("session.not-found", "Visit " + visitId + " is voided"));
        audit.record(new AuditEntry(AuditAction.HISTORY_VIEWED, AuditOutcome.OK, clientId, "visit", Long.toString(visitId)));
        return new VisitRecord(clientId, clientHeader(clientId).name(), visit, repository.factsOfVisit(visitId));
    }

    /** All attempts of the client, voided ones included; audited as a view of the record. */
    @Transactional
    public List<FactLine> allFacts(long clientId) {
        audit.record(new AuditEntry(AuditAction.HISTORY_VIEWED, AuditOutcome.OK, clientId, "client", Long.toString(clientId)));
        return repository.facts(clientId);
    }

    /**
     * Corrects a past attempt or pain stop ({@link VisitService#correct}); the refusals by field, empty when it was
     * stored.
     */
    public Map<AttemptField, Problem> correct(Correction correction) {
        try {
            visits.correct(correction);
            return Map.of();
        } catch (RecordingRefusedException refused) {
            return refused.problems();
        }
    }

    /** Everyone who ever worked in the studio, by id: who measured, who corrected. */
    public Map<Long, String> therapistNames() {
        return repository.therapistNames();
    }

    public ClientHeader clientHeader(long clientId) {
        return repository.clientHeader(clientId)
                .orElseThrow(() -> new RecordNotFoundException("client.not-found", "No client " + clientId));
    }

    public @Nullable String closingNote(long visitId) {
        return repository.visit(visitId).map(VisitRow::closingNote).orElse(null);
    }

    /** Marks a caution flag resolved by a therapist; the flag leaves the briefing, the pain stop stays. */
    @Transactional
    public boolean resolve(UUID factId, long clientId, long painStopId, long therapistId) {
        boolean resolved = repository.resolve(factId, painStopId, therapistId, null, clock.instant());
        if (resolved) {
            audit.record(new AuditEntry(AuditAction.FLAG_RESOLVED, AuditOutcome.OK, clientId, "pain_stop", Long.toString(painStopId)));
        }
        return resolved;
    }

    /**
     * The client's whole record as CSV, one row per fact (attempts, pain stops, pain ratings, closing notes), units
     * named, voided and superseded ones kept with who and why.
     */
    @Transactional
    public String exportCsv(long clientId) {
        audit.record(new AuditEntry(AuditAction.HISTORY_EXPORTED, AuditOutcome.OK, clientId, "export", "csv"));
        return export.csv(exportRecord(clientId));
    }

    /** The same facts as JSON. */
    @Transactional
    public String exportJson(long clientId) {
        audit.record(new AuditEntry(AuditAction.HISTORY_EXPORTED, AuditOutcome.OK, clientId, "export", "json"));
        return export.json(exportRecord(clientId));
    }

    /** Records that the client's record left the kiosk in a form written by a screen (the summary's PDF). */
    @Transactional
    public void recordExport(long clientId, String format) {
        audit.record(new AuditEntry(AuditAction.HISTORY_EXPORTED, AuditOutcome.OK, clientId, "export", format));
    }

    private HistoryExport.Record exportRecord(long clientId) {
        return new HistoryExport.Record(clientId, clientHeader(clientId).name(), repository.visits(clientId),
                repository.facts(clientId), repository.painRatingFacts(clientId), repository.therapistNames());
    }

    /** Standing pain stops that no therapist has resolved, the newest first. */
    private static List<CautionFlag> flags(List<FactLine> standing) {
        return standing.stream()
                .filter(f -> f.hasStandingPainStop() && Objects.requireNonNull(f.attempt().painStop()).resolved() == null)
                .sorted(Comparator.comparing(FactLine::recordedAt).reversed())
                .map(f -> new CautionFlag(Objects.requireNonNull(f.attempt().painStop()).id(), f.stretchName(), f.side(), f.unit(),
                        f.rangeAtStop(), f.painScore(), f.region(), f.painKind(), f.recordedAt()))
                .toList();
    }

    private static @Nullable LastVisit lastVisit(List<VisitRow> timeline, List<FactLine> standing) {
        return timeline.stream().filter(v -> v.endedAt() != null).findFirst()
                .map(v -> new LastVisit(v.visitId(), v.startedAt(), v.therapistName(), v.painBefore(), v.painAfter(), null,
                        standing.stream().filter(f -> f.visitId() == v.visitId()).toList()))
                .orElse(null);
    }

    /**
     * Per stretch, side and unit ({@link RangeSeries}): the best completed range of each visit and that visit's pain
     * stop, first against latest. A series after a unit change names the unit the stretch was measured in before.
     */
    private List<StretchProgress> progress(List<FactLine> standing) {
        Map<Long, int[]> bounds = repository.stretchBounds();
        Map<Long, String> names = new HashMap<>();
        standing.forEach(f -> names.putIfAbsent(f.stretchId(), f.stretchName()));
        Map<RangeSeries.Key, List<RangeSeries.Point>> series = RangeSeries.of(standing.stream().map(FactLine::attempt).toList());
        List<StretchProgress> progress = new ArrayList<>();
        Map<StretchSide, MeasureUnit> unitBefore = new HashMap<>();
        series.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<RangeSeries.Key, List<RangeSeries.Point>> e) -> e.getKey().stretchId())
                        .thenComparing(e -> e.getKey().side().ordinal()).thenComparing(e -> e.getValue().getFirst().at()))
                .forEach(entry -> {
                    RangeSeries.Key key = entry.getKey();
                    List<RangeSeries.Point> points = entry.getValue();
                    StretchSide stretchSide = new StretchSide(key.stretchId(), key.side());
                    List<RangeSeries.Point> measured = points.stream().filter(p -> p.best() != null).toList();
                    RangeSeries.Point first = measured.isEmpty() ? null : measured.getFirst();
                    RangeSeries.Point latest = measured.isEmpty() ? null : measured.getLast();
                    boolean sameRater = first == null || latest == null || first.measuredBy() == latest.measuredBy();
                    int[] bound = bounds.getOrDefault(key.stretchId(), new int[] {0, 10});
                    progress.add(new StretchProgress(key.stretchId(), Objects.requireNonNull(names.get(key.stretchId())), key.side(),
                            key.unit(), bound[0], bound[1],
                            points,
                            first == null ? null : first.best(), latest == null ? null : latest.best(),
                            verdict(measured.stream().map(p -> Objects.requireNonNull(p.best())).toList(), key.unit(), sameRater),
                            sameRater, unitBefore.get(stretchSide)));
                    unitBefore.put(stretchSide, key.unit());
                });
        return progress;
    }

    static Verdict verdict(List<Integer> ranges, MeasureUnit unit, boolean sameRater) {
        if (ranges.size() < 2) {
            return Verdict.TOO_FEW;
        }
        int change = ranges.getLast() - ranges.getFirst();
        if (!MinimalDetectableChange.exceeds(change, unit, sameRater)) {
            return Verdict.WITHIN_NOISE;
        }
        return change > 0 ? Verdict.IMPROVED : Verdict.DECLINED;
    }

    /** Left against right at the latest visit that measured both sides of a stretch. */
    private static List<Asymmetry> asymmetries(List<FactLine> standing) {
        Map<Long, Asymmetry> latest = new LinkedHashMap<>();
        Map<String, Integer> best = new LinkedHashMap<>();
        for (FactLine f : standing) {
            if (f.outcome() == Outcome.COMPLETED && f.range() != null && f.side() != Side.NONE) {
                best.merge(f.visitId() + "/" + f.stretchId() + "/" + f.side(), f.range(), Math::max);
            }
        }
        for (FactLine f : standing) {
            Integer left = best.get(f.visitId() + "/" + f.stretchId() + "/" + Side.LEFT);
            Integer right = best.get(f.visitId() + "/" + f.stretchId() + "/" + Side.RIGHT);
            if (left != null && right != null) {
                latest.put(f.stretchId(), new Asymmetry(f.stretchName(), f.unit(), left, right));
            }
        }
        return List.copyOf(latest.values());
    }

    private static List<PainPoint> pain(List<VisitRow> timeline) {
        return timeline.reversed().stream()
                .filter(v -> v.painBefore() != null || v.painAfter() != null)
                .map(v -> new PainPoint(v.visitId(), v.startedAt(), v.painBefore(), v.painAfter()))
                .toList();
    }
}
