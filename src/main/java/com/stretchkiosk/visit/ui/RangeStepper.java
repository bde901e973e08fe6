package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.ui.Stepper;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.catalog.Stretch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A range on a large stepper in the stretch's unit, one way for the recording form and the pain-stop panel: its
 * steps name their size in what the studio reads (1°, 1 level, 1 cm, ½″; a depth scale has no ±5), the value shows
 * as "not set" until there is one, and the first tap starts from where it was told to.
 */
final class RangeStepper {

    private static final int SMALL_STEP = 1;
    private static final int LARGE_STEP = 5;
    /** How many steps either side of the value the browser may show before the kiosk answers. */
    private static final int LADDER_REACH = 12;

    private final Measures measures;
    private final Words words;
    private final Consumer<Integer> onChange;
    private final Stepper stepper = new Stepper("kiosk-range-value", this::step);
    private List<Integer> steps = List.of();
    private @Nullable Stretch stretch;
    private @Nullable Integer value;
    private int startsAt;

    /** The translations the stepper's words come from (the component's getTranslation). */
    interface Words {
        String t(String key, Object... arguments);
    }

    RangeStepper(Measures measures, Words words, Consumer<Integer> onChange) {
        this.measures = measures;
        this.words = words;
        this.onChange = onChange;
        stepper.addClassName("kiosk-range-stepper");
        stepper.setStepClass("kiosk-step");
    }

    Stepper component() {
        return stepper;
    }

    /** A stretch's range: {@code shown} set (or "not set" when null), the first tap starting from {@code startsAt}. */
    void reset(Stretch next, @Nullable Integer shown, int startsAt) {
        stretch = next;
        this.startsAt = startsAt;
        labelSteps(next.unit());
        value = null;
        if (shown != null && next.isPlausible(shown)) {
            set(shown, false);
        } else {
            stepper.setValue(words.t("session.range.unset"));
            offerLadder();
        }
    }

    @Nullable Integer value() {
        return value;
    }

    void set(int newValue) {
        set(newValue, true);
    }

    private void set(int newValue, boolean tell) {
        value = newValue;
        stepper.setValue(measures.format(Objects.requireNonNull(stretch).unit(), newValue));
        offerLadder();
        if (tell) {
            onChange.accept(newValue);
        }
    }

    /** A tap on the stepper's {@code index}th step. */
    private void step(int index) {
        Stretch shown = Objects.requireNonNull(stretch);
        int from = value != null ? value : startsAt;
        set(Math.max(shown.rangeMin(), Math.min(shown.rangeMax(), measures.stepped(shown.unit(), from, steps.get(index)))));
    }

    /** The values a few steps either side of where the next tap starts, for the browser to show a tap at once. */
    private void offerLadder() {
        Stretch shown = Objects.requireNonNull(stretch);
        int from = value != null ? value : startsAt;
        List<String> ladder = new ArrayList<>();
        int at = 0;
        for (int k = -LADDER_REACH; k <= LADDER_REACH; k++) {
            int stepped = k == 0 ? from : measures.stepped(shown.unit(), from, k);
            if (stepped >= shown.rangeMin() && stepped <= shown.rangeMax() || k == 0) {
                if (k == 0) {
                    at = ladder.size();
                }
                ladder.add(measures.format(shown.unit(), stepped));
            }
        }
        stepper.setLadder(ladder, at, steps);
    }

    private void labelSteps(MeasureUnit unit) {
        List<Integer> less = unit == MeasureUnit.DEPTH ? List.of(-SMALL_STEP) : List.of(-LARGE_STEP, -SMALL_STEP);
        List<Integer> more = unit == MeasureUnit.DEPTH ? List.of(SMALL_STEP) : List.of(SMALL_STEP, LARGE_STEP);
        List<Integer> all = new ArrayList<>(less);
        all.addAll(more);
        steps = List.copyOf(all);
        List<String> labels = steps.stream().map(step -> measures.stepLabel(unit, step)).toList();
        // A label is its sign and its size ("−5°"); a screen reader hears the size in words of its direction.
        List<String> names = IntStream.range(0, steps.size()).mapToObj(i -> words.t(
                steps.get(i) > 0 ? "session.range.more" : "session.range.less", labels.get(i).substring(1))).toList();
        stepper.setSteps(labels.subList(0, less.size()), labels.subList(less.size(), labels.size()), names);
    }
}
