package com.stretchkiosk.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The chain's rule for finding a person, and how often a studio may ask: plain rules, without a hub. */
class ChainQueryTest {

    @Test
    void a_full_name_finds_the_person_whatever_the_case_accents_or_order() {
        ChainQuery typed = ChainQuery.typed("bjorn  BECKER");
        assertThat(typed.enough()).isTrue();
        assertThat(typed.matches("Björn Becker", 1970, null)).isTrue();
        assertThat(ChainQuery.typed("Becker Björn").matches("Björn Becker", null, null)).isTrue();
        assertThat(typed.matches("Björn Beckers", 1970, null)).as("not a prefix").isFalse();
        assertThat(typed.matches("Björn Becker-Lund", 1970, null)).as("every word of the name").isFalse();
        assertThat(ChainQuery.nameKey("  Björn   Becker ")).contains("becker bjorn");
        assertThat(ChainQuery.typed("O'Neil-Björk Anne").words()).containsExactly("oneil", "bjork", "anne");
    }

    @Test
    void a_part_of_a_name_needs_a_birth_year_or_a_phone() {
        assertThat(ChainQuery.typed("ma").enough()).isFalse();
        assertThat(ChainQuery.typed("mallory").enough()).isFalse();
        assertThat(ChainQuery.typed("M Example").enough()).as("an initial is not a name").isFalse();
        assertThat(ChainQuery.typed("1980").enough()).as("a year alone").isFalse();
        ChainQuery withYear = ChainQuery.typed("mallory 1980");
        assertThat(withYear.enough()).isTrue();
        assertThat(withYear.birthYear()).isEqualTo(1980);
        assertThat(withYear.matches("Mallory Example", 1980, null)).isTrue();
        assertThat(withYear.matches("Mallory Example", 1981, null)).isFalse();
        assertThat(withYear.matches("Malloryn Example", 1980, null)).as("a word, not a prefix").isFalse();
        ChainQuery withPhone = ChainQuery.typed("Example +49 170 555-0101");
        assertThat(withPhone.phoneTail()).isEqualTo("550101");
        assertThat(withPhone.matches("Mallory Example", null, "0170 5550101")).isTrue();
        assertThat(withPhone.matches("Mallory Example", null, "0170 5550102")).isFalse();
        assertThat(ChainQuery.asked("Mallory", 1980, null)).isEqualTo(withYear);
    }

    @Test
    void a_studio_asks_so_many_times_a_minute_and_then_waits() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        MutableClock clock = new MutableClock(start);
        HubRateLimits limits = new HubRateLimits(clock, 6, 30);
        for (int i = 0; i < 6; i++) {
            assertThat(limits.take(1, HubRateLimits.Ask.SEARCH)).isEmpty();
        }
        assertThat(limits.take(1, HubRateLimits.Ask.SEARCH)).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(9),
                Duration.ofSeconds(10)));
        assertThat(limits.take(2, HubRateLimits.Ask.SEARCH)).as("each studio its own").isEmpty();
        assertThat(limits.take(1, HubRateLimits.Ask.READ)).as("reads apart from searches").isEmpty();
        clock.now = start.plusSeconds(10);
        assertThat(limits.take(1, HubRateLimits.Ask.SEARCH)).as("one more after ten seconds").isEmpty();
        assertThat(limits.take(1, HubRateLimits.Ask.SEARCH)).isPresent();
        clock.now = start.plusSeconds(3600);
        for (int i = 0; i < 6; i++) {
            assertThat(limits.take(1, HubRateLimits.Ask.SEARCH)).as("never more than a minute's worth at once").isEmpty();
        }
        assertThat(limits.take(1, HubRateLimits.Ask.SEARCH)).isPresent();
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
