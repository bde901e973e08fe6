package com.stretchkiosk.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pain before the session over the visits, against the 0–10 scale's two-point noise: a rule, without a screen. */
class PainTrendTest {

    @Test
    void less_pain_past_the_noise_is_better_more_is_worse_and_two_points_say_nothing() {
        assertThat(PainTrend.of(pain(6, null, 5, 3))).hasValueSatisfying(trend -> {
            assertThat(trend.verdict()).isEqualTo(Verdict.IMPROVED);
            assertThat(trend.change()).isEqualTo(-3);
            assertThat(List.of(trend.first(), trend.latest())).containsExactly(6, 3);
        });
        assertThat(PainTrend.of(pain(2, 5))).hasValueSatisfying(trend -> assertThat(trend.verdict()).isEqualTo(Verdict.DECLINED));
        assertThat(PainTrend.of(pain(4, 6))).as("two points: within the noise").hasValueSatisfying(trend ->
                assertThat(trend.verdict()).isEqualTo(Verdict.WITHIN_NOISE));
        assertThat(PainTrend.of(pain(4, 1))).hasValueSatisfying(trend -> assertThat(trend.verdict()).isEqualTo(Verdict.IMPROVED));
        assertThat(PainTrend.of(pain(5, null))).as("one rating says nothing").isEmpty();
        assertThat(PainTrend.of(List.of())).isEmpty();
    }

    private static List<PainPoint> pain(Integer... before) {
        List<PainPoint> points = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            points.add(new PainPoint(i, Instant.EPOCH.plusSeconds(i * 604_800L), before[i], null));
        }
        return points;
    }
}
