package com.stretchkiosk.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed by where it comes from and the name it is for, together: a stranger's guesses refuse the
 * stranger, never the person whose name was typed; a success clears its name at its source.
 */
class SignInThrottleTest {

    private static final String STRANGER = "address 192.168.1.66";
    private static final String FRONT_DESK = "tablet 1";

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void five_failures_for_a_name_from_one_place_refuse_that_name_there_until_the_oldest_is_fifteen_minutes_old() {
        for (int i = 0; i < SignInThrottle.PAIR_FAILURES - 1; i++) {
            throttle.failed(STRANGER, "Ana Manager");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.refusal(STRANGER, "Ana Manager")).isEmpty();
        throttle.failed(STRANGER, "ana manager ");
        assertThat(throttle.refusal(STRANGER, "Ana Manager")).as("names are matched as typed, case and spaces aside")
                .contains(SignInThrottle.PAIR_WINDOW.minus(Duration.ofMinutes(4)));
        assertThat(throttle.refusal(STRANGER, "Ben Manager")).as("another name from there").isEmpty();
        assertThat(throttle.refusal(FRONT_DESK, "Ana Manager")).as("the same name from the manager's own tablet").isEmpty();
        clock.advance(SignInThrottle.PAIR_WINDOW.minus(Duration.ofMinutes(4)).plusSeconds(1));
        assertThat(throttle.refusal(STRANGER, "Ana Manager")).as("the oldest failure has aged out").isEmpty();
    }

    @Test
    void twenty_failures_in_a_minute_from_one_place_refuse_every_name_there_for_a_minute_and_nowhere_else() {
        for (int i = 0; i < SignInThrottle.SOURCE_FAILURES; i++) {
            throttle.failed(STRANGER, "Guess " + i);
        }
        assertThat(throttle.refusal(STRANGER, "The Real Manager")).contains(SignInThrottle.SOURCE_WINDOW);
        assertThat(throttle.refusal(FRONT_DESK, "The Real Manager")).as("the studio's own tablet").isEmpty();
        assertThat(throttle.refusal("address 192.168.1.20", "The Real Manager")).as("the back office's computer").isEmpty();
        clock.advance(SignInThrottle.SOURCE_WINDOW.plusSeconds(1));
        assertThat(throttle.refusal(STRANGER, "The Real Manager")).isEmpty();
    }

    @Test
    void a_name_guessed_from_many_places_is_refused_where_it_failed_and_still_taken_where_it_did_not() {
        for (int i = 0; i < SignInThrottle.NAME_FAILURES; i++) {
            throttle.failed("address 10.0.0." + i, "Ana Manager");
        }
        assertThat(throttle.refusal("address 10.0.0.7", "Ana Manager")).isPresent();
        assertThat(throttle.refusal(FRONT_DESK, "Ana Manager")).as("a place that never failed it").isEmpty();
    }

    @Test
    void a_successful_sign_in_clears_its_name_at_its_place() {
        for (int i = 0; i < SignInThrottle.PAIR_FAILURES - 1; i++) {
            throttle.failed(FRONT_DESK, "Ana Manager");
        }
        throttle.succeeded(FRONT_DESK, "Ana Manager");
        throttle.failed(FRONT_DESK, "Ana Manager");
        assertThat(throttle.refusal(FRONT_DESK, "Ana Manager")).isEmpty();
    }
}
