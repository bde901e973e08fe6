package com.stretchkiosk.catalog;

import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.TextLimits;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A catalog stretch as a manager edits it; the rules repeat the schema's CHECKs. */
public record StretchDraft(
        @Nullable String name,
        @Nullable String groupName,
        @Nullable String position,
        boolean sided,
        int repetitions,
        int holdSeconds,
        MeasureUnit unit,
        int rangeMin,
        int rangeMax,
        List<String> steps) {

    public static final int REPETITIONS_MAX = 10;
    public static final int HOLD_MIN = 5;
    public static final int HOLD_MAX = 300;
    public static final int RANGE_LIMIT = 180;
    public static final int STEPS_MAX = 20;
    public static final int STEP_MAX_LENGTH = 300;

    public enum Field { NAME, GROUP, POSITION, REPETITIONS, HOLD, RANGE, STEPS }

    public static StretchDraft of(Stretch stretch) {
        return new StretchDraft(stretch.name(), stretch.groupName(), stretch.position(), stretch.sided(), stretch.repetitions(),
                stretch.holdSeconds(), stretch.unit(), stretch.rangeMin(), stretch.rangeMax(), stretch.steps());
    }

    public StretchDraft cleaned() {
        return new StretchDraft(TextLimits.clean(name), TextLimits.clean(groupName), TextLimits.clean(position), sided,
                repetitions, holdSeconds, unit, rangeMin, rangeMax,
                steps.stream().map(TextLimits::clean).filter(java.util.Objects::nonNull).toList());
    }

    public Map<Field, Problem> problems() {
        Map<Field, Problem> problems = new EnumMap<>(Field.class);
        for (var text : List.of(Map.entry(Field.NAME, name == null ? "" : name), Map.entry(Field.GROUP, groupName == null ? "" : groupName),
                Map.entry(Field.POSITION, position == null ? "" : position))) {
            if (text.getValue().isEmpty()) {
                problems.put(text.getKey(), Problem.of("catalog.required"));
            } else {
                Problem problem = TextLimits.nameProblem(text.getValue());
                if (problem != null) {
                    problems.put(text.getKey(), problem);
                }
            }
        }
        if (repetitions < 1 || repetitions > REPETITIONS_MAX) {
            problems.put(Field.REPETITIONS, Problem.of("catalog.repetitions", 1, REPETITIONS_MAX));
        }
        if (holdSeconds < HOLD_MIN || holdSeconds > HOLD_MAX) {
            problems.put(Field.HOLD, Problem.of("catalog.hold", HOLD_MIN, HOLD_MAX));
        }
        if (rangeMin >= rangeMax) {
            problems.put(Field.RANGE, Problem.of("catalog.range.order"));
        } else if (rangeMin < -RANGE_LIMIT || rangeMax > RANGE_LIMIT
                || (unit == MeasureUnit.DEPTH && (rangeMin < 0 || rangeMax > 10))) {
            problems.put(Field.RANGE, Problem.of(unit == MeasureUnit.DEPTH ? "catalog.range.depth" : "catalog.range.limit", RANGE_LIMIT));
        }
        if (steps.isEmpty() || steps.size() > STEPS_MAX || steps.stream().anyMatch(step -> step.length() > STEP_MAX_LENGTH)) {
            problems.put(Field.STEPS, Problem.of("catalog.steps", STEPS_MAX, STEP_MAX_LENGTH));
        }
        return problems;
    }
}
