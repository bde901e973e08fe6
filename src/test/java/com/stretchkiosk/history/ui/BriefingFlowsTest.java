package com.stretchkiosk.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.CLIENT;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.PAIN_STOP_RESOLUTION;
import static com.stretchkiosk.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.base.ui.ChartSpec;
import com.stretchkiosk.base.ui.KioskChart;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.catalog.StretchDraft;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.demo.DemoDataService;
import com.stretchkiosk.demo.DemoStudio;
import com.stretchkiosk.therapist.Therapist;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.BodyRegion;
import com.stretchkiosk.visit.BodySide;
import com.stretchkiosk.visit.Breathing;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainKind;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.PainStopDetail;
import com.stretchkiosk.visit.PainStopTap;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.StretchSide;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pre-visit briefing as a therapist reads it before the client lies down. */
class BriefingFlowsTest extends KioskTest {

    @Autowired
    ClientService clients;

    @Autowired
    TherapistService therapists;

    @Autowired
    VisitService visits;

    @Autowired
    CatalogService catalog;

    @Autowired
    DemoDataService demo;

    @Autowired
    com.stretchkiosk.history.HistoryService history;

    @Autowired
    DSLContext db;

    private long clientId;
    private Therapist therapist;
    private Stretch upperTrapezius;
    private Stretch levator;

    @BeforeEach
    void client() {
        clientId = clients.create(new ClientDraft(unique("Paula Janssen"), null, 1975, null, null)).id();
        therapist = therapists.add(unique("Priya"));
        upperTrapezius = stretch("Upper trapezius (ear to shoulder)");
        levator = stretch("Levator scapulae");
        clock.set(com.stretchkiosk.TestClock.START.minus(Duration.ofDays(70)));
    }

    @Test
    void a_client_with_no_visits_gets_a_helpful_empty_state() {
        UI.getCurrent().navigate("clients/" + clientId);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-empty")).getText())
                .startsWith("No sessions at this studio yet. The first one here starts gently");
    }

    @Test
    void a_sharp_pain_stop_is_a_caution_flag_until_a_therapist_marks_it_resolved() {
        Visit visit = visit(Side.LEFT, 30, Side.RIGHT, 31);
        PainStop stop = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), levator.id(),
                Side.RIGHT, 2, 6, 8, Breathing.HELD_BREATH, 10)).fact();
        visits.describePainStop(UUID.randomUUID(), visit.id(), stop.id(),
                new PainStopDetail(BodyRegion.NECK, BodySide.RIGHT, 7, PainKind.SHARP, null));
        visits.end(visit.id(), null);
        clock.set(com.stretchkiosk.TestClock.START);

        UI.getCurrent().navigate("clients/" + clientId);
        assertThat(flags()).containsExactly("Levator scapulae, right — sharp pain at depth 6, pain 7/10, neck, 14 Sept — stay below depth 6");

        _click(_get(Button.class, spec -> spec.withText("Mark resolved")));
        _click(_get(Button.class, spec -> spec.withText(therapist.displayName())));

        assertThat(flags()).isEmpty();
        var resolution = db.selectFrom(PAIN_STOP_RESOLUTION).where(PAIN_STOP_RESOLUTION.PAIN_STOP_ID.eq(stop.id())).fetchSingle();
        assertThat(resolution.getResolvedBy()).isEqualTo(therapist.id());
        assertThat(resolution.getResolvedAt()).isEqualTo(clock.instant());
        assertThat(_find(Span.class, spec -> spec.withClasses("kiosk-fact-pain"))).as("the stop stays in the last visit").isNotEmpty();

        UI.getCurrent().navigate("visits/" + visit.id());
        assertThat(_get(Span.class, spec -> spec.withClasses("kiosk-fact-pain")).getText())
                .endsWith("(caution resolved by " + therapist.displayName() + " on 23 Nov 2026)");
    }

    @Test
    void the_exports_say_they_leave_the_kiosk_unencrypted() {
        visits.end(visit(Side.LEFT, 30, Side.RIGHT, 30).id(), null);
        UI.getCurrent().navigate("clients/" + clientId);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-export-plain")).getText())
                .isEqualTo("These files are for the client and are not encrypted: hand them over, then delete them from this device.");
    }

    @Test
    void a_change_within_the_noise_is_no_real_change_one_more_degree_is() {
        visits.end(visit(Side.LEFT, 30, Side.RIGHT, 30).id(), null);
        clock.advance(Duration.ofDays(7));
        visits.end(visit(Side.LEFT, 33, Side.RIGHT, 34).id(), null);

        UI.getCurrent().navigate("clients/" + clientId);
        assertThat(verdicts()).containsExactly(
                "No real change: 30° → 33° (+3°) is within the 3.3° measurement noise.",
                "Improved: 30° → 34° (+4°), more than the 3.3° measurement noise.");
    }

    @Test
    void the_last_visit_shows_each_stretch_side_on_one_line_with_its_repetitions() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapist.id());
        for (int depth : new int[] {5, 6, 7}) {
            visits.recordAttempt(attempt(visit, levator, Side.LEFT, depth - 4, depth));
        }
        visits.end(visit.id(), null);
        UI.getCurrent().navigate("clients/" + clientId);
        assertThat(_find(Span.class, spec -> spec.withClasses("kiosk-fact-line")).stream().map(Span::getText))
                .containsExactly("Levator scapulae, left: depth 5, 6, 7 · pressure 5/10 · slow belly");
    }

    @Test
    void pain_before_sessions_is_judged_against_the_two_point_noise() {
        for (int pain : new int[] {6, 5, 3}) {
            Visit visit = visit(Side.LEFT, 30, Side.RIGHT, 30);
            visits.recordPain(UUID.randomUUID(), visit.id(), com.stretchkiosk.visit.PainMoment.BEFORE, pain);
            visits.end(visit.id(), null);
            clock.advance(Duration.ofDays(7));
        }
        UI.getCurrent().navigate("clients/" + clientId);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-pain-verdict")).getText())
                .isEqualTo("Less pain before sessions: 6 → 3 (−3), more than the 2-point noise.");
    }

    @Test
    void left_right_asymmetry_beyond_the_noise_is_called_out() {
        visits.end(visit(Side.LEFT, 45, Side.RIGHT, 37).id(), null);
        UI.getCurrent().navigate("clients/" + clientId);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kiosk-asymmetry-beyond")).getText())
                .isEqualTo("Upper trapezius (ear to shoulder): left 45°, right 37°: 8° apart, more than the 3.3° noise.");
    }

    @Test
    void the_timeline_opens_a_visit_read_only_with_undone_facts_struck_through() {
        Visit visit = visit(Side.LEFT, 33, Side.RIGHT, 32);
        var undone = visits.recordAttempt(attempt(visit, levator, Side.LEFT, 5));
        visits.undo(new com.stretchkiosk.visit.FactRef(com.stretchkiosk.visit.FactRef.Kind.ATTEMPT, undone.fact().factId()), "Wrong side");
        visits.end(visit.id(), "Good session");

        UI.getCurrent().navigate("clients/" + clientId);
        _click(_find(Button.class).stream().filter(b -> b.getText().contains("2 stretches logged")).findFirst().orElseThrow());

        assertThat(_get(H1.class).getText()).startsWith("Session of");
        Span struck = _get(Span.class, spec -> spec.withClasses("kiosk-fact-voided"));
        assertThat(struck.getText()).contains("Levator scapulae, left").contains("depth 5");
        assertThat(_get(Span.class, spec -> spec.withClasses("kiosk-void-reason")).getText()).isEqualTo("(undone: Wrong side)");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Closing note: Good session");
    }

    @Test
    void the_demo_studios_loyal_client_shows_progress_for_every_stretch_side() {
        Long last = db.select(org.jooq.impl.DSL.max(CLIENT.ID)).from(CLIENT).fetchOne(0, Long.class);
        clock.set(com.stretchkiosk.TestClock.START);
        demo.create(DemoStudio.small(42));
        long loyal = last + 1;

        UI.getCurrent().navigate("clients/" + loyal);
        assertThat(_find(Div.class, spec -> spec.withClasses("kiosk-progress-card"))).hasSize(11);
        assertThat(timelineRows()).hasSize(ClientBriefing.TIMELINE_FIRST);
        _click(_get(Button.class, spec -> spec.withText("Show all 104 sessions")));
        assertThat(timelineRows()).hasSize(104);
        assertThat(_get(Div.class, spec -> spec.withClasses("kiosk-progress-cards")).getElement().getTextRecursively())
                .contains("Improved:");
    }

    @Test
    void the_chart_data_of_a_ten_year_client_holds_every_visit_and_every_pain_stop_each_opening_its_visit() {
        Long last = db.select(org.jooq.impl.DSL.max(CLIENT.ID)).from(CLIENT).fetchOne(0, Long.class);
        clock.set(com.stretchkiosk.TestClock.START);
        demo.create(new DemoStudio(2, 10, 1010));
        long loyal = last + 1;
        assertThat(db.fetchCount(VISIT, VISIT.CLIENT_ID.eq(loyal))).isGreaterThan(500);

        UI.getCurrent().navigate("clients/" + loyal);
        // The data handed to Chart.js: every visit that measured a side is a mark opening that visit, and every
        // standing pain stop of the client is a mark of its own on its visit.
        Set<Long> visitsOfClient = Set.copyOf(db.select(VISIT.ID).from(VISIT).where(VISIT.CLIENT_ID.eq(loyal)).fetch(VISIT.ID));
        List<ChartSpec> progress = _find(KioskChart.class).stream().map(KioskChart::spec)
                .filter(spec -> spec.series().getFirst().role().equals("line")).toList();
        assertThat(progress).hasSize(11);
        long measuredVisits = db.selectDistinct(ATTEMPT.VISIT_ID, ATTEMPT.STRETCH_ID, ATTEMPT.SIDE, ATTEMPT.UNIT).from(ATTEMPT)
                .join(VISIT).on(VISIT.ID.eq(ATTEMPT.VISIT_ID)).where(VISIT.CLIENT_ID.eq(loyal).and(ATTEMPT.VOIDED_AT.isNull())
                        .and(ATTEMPT.OUTCOME.eq("COMPLETED")).and(ATTEMPT.RANGE_REACHED.isNotNull())).fetch().size();
        assertThat(progress.stream().mapToLong(spec -> spec.series().getFirst().points().size()).sum())
                .as("one mark per visit that measured a stretch side").isEqualTo(measuredVisits);
        assertThat(progress).allSatisfy(spec -> {
            assertThat(spec.series().getFirst().points()).isNotEmpty()
                    .allSatisfy(point -> assertThat(visitsOfClient).contains(point.visit()));
            assertThat(spec.description()).contains("visits measured, from");
        });
        long stopMarks = progress.stream().flatMap(spec -> spec.series().stream())
                .filter(series -> series.role().startsWith("stop")).mapToLong(series -> series.points().size()).sum();
        long stopVisits = db.selectDistinct(ATTEMPT.VISIT_ID, ATTEMPT.STRETCH_ID, ATTEMPT.SIDE).from(PAIN_STOP)
                .join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID)).join(VISIT).on(VISIT.ID.eq(ATTEMPT.VISIT_ID))
                .where(VISIT.CLIENT_ID.eq(loyal).and(PAIN_STOP.VOIDED_AT.isNull()).and(ATTEMPT.VOIDED_AT.isNull())).fetch().size();
        assertThat(stopMarks).isEqualTo(stopVisits).isPositive();
    }

    @Test
    void the_printable_summary_of_a_two_year_client_is_a_few_pages_cautions_first() throws Exception {
        Long last = db.select(org.jooq.impl.DSL.max(CLIENT.ID)).from(CLIENT).fetchOne(0, Long.class);
        clock.set(com.stretchkiosk.TestClock.START);
        demo.create(DemoStudio.small(1124));
        long loyal = last + 1;

        UI.getCurrent().navigate("clients/" + loyal + "/history");
        assertThat(_find(com.vaadin.flow.component.html.H2.class).stream().map(h -> h.getText()).toList())
                .containsExactly("Caution", "Progress", "Every sharp-pain stop", "The last 5 sessions");
        var tables = _find(com.vaadin.flow.component.html.NativeTable.class);
        assertThat(tables).hasSize(2);
        int standingStops = db.fetchCount(PAIN_STOP.join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID)).join(VISIT)
                .on(VISIT.ID.eq(ATTEMPT.VISIT_ID)), VISIT.CLIENT_ID.eq(loyal).and(PAIN_STOP.VOIDED_AT.isNull())
                .and(ATTEMPT.VOIDED_AT.isNull()));
        assertThat(tables.get(1).getBody().getRows()).as("every pain stop").hasSize(standingStops);
        assertThat(tables.get(0).getBody().getRows()).as("one row per stretch side").hasSize(11);

        var view = _get(HistoryPrintView.class);
        var time = context.getBean(com.stretchkiosk.base.StudioTime.class);
        SummaryDocument summary = SummaryWriter.write(view, time,
                new FactText(view, time, context.getBean(com.stretchkiosk.catalog.Measures.class)), history.clientHeader(loyal), history.briefing(loyal), history.allFacts(loyal), history.therapistNames());
        List<SummaryDocument.Block> blocks = summary.blocks();
        int lastSessions = blocks.indexOf(new SummaryDocument.Heading("The last 5 sessions"));
        assertThat(blocks.subList(lastSessions, blocks.size())).as("a stop in the last sessions is said in words, not by red alone")
                .filteredOn(block -> block instanceof SummaryDocument.Text t && t.caution()).isNotEmpty()
                .allSatisfy(block -> assertThat(((SummaryDocument.Text) block).text()).contains("SHARP-PAIN STOP"));
        byte[] pdf = SummaryPdf.render(summary);
        try (var reader = new org.openpdf.text.pdf.PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).as("104 sessions in a few pages").isBetween(1, 5);
            String first = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(first).contains("Caution").contains(history.clientHeader(loyal).name());
            assertThat(first.indexOf("Caution")).isLessThan(first.indexOf("Progress"));
        }
    }

    private static List<Button> timelineRows() {
        return _find(Button.class).stream().filter(b -> b.hasClassName("kiosk-timeline-row") || b.hasClassName("kiosk-timeline-row-pain")).toList();
    }

    private List<String> flags() {
        return _find(Span.class, spec -> spec.withClasses("kiosk-flag-text")).stream().map(Span::getText).toList();
    }

    @Test
    void a_unit_change_starts_a_new_series_that_is_never_compared_with_the_old_one() {
        Stretch hip = catalog.save(null, 0, new StretchDraft(unique("Hip flexor"), "Hips", "Lying on the side", true, 3, 30,
                MeasureUnit.DEGREES, 0, 60, List.of("Guide the knee back slowly.")));
        // Retired again at the end: the catalog is shared with the other tests (the demo studio uses every active stretch).
        try {
            unitChange(hip);
        } finally {
            catalog.retire(hip.id(), true);
        }
    }

    private void unitChange(Stretch hip) {
        for (int degrees : new int[] {30, 40}) {
            Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapist.id());
            visits.recordAttempt(attempt(visit, hip, Side.LEFT, degrees));
            visits.end(visit.id(), null);
            clock.advance(Duration.ofDays(7));
        }
        Stretch depth = catalog.save(hip.id(), hip.version(), new StretchDraft(hip.name(), hip.groupName(), hip.position(), true,
                3, 30, MeasureUnit.DEPTH, 0, 10, hip.steps()));
        Visit later = visits.startOrResume(UUID.randomUUID(), clientId, therapist.id());
        assertThat(visits.open(later.id()).previous(new StretchSide(hip.id(), Side.LEFT), depth.unit()).lastRange())
                .as("'Same as last' offers nothing measured in degrees for a stretch now measured in depth").isNull();
        visits.recordAttempt(attempt(later, depth, Side.LEFT, 6));
        visits.end(later.id(), null);

        UI.getCurrent().navigate("clients/" + clientId);
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("kiosk-progress-card")).stream()
                .filter(card -> card.getElement().getChild(0).getText().startsWith(hip.name())).toList();
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).getElement().getChild(1).getText()).isEqualTo(
                "Improved: 30° → 40° (+10°), more than the 3.3° measurement noise.");
        assertThat(cards.get(1).getElement().getChild(1).getText()).isEqualTo("Too few visits to tell a trend yet.");
        assertThat(cards.get(1).getElement().getChild(2).getText()).isEqualTo("Measured in depth 0–10 since the studio changed"
                + " this stretch's unit; the earlier visits in degrees are shown apart and not compared.");
        assertThat(verdicts()).noneMatch(verdict -> verdict.contains("→ depth") || verdict.contains("40° → 6"));
    }

    @Test
    void first_and_latest_measured_by_different_therapists_are_judged_against_the_wider_noise() {
        visits.end(visit(Side.LEFT, 30, Side.RIGHT, 30).id(), null);
        clock.advance(Duration.ofDays(7));
        Therapist other = therapists.add(unique("Marco"));
        Visit second = visits.startOrResume(UUID.randomUUID(), clientId, other.id());
        visits.recordAttempt(attempt(second, upperTrapezius, Side.LEFT, 38));
        visits.recordAttempt(attempt(second, upperTrapezius, Side.RIGHT, 41));
        visits.end(second.id(), null);

        UI.getCurrent().navigate("clients/" + clientId);
        assertThat(verdicts()).containsExactly(
                "No real change: 30° → 38° (+8°) is within the 10.2° measurement noise. First and latest were measured by"
                        + " different therapists, so the noise is wider.",
                "Improved: 30° → 41° (+11°), more than the 10.2° measurement noise. First and latest were measured by"
                        + " different therapists, so the noise is wider.");
    }

    private List<String> verdicts() {
        return _find(Div.class, spec -> spec.withClasses("kiosk-progress-card")).stream()
                .map(card -> card.getElement().getChild(1).getText()).toList();
    }

    private Visit visit(Side first, int firstRange, Side second, int secondRange) {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapist.id());
        visits.recordAttempt(attempt(visit, upperTrapezius, first, firstRange));
        visits.recordAttempt(attempt(visit, upperTrapezius, second, secondRange));
        return visit;
    }

    private static AttemptDraft attempt(Visit visit, Stretch stretch, Side side, int range) {
        return attempt(visit, stretch, side, 1, range);
    }

    private static AttemptDraft attempt(Visit visit, Stretch stretch, Side side, int repetition, int range) {
        return new AttemptDraft(UUID.randomUUID(), visit.id(), stretch.id(), side, repetition, Outcome.COMPLETED, range, 5,
                Breathing.SLOW_DIAPHRAGMATIC, null, 30, Set.of(), null);
    }

    private Stretch stretch(String name) {
        return catalog.activeStretches().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
