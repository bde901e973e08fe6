package com.stretchkiosk.figures;

import static com.stretchkiosk.db.Tables.ATTEMPT_FACT;
import static com.stretchkiosk.db.Tables.STRETCH;
import static com.stretchkiosk.db.Tables.THERAPIST;
import static com.stretchkiosk.db.Tables.VISIT;

import com.stretchkiosk.visit.Attempt;
import com.stretchkiosk.visit.AttemptFacts;
import com.stretchkiosk.visit.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class FiguresRepository {

    private final DSLContext db;

    FiguresRepository(DSLContext db) {
        this.db = db;
    }

    /** Start times of the sessions in the period (voided ones left out). */
    List<Instant> sessionStarts(Instant from, Instant to) {
        return db.select(VISIT.STARTED_AT).from(VISIT)
                .where(VISIT.STARTED_AT.ge(from).and(VISIT.STARTED_AT.lt(to)).and(VISIT.VOIDED_AT.isNull()))
                .fetch(VISIT.STARTED_AT);
    }

    /** Standing pain stops in the period, counted per stretch. */
    List<Record2<String, Integer>> painStopsPerStretch(Instant from, Instant to) {
        return db.select(STRETCH.NAME, DSL.count()).from(ATTEMPT_FACT).join(STRETCH).on(STRETCH.ID.eq(ATTEMPT_FACT.STRETCH_ID))
                .where(standingStopsBetween(from, to))
                .groupBy(STRETCH.NAME).orderBy(DSL.count().desc(), STRETCH.NAME).fetch();
    }

    /** Standing pain stops in the period, counted per therapist of the session. */
    List<Record2<String, Integer>> painStopsPerTherapist(Instant from, Instant to) {
        return db.select(THERAPIST.DISPLAY_NAME, DSL.count()).from(ATTEMPT_FACT)
                .join(THERAPIST).on(THERAPIST.ID.eq(ATTEMPT_FACT.THERAPIST_ID))
                .where(standingStopsBetween(from, to))
                .groupBy(THERAPIST.DISPLAY_NAME).orderBy(DSL.count().desc(), THERAPIST.DISPLAY_NAME).fetch();
    }

    private static Condition standingStopsBetween(Instant from, Instant to) {
        return AttemptFacts.STANDING.and(ATTEMPT_FACT.PAIN_STOP_ID.isNotNull()).and(ATTEMPT_FACT.PAIN_STOP_VOIDED_AT.isNull())
                .and(ATTEMPT_FACT.PAIN_STOP_OCCURRED_AT.ge(from)).and(ATTEMPT_FACT.PAIN_STOP_OCCURRED_AT.lt(to));
    }

    /** Standing completed, measured attempts of the sessions in the period, per client, in the order they were stored. */
    Map<Long, List<Attempt>> measuredByClient(Instant from, Instant to) {
        Map<Long, List<Attempt>> byClient = new LinkedHashMap<>();
        db.selectFrom(ATTEMPT_FACT)
                .where(ATTEMPT_FACT.VISIT_STARTED_AT.ge(from).and(ATTEMPT_FACT.VISIT_STARTED_AT.lt(to)).and(AttemptFacts.STANDING)
                        .and(ATTEMPT_FACT.OUTCOME.eq(Outcome.COMPLETED)).and(ATTEMPT_FACT.RANGE_REACHED.isNotNull()))
                .orderBy(ATTEMPT_FACT.VISIT_STARTED_AT, ATTEMPT_FACT.ID)
                .forEach(r -> byClient.computeIfAbsent(r.getClientId(), c -> new ArrayList<>()).add(AttemptFacts.attempt(r)));
        return byClient;
    }

    Map<Long, String> stretchNames() {
        return db.select(STRETCH.ID, STRETCH.NAME).from(STRETCH).fetchMap(STRETCH.ID, STRETCH.NAME);
    }
}
