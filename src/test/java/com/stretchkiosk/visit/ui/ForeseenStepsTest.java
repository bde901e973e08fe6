package com.stretchkiosk.visit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.base.ReachUnit;
import com.stretchkiosk.base.ui.ChipTaps;
import com.stretchkiosk.base.ui.Stepper;
import com.stretchkiosk.base.ui.StudioWords;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.Guidance;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a slow Wi-Fi the browser shows a stepper's next value before the kiosk answers, from the ladder the kiosk gave it:
 * what it shows must be what the kiosk then says, for every step, at the ends, in half inches and from "not set".
 */
class ForeseenStepsTest extends KioskTest {

    @Autowired
    CatalogService catalog;

    @Test
    void the_range_the_browser_shows_at_once_is_the_range_the_kiosk_then_takes() {
        for (ReachUnit unit : ReachUnit.values()) {
            for (Stretch stretch : catalog.activeStretches()) {
                RecordingForm form = new RecordingForm(new Measures(unit, new StudioWords(Locale.UK)), () -> { }, note -> { });
                UI.getCurrent().add(form);
                form.reset(stretch, null, stretch.rangeMin() + (stretch.rangeMax() - stretch.rangeMin()) / 3, null, Guidance.NONE);
                walk(_get(form, Stepper.class, spec -> spec.withClasses("kiosk-range-stepper")), 60, stretch.name() + " " + unit);
                UI.getCurrent().remove(form);
            }
        }
    }

    @Test
    void the_breath_count_the_browser_shows_at_once_is_what_the_kiosk_then_takes() {
        Stretch stretch = catalog.activeStretches().getFirst();
        RecordingForm form = new RecordingForm(new Measures(ReachUnit.CENTIMETRES, new StudioWords(Locale.UK)), () -> { }, note -> { });
        UI.getCurrent().add(form);
        form.reset(stretch, null, stretch.rangeMin(), null, Guidance.NONE);
        Stepper breaths = _get(form, Stepper.class, spec -> spec.withClasses("kiosk-breaths"));
        // From none down (stays none), up past the ladder's reach, and back down to none.
        for (String step : java.util.stream.Stream.of(List.of("−"), java.util.Collections.nCopies(30, "+"),
                java.util.Collections.nCopies(32, "−")).flatMap(List::stream).toList()) {
            tapForeseen(breaths, step, "breaths");
        }
        assertThat(breaths.value()).isEqualTo(form.getTranslation("session.breaths.none"));
        walk(breaths, 80, "breaths");
    }

    /** Random steps, each checked: what the browser would show at once is what the kiosk shows after its answer. */
    private static void walk(Stepper stepper, int taps, String what) {
        Random random = new Random(what.hashCode());
        for (int i = 0; i < taps; i++) {
            tapForeseen(stepper, stepper.labels().get(random.nextInt(stepper.labels().size())), what);
        }
    }

    private static void tapForeseen(Stepper stepper, String step, String what) {
        String foreseen = ChipTaps.foreseen(stepper, step);
        assertThat(foreseen).as("%s has a ladder", what).isNotNull();
        ChipTaps.tap(stepper, step);
        assertThat(stepper.value()).as("%s after %s", what, step).isEqualTo(foreseen);
    }
}
