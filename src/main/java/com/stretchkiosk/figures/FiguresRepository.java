package com.stretchkiosk.figures;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.STRETCH;
import static com.stretchkiosk.db.Tables.THERAPIST;
import static com.stretchkiosk.db.Tables.VISIT;

import com.stretchkiosk.catalog.MeasureUnit;
import java.time.Instant;
import java.util.List;
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

    List<Record2<String, Integer>> painStopsPerStretch(Instant from, Instant to) {
        return db.select(STRETCH.NAME, DSL.count()).from(PAIN_STOP)
                .join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID))
                .join(STRETCH).on(STRETCH.ID.eq(ATTEMPT.STRETCH_ID))
                .join(VISIT).on(VISIT.ID.eq(ATTEMPT.VISIT_ID))
                .where(PAIN_STOP.OCCURRED_AT.ge(from).and(PAIN_STOP.OCCURRED_AT.lt(to)).and(PAIN_STOP.VOIDED_AT.isNull())
                        .and(VISIT.VOIDED_AT.isNull()))
                .groupBy(STRETCH.NAME).orderBy(DSL.count().desc(), STRETCH.NAME).fetch();
    }

    List<Record2<String, Integer>> painStopsPerTherapist(Instant from, Instant to) {
        return db.select(THERAPIST.DISPLAY_NAME, DSL.count()).from(PAIN_STOP)
                .join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID))
                .join(VISIT).on(VISIT.ID.eq(ATTEMPT.VISIT_ID))
                .join(THERAPIST).on(THERAPIST.ID.eq(VISIT.THERAPIST_ID))
                .where(PAIN_STOP.OCCURRED_AT.ge(from).and(PAIN_STOP.OCCURRED_AT.lt(to)).and(PAIN_STOP.VOIDED_AT.isNull())
                        .and(VISIT.VOIDED_AT.isNull()))
                .groupBy(THERAPIST.DISPLAY_NAME).orderBy(DSL.count().desc(), THERAPIST.DISPLAY_NAME).fetch();
    }

    /** Completed, measured attempts in the period, in time order: client, stretch, side, unit, range. */
    List<RangeRow> ranges(Instant from, Instant to) {
        return db.select(VISIT.CLIENT_ID, STRETCH.NAME, ATTEMPT.SIDE, ATTEMPT.UNIT, ATTEMPT.RANGE_REACHED, VISIT.ID)
                .from(ATTEMPT).join(VISIT).on(VISIT.ID.eq(ATTEMPT.VISIT_ID)).join(STRETCH).on(STRETCH.ID.eq(ATTEMPT.STRETCH_ID))
                .where(VISIT.STARTED_AT.ge(from).and(VISIT.STARTED_AT.lt(to)).and(VISIT.VOIDED_AT.isNull())
                        .and(ATTEMPT.VOIDED_AT.isNull()).and(ATTEMPT.OUTCOME.eq("COMPLETED")).and(ATTEMPT.RANGE_REACHED.isNotNull()))
                .orderBy(VISIT.STARTED_AT, ATTEMPT.ID)
                .fetch(r -> new RangeRow(r.value1(), r.value2(), r.value3(), MeasureUnit.valueOf(r.value4()), r.value5(), r.value6()));
    }

    record RangeRow(long clientId, String stretch, String side, MeasureUnit unit, int range, long visitId) {
    }
}
