package com.stretchkiosk.history;

import com.stretchkiosk.base.Csv;
import com.stretchkiosk.base.KioskProperties;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes facts as CSV and JSON: one row per fact (an attempt, and its pain stop as a row of its own),
 * units named, voided facts kept and marked. Text that a spreadsheet would run as a formula is defused.
 */
@Component
class HistoryExport {

    static final List<String> COLUMNS = List.of("fact", "fact_id", "visit_started", "recorded", "stretch", "side",
            "repetition", "outcome", "range", "unit", "pressure_0_10", "breathing", "breath_count", "hold_seconds",
            "note_chips", "note", "pain_0_10", "body_region", "body_side", "pain_kind", "voided", "void_reason");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ZoneId zone;

    HistoryExport(KioskProperties properties) {
        this.zone = properties.studioZone();
    }

    String csv(List<FactLine> facts) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", COLUMNS)).append("\r\n");
        for (Map<String, @Nullable Object> row : rows(facts)) {
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                cells.add(cell(row.get(column)));
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString();
    }

    String json(List<FactLine> facts) {
        return JSON.writeValueAsString(Map.of("facts", rows(facts)));
    }

    List<Map<String, @Nullable Object>> rows(List<FactLine> facts) {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        for (FactLine f : facts) {
            Map<String, @Nullable Object> attempt = base(f, "attempt", f.attemptFactId(), f.voidReason());
            attempt.put("repetition", f.repetition());
            attempt.put("outcome", f.outcome().name().toLowerCase());
            attempt.put("range", f.range());
            attempt.put("pressure_0_10", f.pressure());
            attempt.put("breathing", f.breathing() == null ? null : f.breathing().name().toLowerCase());
            attempt.put("breath_count", f.breathCount());
            attempt.put("hold_seconds", f.holdSeconds());
            attempt.put("note_chips", f.noteChips().isEmpty() ? null : f.noteChips().stream().sorted()
                    .map(chip -> chip.name().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(",")));
            attempt.put("note", f.note());
            rows.add(attempt);
            if (f.hasPainStop()) {
                Map<String, @Nullable Object> stop = base(f, "pain_stop", f.painStopFactId(),
                        f.painStopVoidReason() != null ? f.painStopVoidReason() : f.voidReason());
                stop.put("repetition", f.repetition());
                stop.put("range", f.rangeAtStop());
                stop.put("pain_0_10", f.painScore());
                stop.put("body_region", f.region() == null ? null : f.region().name().toLowerCase());
                stop.put("body_side", f.bodySide() == null ? null : f.bodySide().name().toLowerCase());
                stop.put("pain_kind", f.painKind() == null ? null : f.painKind().name().toLowerCase());
                stop.put("note", f.painNote());
                rows.add(stop);
            }
        }
        return rows;
    }

    private Map<String, @Nullable Object> base(FactLine f, String kind, @Nullable String factId, @Nullable String voidReason) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("fact", kind);
        row.put("fact_id", factId);
        row.put("visit_started", f.visitStartedAt().atZone(zone).toOffsetDateTime().toString());
        row.put("recorded", f.recordedAt().atZone(zone).toOffsetDateTime().toString());
        row.put("stretch", f.stretchName());
        row.put("side", f.side().name().toLowerCase());
        row.put("unit", switch (f.unit()) {
            case DEGREES -> "degrees";
            case CENTIMETRES -> "cm past toes";
            case DEPTH -> "depth 0-10";
        });
        row.put("voided", voidReason != null);
        row.put("void_reason", voidReason);
        return row;
    }

    static String cell(@Nullable Object value) {
        return Csv.cell(value);
    }
}
