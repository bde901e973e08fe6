package com.stretchkiosk.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed per account and across the studio; a success clears its account. */
class SignInThrottleTest {

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void an_account_with_five_failures_in_fifteen_minutes_is_refused_until_the_oldest_is_that_old() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES - 1; i++) {
            throttle.failed("Ana Manager");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.refuses("Ana Manager")).isFalse();
        throttle.failed("ana manager ");
        assertThat(throttle.refuses("Ana Manager")).as("names are matched as typed, case and spaces aside").isTrue();
        assertThat(throttle.refuses("Ben Manager")).as("another account").isFalse();
        clock.advance(SignInThrottle.ACCOUNT_WINDOW.minus(Duration.ofMinutes(4)).plusSeconds(1));
        assertThat(throttle.refuses("Ana Manager")).as("the oldest failure has aged out").isFalse();
    }

    @Test
    void many_failures_across_accounts_in_a_minute_refuse_every_password_sign_in_for_a_minute() {
        for (int i = 0; i < SignInThrottle.STUDIO_FAILURES; i++) {
            throttle.failed("Guess " + i);
        }
        assertThat(throttle.refuses("The Real Manager")).isTrue();
        clock.advance(SignInThrottle.STUDIO_WINDOW.plusSeconds(1));
        assertThat(throttle.refuses("The Real Manager")).isFalse();
    }

    @Test
    void a_successful_sign_in_clears_its_account() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES - 1; i++) {
            throttle.failed("Ana Manager");
        }
        throttle.succeeded("Ana Manager");
        throttle.failed("Ana Manager");
        assertThat(throttle.refuses("Ana Manager")).isFalse();
    }
}
