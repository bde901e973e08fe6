package com.stretchkiosk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.KioskTest;
import com.stretchkiosk.TestClock;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.catalog.StretchDraft;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainStopTap;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Studio figures on a small fixed studio of its own, against figures worked out by hand. */
@SpringBootTest(classes = {KioskApplication.class, KioskTest.Clocks.class})
class FiguresTest {

    @Autowired
    FiguresService figures;

    @Autowired
    VisitService visits;

    @Autowired
    ClientService clients;

    @Autowired
    TherapistService therapists;

    @Autowired
    CatalogService catalog;

    @Autowired
    TestClock clock;

    @DynamicPropertySource
    static void ownStudio(DynamicPropertyRegistry registry) throws IOException {
        var file = Files.createTempDirectory("kiosk-figures").resolve("kiosk.db");
        registry.add("kiosk.database-path", file::toString);
        registry.add("kiosk.time-zone", () -> "Europe/Berlin");
    }

    @Test
    void figures_match_the_hand_computed_ones() {
        Stretch trapezius = stretch("Upper trapezius (ear to shoulder)");
        Stretch levator = stretch("Levator scapulae");
        long anna = therapists.add("Anna Therapist").id();
        long ben = therapists.add("Ben Therapist").id();
        long first = clients.create(new ClientDraft("First Client", null, null, null, null)).id();
        long second = clients.create(new ClientDraft("Second Client", null, null, null, null)).id();

        // Mon 16 Nov: first client, left 30, levator left stopped at depth 5.
        Visit v1 = visit(first, anna, "2026-11-16T09:00:00Z");
        attempt(v1, trapezius, Side.LEFT, 30);
        visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), v1.id(), levator.id(), Side.LEFT, 1, 5, null, null, null));
        visits.end(v1.id(), null);
        // Fri 20 Nov: first client, left 36.
        Visit v2 = visit(first, anna, "2026-11-20T09:00:00Z");
        attempt(v2, trapezius, Side.LEFT, 36);
        visits.end(v2.id(), null);
        // Sat 21 Nov: second client, left 40, right 38, then a stop on the right.
        Visit v3 = visit(second, ben, "2026-11-21T09:00:00Z");
        attempt(v3, trapezius, Side.LEFT, 40);
        attempt(v3, trapezius, Side.RIGHT, 38);
        visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), v3.id(), trapezius.id(), Side.RIGHT, 2, 41, null, null, null));
        visits.end(v3.id(), null);
        // Mon 23 Nov, 09:00 in Berlin: second client, left 44, right 37.
        Visit v4 = visit(second, ben, "2026-11-23T08:00:00Z");
        attempt(v4, trapezius, Side.LEFT, 44);
        attempt(v4, trapezius, Side.RIGHT, 37);
        visits.end(v4.id(), null);

        StudioFigures studio = figures.last(Period.THREE_MONTHS);

        assertThat(studio.from()).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThat(studio.sessionsPerDay()).hasSize(92);
        assertThat(studio.sessionsPerDay().stream().filter(c -> c.count() > 0)
                .collect(Collectors.toMap(StudioFigures.Dated::start, StudioFigures.Dated::count)))
                .isEqualTo(Map.of(LocalDate.of(2026, 11, 16), 1, LocalDate.of(2026, 11, 20), 1, LocalDate.of(2026, 11, 21), 1,
                        LocalDate.of(2026, 11, 23), 1));
        assertThat(studio.sessionsPer(Period.Grouping.WEEK)).as("weeks start on Monday; the first one before the period")
                .startsWith(new StudioFigures.Dated(LocalDate.of(2026, 8, 24), 0))
                .endsWith(new StudioFigures.Dated(LocalDate.of(2026, 11, 16), 3), new StudioFigures.Dated(LocalDate.of(2026, 11, 23), 1))
                .hasSize(14);
        assertThat(studio.sessionsPer(Period.Grouping.MONTH)).containsExactly(new StudioFigures.Dated(LocalDate.of(2026, 8, 1), 0),
                new StudioFigures.Dated(LocalDate.of(2026, 9, 1), 0), new StudioFigures.Dated(LocalDate.of(2026, 10, 1), 0),
                new StudioFigures.Dated(LocalDate.of(2026, 11, 1), 4));
        assertThat(figures.last(Period.FOUR_WEEKS).sessionsPerDay()).hasSize(28);
        assertThat(figures.last(Period.YEAR).from()).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(studio.painStopsPerStretch()).containsExactlyInAnyOrder(
                new StudioFigures.Count("Levator scapulae", 1), new StudioFigures.Count("Upper trapezius (ear to shoulder)", 1));
        assertThat(studio.painStopsPerTherapist()).containsExactlyInAnyOrder(
                new StudioFigures.Count("Anna Therapist", 1), new StudioFigures.Count("Ben Therapist", 1));
        // (36 − 30) + (44 − 40) + (37 − 38) = 9 over three client sides.
        assertThat(studio.rangeChanges()).containsExactly(
                new StudioFigures.RangeChange("Upper trapezius (ear to shoulder)", MeasureUnit.DEGREES, 3.0, 3));

        String csv = figures.csv(studio);
        assertThat(csv).startsWith("\"figure\",\"label\",\"value\",\"unit\",\"client_sides\"\r\n")
                .contains("\"sessions_per_week\",\"2026-11-16\",3,,\r\n")
                .contains("\"sessions_per_month\",\"2026-11-01\",4,,\r\n")
                .contains("\"average_range_change\",\"Upper trapezius (ear to shoulder)\",3.0,\"degrees\",3\r\n");
    }

    @Test
    void a_stretch_whose_unit_changed_is_averaged_per_unit_never_across() {
        Stretch hip = catalog.save(null, 0, new StretchDraft("Hip flexor " + UUID.randomUUID(), "Hips", "Lying on the side", false,
                3, 30, MeasureUnit.DEGREES, 0, 60, List.of("Guide the knee back slowly.")));
        try {
            long anna = therapists.add("Anna " + UUID.randomUUID()).id();
            long client = clients.create(new ClientDraft("Unit Client", null, null, null, null)).id();
            for (var day : List.of(Map.entry("2025-01-06T09:00:00Z", 30), Map.entry("2025-01-13T09:00:00Z", 40))) {
                Visit visit = visit(client, anna, day.getKey());
                attempt(visit, hip, Side.NONE, day.getValue());
                visits.end(visit.id(), null);
            }
            Stretch depth = catalog.save(hip.id(), hip.version(), new StretchDraft(hip.name(), hip.groupName(), hip.position(), false,
                    3, 30, MeasureUnit.DEPTH, 0, 10, hip.steps()));
            for (var day : List.of(Map.entry("2025-01-20T09:00:00Z", 4), Map.entry("2025-01-27T09:00:00Z", 6))) {
                Visit visit = visit(client, anna, day.getKey());
                attempt(visit, depth, Side.NONE, day.getValue());
                visits.end(visit.id(), null);
            }

            // Not (6 − 30) across units: +10° in degrees and +2 levels in depth, each on its own row. (January 2025: apart
            // from the other tests' sessions in this studio.)
            assertThat(figures.between(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 1, 31)).rangeChanges()).filteredOn(r -> r.stretch().equals(hip.name()))
                    .containsExactly(new StudioFigures.RangeChange(hip.name(), MeasureUnit.DEGREES, 10.0, 1),
                            new StudioFigures.RangeChange(hip.name(), MeasureUnit.DEPTH, 2.0, 1));
        } finally {
            catalog.retire(hip.id(), true);
        }
    }

    private Visit visit(long client, long therapist, String at) {
        clock.set(Instant.parse(at));
        return visits.startOrResume(UUID.randomUUID(), client, therapist);
    }

    private void attempt(Visit visit, Stretch stretch, Side side, int range) {
        visits.recordAttempt(new AttemptDraft(UUID.randomUUID(), visit.id(), stretch.id(), side, 1, Outcome.COMPLETED, range, 5,
                null, null, 30, Set.of(), null));
    }

    private Stretch stretch(String name) {
        return catalog.activeStretches().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
