package com.stretchkiosk.visit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.base.ReachUnit;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.Guidance;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In a studio that measures reach in inches, the range stepper moves and reads in half inches and stores centimetres. */
class InchesStudioTest extends KioskTest {

    @Autowired
    CatalogService catalog;

    @Test
    void reach_is_stepped_and_read_in_half_inches_and_stored_in_centimetres() {
        Stretch hamstring = catalog.activeStretches().stream().filter(s -> s.name().startsWith("Simple hamstring")).findFirst()
                .orElseThrow();
        RecordingForm form = new RecordingForm(new Measures(ReachUnit.INCHES, new com.stretchkiosk.base.ui.StudioWords(java.util.Locale.UK)), () -> { }, note -> { });
        UI.getCurrent().add(form);
        form.reset(hamstring, null, -10, null, Guidance.NONE);

        com.stretchkiosk.base.ui.Stepper stepper = _get(form, com.stretchkiosk.base.ui.Stepper.class, spec -> spec.withClasses("kiosk-range-stepper"));
        com.stretchkiosk.base.ui.ChipTaps.tap(stepper, "+½");
        assertThat(stepper.value()).isEqualTo("−3½″");
        assertThat(form.range()).as("stored in whole centimetres").isEqualTo(-9);
        com.stretchkiosk.base.ui.ChipTaps.tap(stepper, "+2½");
        assertThat(stepper.value()).isEqualTo("−1″");
        assertThat(form.range()).isEqualTo(-3);
        assertThat(stepper.labels()).containsExactly("−2½", "−½", "+½", "+2½");
        assertThat(stepper.getElement().getAttribute("names")).isEqualTo("[\"2½ less\",\"½ less\",\"½ more\",\"2½ more\"]");
    }
}
