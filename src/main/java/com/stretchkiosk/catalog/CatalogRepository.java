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

    /** One stretch, retired or not: history and validation still need a retired one. */
    Optional<Stretch> find(long id) {
        return stretches(STRETCH.ID.eq(id)).stream().findFirst();
    }

    /**
     * What changes with any change of the catalog: a stretch added (count, highest id), edited, retired or restored
     * (each bumps the stretch's version).
     */
    String stamp() {
        var stamp = db.select(DSL.count(), DSL.sum(STRETCH.VERSION), DSL.max(STRETCH.ID)).from(STRETCH).fetchSingle();
        return stamp.value1() + "/" + stamp.value2() + "/" + stamp.value3();
    }

    /** Every stretch, retired ones last. */
    List<Stretch> all() {
        return stretches(DSL.trueCondition());
    }

    long groupId(String name) {
        Long id = db.select(STRETCH_GROUP.ID).from(STRETCH_GROUP).where(DSL.lower(STRETCH_GROUP.NAME).eq(name.toLowerCase()))
                .fetchOne(STRETCH_GROUP.ID);
        if (id != null) {
            return id;
        }
        Integer last = db.select(DSL.max(STRETCH_GROUP.SORT_ORDER)).from(STRETCH_GROUP).fetchOne(0, Integer.class);
        return db.insertInto(STRETCH_GROUP).set(STRETCH_GROUP.NAME, name).set(STRETCH_GROUP.SORT_ORDER, last == null ? 1 : last + 1)
                .returning(STRETCH_GROUP.ID).fetchSingle(STRETCH_GROUP.ID);
    }

    long insert(StretchDraft draft, long groupId) {
        Integer last = db.select(DSL.max(STRETCH.SORT_ORDER)).from(STRETCH).where(STRETCH.GROUP_ID.eq(groupId)).fetchOne(0, Integer.class);
        long id = db.insertInto(STRETCH)
                .set(STRETCH.GROUP_ID, groupId).set(STRETCH.NAME, draft.name()).set(STRETCH.POSITION, draft.position())
                .set(STRETCH.SIDED, draft.sided() ? 1 : 0).set(STRETCH.REPETITIONS, draft.repetitions())
                .set(STRETCH.HOLD_SECONDS, draft.holdSeconds()).set(STRETCH.UNIT, draft.unit().name())
                .set(STRETCH.RANGE_MIN, draft.rangeMin()).set(STRETCH.RANGE_MAX, draft.rangeMax())
                .set(STRETCH.SORT_ORDER, last == null ? 1 : last + 1)
                .returning(STRETCH.ID).fetchSingle(STRETCH.ID);
        replaceSteps(id, draft.steps());
        return id;
    }

    /** Stores the edit only if nobody saved since {@code expectedVersion}. */
    boolean update(long id, long expectedVersion, StretchDraft draft, long groupId) {
        boolean updated = db.update(STRETCH)
                .set(STRETCH.GROUP_ID, groupId).set(STRETCH.NAME, draft.name()).set(STRETCH.POSITION, draft.position())
                .set(STRETCH.SIDED, draft.sided() ? 1 : 0).set(STRETCH.REPETITIONS, draft.repetitions())
                .set(STRETCH.HOLD_SECONDS, draft.holdSeconds()).set(STRETCH.UNIT, draft.unit().name())
                .set(STRETCH.RANGE_MIN, draft.rangeMin()).set(STRETCH.RANGE_MAX, draft.rangeMax())
                .set(STRETCH.VERSION, STRETCH.VERSION.plus(1))
                .where(STRETCH.ID.eq(id).and(STRETCH.VERSION.eq(expectedVersion)))
                .execute() == 1;
        if (updated) {
            replaceSteps(id, draft.steps());
        }
        return updated;
    }

    boolean setRetired(long id, java.time.@org.jspecify.annotations.Nullable Instant at) {
        return db.update(STRETCH).set(STRETCH.RETIRED_AT, at).set(STRETCH.VERSION, STRETCH.VERSION.plus(1))
                .where(STRETCH.ID.eq(id)).execute() == 1;
    }

    boolean nameTaken(String name, long exceptId) {
        return db.fetchExists(STRETCH, DSL.lower(STRETCH.NAME).eq(DSL.lower(DSL.val(name))).and(STRETCH.ID.ne(exceptId)));
    }

    private void replaceSteps(long stretchId, List<String> steps) {
        db.deleteFrom(STRETCH_STEP).where(STRETCH_STEP.STRETCH_ID.eq(stretchId)).execute();
        for (int i = 0; i < steps.size(); i++) {
            db.insertInto(STRETCH_STEP).set(STRETCH_STEP.STRETCH_ID, stretchId).set(STRETCH_STEP.STEP_NUMBER, i + 1)
                    .set(STRETCH_STEP.INSTRUCTION, steps.get(i)).execute();
        }
    }

    private List<Stretch> stretches(Condition which) {
        Map<Long, List<String>> steps = db.selectFrom(STRETCH_STEP)
                .where(STRETCH_STEP.STRETCH_ID.in(DSL.select(STRETCH.ID).from(STRETCH).where(which)))
                .orderBy(STRETCH_STEP.STRETCH_ID, STRETCH_STEP.STEP_NUMBER)
                .fetchGroups(STRETCH_STEP.STRETCH_ID, STRETCH_STEP.INSTRUCTION);
        return db.select(STRETCH.fields()).select(STRETCH_GROUP.NAME)
                .from(STRETCH).join(STRETCH_GROUP).on(STRETCH_GROUP.ID.eq(STRETCH.GROUP_ID))
                .where(which)
                .orderBy(STRETCH.RETIRED_AT.isNotNull(), STRETCH_GROUP.SORT_ORDER, STRETCH.SORT_ORDER, STRETCH.ID)
                .fetch(r -> new Stretch(r.get(STRETCH.ID), r.get(STRETCH_GROUP.NAME), r.get(STRETCH.NAME),
                        r.get(STRETCH.POSITION), r.get(STRETCH.SIDED) == 1, r.get(STRETCH.REPETITIONS).intValue(),
                        r.get(STRETCH.HOLD_SECONDS).intValue(), MeasureUnit.valueOf(r.get(STRETCH.UNIT)),
                        r.get(STRETCH.RANGE_MIN).intValue(), r.get(STRETCH.RANGE_MAX).intValue(),
                        steps.getOrDefault(r.get(STRETCH.ID), List.of()), r.get(STRETCH.VERSION), r.get(STRETCH.RETIRED_AT) != null));
    }
}
