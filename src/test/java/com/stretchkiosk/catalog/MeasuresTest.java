package com.stretchkiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.base.ReachUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reach stored in whole centimetres, read in centimetres or to the half inch; the other units as they are. */
class MeasuresTest {

    private final Measures cm = new Measures(ReachUnit.CENTIMETRES, new com.stretchkiosk.base.ui.StudioWords(java.util.Locale.UK));
    private final Measures inches = new Measures(ReachUnit.INCHES, new com.stretchkiosk.base.ui.StudioWords(java.util.Locale.UK));

    @Test
    void ranges_read_in_the_studios_unit() {
        assertThat(cm.format(MeasureUnit.CENTIMETRES, 4)).isEqualTo("+4 cm");
        assertThat(cm.format(MeasureUnit.CENTIMETRES, -6)).isEqualTo("−6 cm");
        assertThat(inches.format(MeasureUnit.CENTIMETRES, 4)).isEqualTo("+1½″");
        assertThat(inches.format(MeasureUnit.CENTIMETRES, -6)).isEqualTo("−2½″");
        assertThat(inches.format(MeasureUnit.CENTIMETRES, 1)).isEqualTo("+½″");
        assertThat(inches.format(MeasureUnit.CENTIMETRES, 0)).isEqualTo("0″");
        assertThat(inches.format(MeasureUnit.DEGREES, 32)).as("only reach changes").isEqualTo("32°");
        assertThat(inches.format(MeasureUnit.DEPTH, 6)).isEqualTo("depth 6");
        assertThat(inches.change(MeasureUnit.CENTIMETRES, 13)).isEqualTo("+5″");
        assertThat(inches.noise(MeasureUnit.CENTIMETRES, 12.4, Locale.UK)).isEqualTo("4.9″");
        assertThat(inches.average(MeasureUnit.CENTIMETRES, 3.81, Locale.UK)).isEqualTo("+1.5″");
        assertThat(inches.unitKey(MeasureUnit.CENTIMETRES)).isEqualTo("unit.inches");
        assertThat(cm.unitKey(MeasureUnit.CENTIMETRES)).isEqualTo("unit.centimetres");
    }

    @Test
    void every_half_inch_is_stored_as_a_whole_centimetre_that_reads_back_as_the_same_half_inch() {
        for (int halves = -80; halves <= 60; halves++) {
            int stored = inches.stored(MeasureUnit.CENTIMETRES, halves / 2.0);
            assertThat(inches.shown(MeasureUnit.CENTIMETRES, stored)).as("%s half inches", halves).isEqualTo(halves / 2.0);
        }
    }

    @Test
    void the_stepper_moves_a_half_inch_a_step_in_an_inches_studio_and_one_unit_elsewhere() {
        assertThat(inches.stepped(MeasureUnit.CENTIMETRES, -10, 1)).as("−4″ + ½″ = −3½″ = −9 cm").isEqualTo(-9);
        assertThat(inches.shown(MeasureUnit.CENTIMETRES, -9)).isEqualTo(-3.5);
        assertThat(inches.stepped(MeasureUnit.CENTIMETRES, -9, 5)).as("−3½″ + 2½″ = −1″").isEqualTo(-3);
        assertThat(inches.stepLabel(MeasureUnit.CENTIMETRES, 1)).isEqualTo("+½");
        assertThat(inches.stepLabel(MeasureUnit.CENTIMETRES, -5)).isEqualTo("−2½");
        assertThat(inches.stepped(MeasureUnit.DEGREES, 30, 5)).isEqualTo(35);
        assertThat(cm.stepped(MeasureUnit.CENTIMETRES, -10, 1)).isEqualTo(-9);
        assertThat(cm.stepLabel(MeasureUnit.CENTIMETRES, -5)).isEqualTo("−5");
    }
}
