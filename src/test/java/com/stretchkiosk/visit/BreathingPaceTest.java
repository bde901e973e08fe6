package com.stretchkiosk.visit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pacer's pace stays between 5 and 10 seconds a breath, whatever is tapped. */
class BreathingPaceTest {

    @Test
    void a_pace_past_either_end_stays_at_the_end() {
        assertThat(BreathingPace.clamp(4)).isEqualTo(5);
        assertThat(BreathingPace.clamp(Integer.MIN_VALUE)).isEqualTo(5);
        assertThat(BreathingPace.clamp(5)).isEqualTo(5);
        assertThat(BreathingPace.clamp(7)).isEqualTo(7);
        assertThat(BreathingPace.clamp(10)).isEqualTo(10);
        assertThat(BreathingPace.clamp(11)).isEqualTo(10);
        assertThat(BreathingPace.clamp(Integer.MAX_VALUE)).isEqualTo(10);
        assertThat(BreathingPace.DEFAULT_SECONDS).isBetween(BreathingPace.MIN_SECONDS, BreathingPace.MAX_SECONDS);
    }
}
