package com.stretchkiosk.therapist;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stretchkiosk.KioskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password sign-in asks the throttle first: a throttled name is refused before its password is checked, as a plain
 * refusal (a LockedException: one WARN line), not as an internal error with a stack trace.
 */
class SignInAccountsTest extends KioskTest {

    @Autowired
    SignInAccounts accounts;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void a_throttled_name_is_refused_before_its_password_is_looked_at() {
        String name = unique("Guessed Name");
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setHideUserNotFoundExceptions(true);
        var guess = UsernamePasswordAuthenticationToken.unauthenticated(name, "a guess");
        assertThatThrownBy(() -> provider.authenticate(guess)).isExactlyInstanceOf(BadCredentialsException.class);
        for (int i = 0; i < SignInThrottle.PAIR_FAILURES; i++) {
            throttle.failed(accounts.source(), name);
        }
        assertThatThrownBy(() -> provider.authenticate(guess)).isExactlyInstanceOf(LockedException.class);
    }
}
