package com.stretchkiosk.history;

import com.stretchkiosk.base.Csv;
import com.stretchkiosk.base.KioskProperties;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.Voiding;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client's whole record as CSV and JSON, one row per fact: every attempt and pain stop, every pain rating, every
 * closing note, each with the client, the session, its therapist, studio-local time and UTC. Voided facts stay, with
 * when, who and why; a correction names the fact it supersedes. Units are named; text a spreadsheet would run as a
 * formula is defused. The columns are documented in the README.
 */
@Component
class HistoryExport {

    static final List<String> COLUMNS = List.of("client_id", "client_name", "visit_id", "visit_started_local",
            "visit_started_utc", "therapist", "fact", "fact_id", "recorded_local", "recorded_utc", "stretch", "side",
            "repetition", "outcome", "range", "unit", "pressure_0_10", "breathing", "breath_count", "hold_seconds",
            "note_chips", "pain_moment", "pain_0_10", "body_region", "body_side", "pain_kind", "note",
            "caution_resolved_by", "caution_resolved_utc", "supersedes_fact_id", "voided", "voided_utc", "voided_by",
            "void_reason");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Everything the export holds of one client. */
    record Record(long clientId, String clientName, List<VisitRow> visits, List<FactLine> facts, List<PainRatingFact> ratings,
            Map<Long, String> names) {
    }

    private final ZoneId zone;

    HistoryExport(KioskProperties properties) {
        this.zone = properties.studioZone();
    }

    String csv(Record record) {
        List<List<@Nullable Object>> rows = rows(record).stream().map(row -> COLUMNS.stream().map(row::get).toList()).toList();
        return Csv.write(COLUMNS, rows);
    }

    String json(Record record) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("client_id", record.clientId());
        client.put("client_name", record.clientName());
        client.put("facts", rows(record));
        return JSON.writeValueAsString(client);
    }

    /** The rows, session by session in time order, each session's facts in the order they were stored. */
    List<Map<String, @Nullable Object>> rows(Record record) {
        Map<Long, String> factIds = new HashMap<>();
        record.facts().forEach(f -> factIds.put(f.attempt().id(), f.attemptFactId()));
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        for (VisitRow visit : record.visits().stream().sorted(Comparator.comparing(VisitRow::startedAt)).toList()) {
            List<Map<String, @Nullable Object>> ofVisit = new ArrayList<>();
            for (PainRatingFact rating : record.ratings()) {
                if (rating.visitId() == visit.visitId()) {
                    Map<String, @Nullable Object> row = base(record, visit, "pain_rating", rating.factId(), rating.recordedAt());
                    row.put("pain_moment", rating.moment().name().toLowerCase(Locale.ROOT));
                    row.put("pain_0_10", rating.score());
                    voided(row, rating.voidedAt() == null ? null : new Voiding(rating.voidedAt(),
                            java.util.Objects.requireNonNullElse(rating.voidReason(), ""), null), record.names());
                    ofVisit.add(row);
                }
            }
            for (FactLine f : record.facts()) {
                if (f.visitId() == visit.visitId()) {
                    ofVisit.add(attempt(record, visit, f, factIds));
                    PainStop stop = f.attempt().painStop();
                    if (stop != null) {
                        ofVisit.add(painStop(record, visit, f, stop));
                    }
                }
            }
            ofVisit.sort(Comparator.comparing(row -> (String) java.util.Objects.requireNonNull(row.get("recorded_utc"))));
            rows.addAll(ofVisit);
            if (visit.closingNote() != null) {
                Map<String, @Nullable Object> row = base(record, visit, "closing_note", null,
                        java.util.Objects.requireNonNullElse(visit.endedAt(), visit.startedAt()));
                row.put("note", visit.closingNote());
                row.put("voided", false);
                rows.add(row);
            }
        }
        return rows;
    }

    private Map<String, @Nullable Object> attempt(Record record, VisitRow visit, FactLine f, Map<Long, String> factIds) {
        Map<String, @Nullable Object> row = base(record, visit, "attempt", f.attemptFactId(), f.recordedAt());
        stretch(row, f);
        row.put("outcome", f.outcome().name().toLowerCase(Locale.ROOT));
        row.put("range", f.range());
        row.put("pressure_0_10", f.pressure());
        row.put("breathing", f.breathing() == null ? null : f.breathing().name().toLowerCase(Locale.ROOT));
        row.put("breath_count", f.breathCount());
        row.put("hold_seconds", f.holdSeconds());
        row.put("note_chips", f.noteChips().isEmpty() ? null : f.noteChips().stream().sorted()
                .map(chip -> chip.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")));
        row.put("note", f.note());
        Long supersedes = f.attempt().supersedesId();
        row.put("supersedes_fact_id", supersedes == null ? null : factIds.get(supersedes));
        voided(row, f.attempt().voided(), record.names());
        return row;
    }

    private Map<String, @Nullable Object> painStop(Record record, VisitRow visit, FactLine f, PainStop stop) {
        Map<String, @Nullable Object> row = base(record, visit, "pain_stop", stop.factId(), stop.occurredAt());
        stretch(row, f);
        row.put("range", stop.rangeAtStop());
        row.put("pain_0_10", stop.detail().score());
        row.put("body_region", stop.detail().region() == null ? null : stop.detail().region().name().toLowerCase(Locale.ROOT));
        row.put("body_side", stop.detail().side() == null ? null : stop.detail().side().name().toLowerCase(Locale.ROOT));
        row.put("pain_kind", stop.detail().kind() == null ? null : stop.detail().kind().name().toLowerCase(Locale.ROOT));
        row.put("note", stop.detail().note());
        PainStop.Resolved resolved = stop.resolved();
        row.put("caution_resolved_by", resolved == null ? null : record.names().get(resolved.by()));
        row.put("caution_resolved_utc", resolved == null ? null : resolved.at().toString());
        voided(row, stop.voided() != null ? stop.voided() : f.attempt().voided(), record.names());
        return row;
    }

    private Map<String, @Nullable Object> base(Record record, VisitRow visit, String kind, @Nullable String factId, Instant recorded) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("client_id", record.clientId());
        row.put("client_name", record.clientName());
        row.put("visit_id", visit.visitId());
        row.put("visit_started_local", LOCAL.format(visit.startedAt().atZone(zone)));
        row.put("visit_started_utc", visit.startedAt().toString());
        row.put("therapist", visit.therapistName());
        row.put("fact", kind);
        row.put("fact_id", factId);
        row.put("recorded_local", LOCAL.format(recorded.atZone(zone)));
        row.put("recorded_utc", recorded.toString());
        return row;
    }

    private static void stretch(Map<String, @Nullable Object> row, FactLine f) {
        row.put("stretch", f.stretchName());
        row.put("side", f.side().name().toLowerCase(Locale.ROOT));
        row.put("repetition", f.repetition());
        row.put("unit", unit(f.unit()));
    }

    private static void voided(Map<String, @Nullable Object> row, @Nullable Voiding voided, Map<Long, String> names) {
        row.put("voided", voided != null);
        row.put("voided_utc", voided == null ? null : voided.at().toString());
        row.put("voided_by", voided == null || voided.by() == null ? null : names.get(voided.by()));
        row.put("void_reason", voided == null ? null : voided.reason());
    }

    static String unit(MeasureUnit unit) {
        return switch (unit) {
            case DEGREES -> "degrees";
            case CENTIMETRES -> "cm past toes";
            case DEPTH -> "depth 0-10";
        };
    }
}
