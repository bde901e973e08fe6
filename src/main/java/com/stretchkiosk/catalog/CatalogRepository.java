package com.stretchkiosk.catalog;

import static com.stretchkiosk.db.Tables.STRETCH;
import static com.stretchkiosk.db.Tables.STRETCH_GROUP;
import static com.stretchkiosk.db.Tables.STRETCH_STEP;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CatalogRepository {

    private final DSLContext db;

    CatalogRepository(DSLContext db) {
        this.db = db;
    }

    /** The stretches not retired, in catalog order (group, then stretch). */
    List<Stretch> active() {
        return stretches(STRETCH.RETIRED_AT.isNull());
    }

    /** One stretch, retired or not: history and validation still need a retired one. */
    Optional<Stretch> find(long id) {
        return stretches(STRETCH.ID.eq(id)).stream().findFirst();
    }

    private List<Stretch> stretches(Condition which) {
        Map<Long, List<String>> steps = db.selectFrom(STRETCH_STEP)
                .where(STRETCH_STEP.STRETCH_ID.in(DSL.select(STRETCH.ID).from(STRETCH).where(which)))
                .orderBy(STRETCH_STEP.STRETCH_ID, STRETCH_STEP.STEP_NUMBER)
                .fetchGroups(STRETCH_STEP.STRETCH_ID, STRETCH_STEP.INSTRUCTION);
        return db.select(STRETCH.fields()).select(STRETCH_GROUP.NAME)
                .from(STRETCH).join(STRETCH_GROUP).on(STRETCH_GROUP.ID.eq(STRETCH.GROUP_ID))
                .where(which)
                .orderBy(STRETCH_GROUP.SORT_ORDER, STRETCH.SORT_ORDER, STRETCH.ID)
                .fetch(r -> new Stretch(r.get(STRETCH.ID), r.get(STRETCH_GROUP.NAME), r.get(STRETCH.NAME),
                        r.get(STRETCH.POSITION), r.get(STRETCH.SIDED) == 1, r.get(STRETCH.REPETITIONS).intValue(),
                        r.get(STRETCH.HOLD_SECONDS).intValue(), MeasureUnit.valueOf(r.get(STRETCH.UNIT)),
                        r.get(STRETCH.RANGE_MIN).intValue(), r.get(STRETCH.RANGE_MAX).intValue(),
                        steps.getOrDefault(r.get(STRETCH.ID), List.of())));
    }
}
