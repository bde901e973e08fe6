package com.stretchkiosk.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.chain.ChainCaution;
import com.stretchkiosk.visit.Side;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stops at another studio guide here like ours: only on a stretch of the same name, unit and sidedness. */
class OtherStudiosTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final List<Stretch> CATALOG = List.of(
            new Stretch(2, "Neck", "Levator scapulae", "Seated", true, 3, 30, MeasureUnit.DEPTH, 0, 10, List.of("Step"), 1, false),
            new Stretch(3, "Back", "Crocodile pose", "Prone", false, 1, 60, MeasureUnit.DEPTH, 0, 10, List.of("Step"), 1, false));

    @Test
    void a_stop_on_our_stretch_of_the_same_name_and_unit_becomes_our_caution_saying_where_it_was() {
        var here = OtherStudios.onOurStretch(new ChainCaution("Studio A", "levator SCAPULAE", "LEFT", 6, "DEPTH", AT), CATALOG).orElseThrow();
        assertThat(here.stretchId()).isEqualTo(2);
        assertThat(here.side()).isEqualTo(Side.LEFT);
        assertThat(here.range()).isEqualTo(6);
        assertThat(here.studio()).isEqualTo("Studio A");
    }

    @Test
    void another_unit_another_name_or_another_sidedness_stays_in_words() {
        assertThat(OtherStudios.onOurStretch(new ChainCaution("Studio A", "Levator scapulae", "LEFT", 30, "DEGREES", AT), CATALOG))
                .as("degrees there, depth here: a range that cannot be compared").isEmpty();
        assertThat(OtherStudios.onOurStretch(new ChainCaution("Studio A", "Cobra", "NONE", 3, "DEPTH", AT), CATALOG)).isEmpty();
        assertThat(OtherStudios.onOurStretch(new ChainCaution("Studio A", "Crocodile pose", "LEFT", 3, "DEPTH", AT), CATALOG))
                .as("a side there, none here").isEmpty();
        assertThat(OtherStudios.onOurStretch(new ChainCaution("Studio A", "Crocodile pose", "NONE", null, "DEPTH", AT), CATALOG))
                .isPresent();
    }
}
