package com.stretchkiosk.demo;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.CLIENT;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.STRETCH;
import static com.stretchkiosk.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.avg;

import com.stretchkiosk.KioskTest;
import java.time.Duration;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoDataServiceTest extends KioskTest {

    @Autowired
    DemoDataService demo;

    @Autowired
    DSLContext db;

    @Autowired
    com.stretchkiosk.catalog.CatalogService catalog;

    @Test
    void the_demo_studio_has_a_loyal_client_improving_over_two_years_of_weekly_visits() {
        Long lastClient = db.select(org.jooq.impl.DSL.max(CLIENT.ID)).from(CLIENT).fetchOne(0, Long.class);
        long firstNewClient = lastClient == null ? 1 : lastClient + 1;
        DemoStudioSummary made = demo.create(DemoStudio.small(7));

        assertThat(made.clients()).isEqualTo(30);
        assertThat(db.fetchCount(CLIENT, CLIENT.ID.ge(firstNewClient))).isEqualTo(30);
        assertThat(made.painStops()).isPositive();
        assertThat(made.attempts()).isGreaterThan(made.visits() * 4);

        List<java.time.Instant> visits = db.select(VISIT.STARTED_AT).from(VISIT)
                .where(VISIT.CLIENT_ID.eq(firstNewClient)).orderBy(VISIT.STARTED_AT).fetch(VISIT.STARTED_AT);
        assertThat(visits).hasSize(104);
        assertThat(Duration.between(visits.getFirst(), visits.getLast()).toDays()).isBetween(715L, 725L);

        // Upper trapezius side-bend, left: the last ten visits reach further than the first ten.
        List<Long> visitIds = db.select(VISIT.ID).from(VISIT).where(VISIT.CLIENT_ID.eq(firstNewClient))
                .orderBy(VISIT.STARTED_AT).fetch(VISIT.ID);
        double early = averageRange(visitIds.subList(0, 10));
        double late = averageRange(visitIds.subList(visitIds.size() - 10, visitIds.size()));
        assertThat(late - early).isGreaterThan(3);

        long stopsWithoutStoppedAttempt = db.fetchCount(PAIN_STOP.join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID)),
                ATTEMPT.OUTCOME.ne("STOPPED_FOR_PAIN"));
        assertThat(stopsWithoutStoppedAttempt).isZero();
    }

    @Test
    void the_same_seed_makes_the_same_studio_and_another_seed_another() {
        var first = new DemoStudioGenerator(DemoStudio.small(7), catalog.activeStretches(), clock.instant(), ids(), new long[] {1, 2, 3}).clients(0, 30);
        var again = new DemoStudioGenerator(DemoStudio.small(7), catalog.activeStretches(), clock.instant(), ids(), new long[] {1, 2, 3}).clients(0, 30);
        var other = new DemoStudioGenerator(DemoStudio.small(8), catalog.activeStretches(), clock.instant(), ids(), new long[] {1, 2, 3}).clients(0, 30);

        assertThat(names(again)).isEqualTo(names(first));
        assertThat(again.attempts()).hasSameSizeAs(first.attempts());
        assertThat(names(other)).isNotEqualTo(names(first));
    }

    @Test
    void every_generated_range_is_within_its_stretchs_plausible_bounds() {
        var chunk = new DemoStudioGenerator(DemoStudio.small(11), catalog.activeStretches(), clock.instant(), ids(), new long[] {1, 2, 3}).clients(0, 30);
        var byId = catalog.activeStretches().stream().collect(java.util.stream.Collectors.toMap(s -> s.id(), s -> s));
        assertThat(chunk.attempts()).allSatisfy(attempt -> {
            if (attempt.getRangeReached() != null) {
                assertThat(byId.get(attempt.getStretchId()).isPlausible(attempt.getRangeReached())).isTrue();
            }
        });
    }

    private static List<String> names(DemoStudioGenerator.Chunk chunk) {
        return chunk.clients().stream().map(c -> c.getFullName()).toList();
    }

    private static DemoIds ids() {
        return new DemoIds(1, 1, 1, 1);
    }

    private double averageRange(List<Long> visitIds) {
        return db.select(avg(ATTEMPT.RANGE_REACHED)).from(ATTEMPT).join(STRETCH).on(STRETCH.ID.eq(ATTEMPT.STRETCH_ID))
                .where(ATTEMPT.VISIT_ID.in(visitIds).and(STRETCH.NAME.eq("Upper trapezius (ear to shoulder)"))
                        .and(ATTEMPT.SIDE.eq("LEFT")).and(ATTEMPT.OUTCOME.eq("COMPLETED")))
                .fetchSingle(0, Double.class);
    }
}
