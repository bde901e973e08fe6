package com.stretchkiosk.history;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.FactRef;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainStopTap;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HistoryExportTest extends KioskTest {

    @Autowired
    HistoryService history;

    @Autowired
    VisitService visits;

    @Autowired
    ClientService clients;

    @Autowired
    TherapistService therapists;

    @Autowired
    CatalogService catalog;

    @Autowired
    DSLContext db;

    @Test
    void exports_hold_exactly_the_stored_facts_with_units_and_voided_ones_marked() {
        long clientId = clients.create(new ClientDraft(unique("Ruth Silva"), null, null, null, null)).id();
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapists.add(unique("Mara")).id());
        long trapezius = catalog.activeStretches().stream().filter(st -> st.name().equals("Upper trapezius (ear to shoulder)"))
                .findFirst().orElseThrow().id();
        visits.recordAttempt(draft(visit, trapezius, Side.LEFT, 35, "=HYPERLINK(\"http://example.invalid\",\"click\")"));
        var undone = visits.recordAttempt(draft(visit, trapezius, Side.RIGHT, 33, "+wrong side"));
        visits.undo(new FactRef(FactRef.Kind.ATTEMPT, undone.fact().factId()), "Wrong side");
        visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), trapezius, Side.RIGHT, 1, 30,
                null, null, null));

        int attempts = db.fetchCount(ATTEMPT.join(VISIT).on(VISIT.ID.eq(ATTEMPT.VISIT_ID)), VISIT.CLIENT_ID.eq(clientId));
        int stops = db.fetchCount(PAIN_STOP.join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID)).join(VISIT)
                .on(VISIT.ID.eq(ATTEMPT.VISIT_ID)), VISIT.CLIENT_ID.eq(clientId));

        List<String> csv = history.exportCsv(clientId).lines().toList();
        assertThat(csv.getFirst()).isEqualTo(String.join(",", HistoryExport.COLUMNS));
        assertThat(csv).hasSize(1 + attempts + stops).hasSize(5);
        assertThat(csv.get(1)).contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\"")
                .contains(",35,\"degrees\",").contains(",false,");
        assertThat(csv.get(2)).contains("\"'+wrong side\"").contains(",true,\"Wrong side\"");
        assertThat(csv.get(4)).startsWith("\"pain_stop\"").contains(",30,\"degrees\"");

        JsonNode json = JsonMapper.builder().build().readTree(history.exportJson(clientId));
        assertThat(json.get("facts")).hasSize(attempts + stops);
        assertThat(json.get("facts").get(1).get("voided").asBoolean()).isTrue();
        assertThat(json.get("facts").get(0).get("unit").asString()).isEqualTo("degrees");
        assertThat(json.get("facts").get(0).get("note").asString()).startsWith("=HYPERLINK");
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_is_defused() {
        assertThat(HistoryExport.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(HistoryExport.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(HistoryExport.cell("-5 cm")).isEqualTo("\"'-5 cm\"");
        assertThat(HistoryExport.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(HistoryExport.cell("\t=1+1")).as("a tab before a formula").isEqualTo("\"'\t=1+1\"");
        assertThat(HistoryExport.cell("\r=1+1")).as("a carriage return before a formula").isEqualTo("\"'\r=1+1\"");
        assertThat(HistoryExport.cell("tight")).isEqualTo("\"tight\"");
        assertThat(HistoryExport.cell(-5)).isEqualTo("-5");
        assertThat(HistoryExport.cell("tight, \"guarding\"")).isEqualTo("\"tight, \"\"guarding\"\"\"");
    }

    @Test
    void the_verdict_compares_the_change_with_the_units_noise_for_one_therapist() {
        MeasureUnit degrees = MeasureUnit.DEGREES;
        assertThat(HistoryService.verdict(List.of(30, 33), degrees, true)).isEqualTo(Verdict.WITHIN_NOISE);
        assertThat(HistoryService.verdict(List.of(30, 34), degrees, true)).isEqualTo(Verdict.IMPROVED);
        assertThat(HistoryService.verdict(List.of(-10, -14), MeasureUnit.CENTIMETRES, true)).isEqualTo(Verdict.WITHIN_NOISE);
        assertThat(HistoryService.verdict(List.of(-10, -15), MeasureUnit.CENTIMETRES, true)).isEqualTo(Verdict.DECLINED);
        assertThat(HistoryService.verdict(List.of(4, 7), MeasureUnit.DEPTH, true)).isEqualTo(Verdict.IMPROVED);
        assertThat(HistoryService.verdict(List.of(4), MeasureUnit.DEPTH, true)).isEqualTo(Verdict.TOO_FEW);
    }

    @Test
    void between_two_therapists_the_noise_is_wider() {
        // Straight-leg raise: 3.3° for one therapist, 10.2° between two (PMID 39593664); the others scaled alike.
        assertThat(MinimalDetectableChange.of(MeasureUnit.DEGREES, false)).isEqualTo(10.2);
        assertThat(MinimalDetectableChange.of(MeasureUnit.CENTIMETRES, false)).isEqualTo(12.4);
        assertThat(MinimalDetectableChange.of(MeasureUnit.DEPTH, false)).isEqualTo(6.2);
        assertThat(HistoryService.verdict(List.of(30, 38), MeasureUnit.DEGREES, true)).isEqualTo(Verdict.IMPROVED);
        assertThat(HistoryService.verdict(List.of(30, 38), MeasureUnit.DEGREES, false)).isEqualTo(Verdict.WITHIN_NOISE);
        assertThat(HistoryService.verdict(List.of(30, 41), MeasureUnit.DEGREES, false)).isEqualTo(Verdict.IMPROVED);
    }

    private static AttemptDraft draft(Visit visit, long stretchId, Side side, int range, String note) {
        return new AttemptDraft(UUID.randomUUID(), visit.id(), stretchId, side, 1, Outcome.COMPLETED, range, null, null, null,
                null, Set.of(), note);
    }
}
