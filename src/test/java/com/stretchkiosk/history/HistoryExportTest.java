package com.stretchkiosk.history;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.base.Csv;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.Correction;
import com.stretchkiosk.visit.PainMoment;
import com.stretchkiosk.visit.FactRef;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainStopTap;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
    void exports_hold_the_whole_record_with_client_therapist_local_and_utc_times_and_who_voided_what() throws Exception {
        String name = unique("Ruth Silva");
        long clientId = clients.create(new ClientDraft(name, null, null, null, null)).id();
        String mara = unique("Mara");
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapists.add(mara).id());
        long trapezius = catalog.activeStretches().stream().filter(st -> st.name().equals("Upper trapezius (ear to shoulder)"))
                .findFirst().orElseThrow().id();
        visits.recordPain(UUID.randomUUID(), visit.id(), PainMoment.BEFORE, 4);
        clock.advance(java.time.Duration.ofSeconds(40));
        var formula = visits.recordAttempt(draft(visit, trapezius, Side.LEFT, 35, "=HYPERLINK(\"http://example.invalid\",\"click\")"));
        clock.advance(java.time.Duration.ofSeconds(40));
        var undone = visits.recordAttempt(draft(visit, trapezius, Side.RIGHT, 33, "+wrong side"));
        clock.advance(java.time.Duration.ofSeconds(40));
        visits.undo(new FactRef(FactRef.Kind.ATTEMPT, undone.fact().factId()), "Wrong side");
        clock.advance(java.time.Duration.ofSeconds(40));
        visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), trapezius, Side.RIGHT, 1, 30,
                null, null, null));
        clock.advance(java.time.Duration.ofSeconds(40));
        visits.recordPain(UUID.randomUUID(), visit.id(), PainMoment.AFTER, 2);
        clock.advance(java.time.Duration.ofSeconds(40));
        visits.end(visit.id(), "-Good session");
        clock.advance(java.time.Duration.ofSeconds(40));
        var corrected = visits.correct(new Correction(UUID.randomUUID(), formula.fact().factId(), Side.LEFT, 36, 5, null, "note",
                "Read again"));

        int attempts = db.fetchCount(ATTEMPT.join(VISIT).on(VISIT.ID.eq(ATTEMPT.VISIT_ID)), VISIT.CLIENT_ID.eq(clientId));
        int stops = db.fetchCount(PAIN_STOP.join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID)).join(VISIT)
                .on(VISIT.ID.eq(ATTEMPT.VISIT_ID)), VISIT.CLIENT_ID.eq(clientId));
        assertThat(attempts).isEqualTo(4);

        var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(history.exportCsv(clientId)));
        assertThat(parser.getHeaderNames()).isEqualTo(HistoryExport.COLUMNS);
        List<CSVRecord> csv = parser.getRecords();
        assertThat(csv).hasSize(2 + attempts + stops + 1);
        assertThat(csv).allSatisfy(row -> {
            assertThat(row.get("client_id")).isEqualTo(Long.toString(clientId));
            assertThat(row.get("client_name")).isEqualTo(name);
            assertThat(row.get("therapist")).isEqualTo(mara);
            assertThat(row.get("recorded_utc")).endsWith("Z");
            // Studio-local time is Berlin's: an hour ahead of UTC in November.
            assertThat(LocalDateTime.parse(row.get("recorded_local").replace(' ', 'T')))
                    .isEqualTo(LocalDateTime.ofInstant(Instant.parse(row.get("recorded_utc")), ZoneId.of("Europe/Berlin")));
        });
        assertThat(csv.stream().map(row -> row.get("fact")).toList()).containsExactly("pain_rating", "attempt", "attempt",
                "attempt", "pain_stop", "pain_rating", "attempt", "closing_note");
        CSVRecord first = csv.get(1);
        assertThat(first.get("note")).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"click\")");
        assertThat(first.get("range")).isEqualTo("35");
        assertThat(first.get("unit")).isEqualTo("degrees");
        assertThat(first.get("voided")).isEqualTo("true");
        assertThat(first.get("voided_by")).isEqualTo(TEST_MANAGER);
        assertThat(first.get("void_reason")).isEqualTo("Read again");
        assertThat(csv.get(2).get("note")).isEqualTo("'+wrong side");
        assertThat(csv.get(2).get("void_reason")).isEqualTo("Wrong side");
        assertThat(csv.get(4).get("range")).isEqualTo("30");
        assertThat(csv.get(4).get("side")).isEqualTo("right");
        CSVRecord correction = csv.get(6);
        assertThat(correction.get("fact_id")).isEqualTo(corrected.fact().factId());
        assertThat(correction.get("supersedes_fact_id")).isEqualTo(formula.fact().factId());
        assertThat(correction.get("range")).isEqualTo("36");
        assertThat(correction.get("voided")).isEqualTo("false");
        assertThat(csv.getFirst().get("pain_moment")).isEqualTo("before");
        assertThat(csv.getFirst().get("pain_0_10")).isEqualTo("4");
        assertThat(csv.get(5).get("pain_0_10")).isEqualTo("2");
        assertThat(csv.getLast().get("note")).isEqualTo("'-Good session");

        JsonNode json = JsonMapper.builder().build().readTree(history.exportJson(clientId));
        assertThat(json.get("client_name").asString()).isEqualTo(name);
        assertThat(json.get("facts")).hasSize(csv.size());
        assertThat(json.get("facts").get(2).get("voided").asBoolean()).isTrue();
        assertThat(json.get("facts").get(1).get("unit").asString()).isEqualTo("degrees");
        assertThat(json.get("facts").get(1).get("note").asString()).as("JSON is not a spreadsheet: text as stored")
                .startsWith("=HYPERLINK");
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_is_defused() {
        String csv = Csv.write(List.of("a", "b"), List.of(List.of("=1+1", "@SUM(A1)"), List.of("-5 cm", "+1"),
                List.of("\t=1+1", "\r=1+1"), List.of("tight", -5), List.of("tight, \"guarding\"", true)));
        assertThat(csv).isEqualTo("\"a\",\"b\"\r\n"
                + "\"'=1+1\",\"'@SUM(A1)\"\r\n"
                + "\"'-5 cm\",\"'+1\"\r\n"
                + "\"'\t=1+1\",\"'\r=1+1\"\r\n"
                + "\"tight\",-5\r\n"
                + "\"tight, \"\"guarding\"\"\",\"true\"\r\n");
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
