package com.stretchkiosk.therapist;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stretchkiosk.KioskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The password sign-in asks the throttle first: a throttled account is refused before its password is checked. */
class SignInAccountsTest extends KioskTest {

    @Autowired
    SignInAccounts accounts;

    @Autowired
    SignInThrottle throttle;

    @Test
    void a_throttled_name_is_refused_before_its_password_is_looked_at() {
        String name = unique("Guessed Name");
        assertThatThrownBy(() -> accounts.loadUserByUsername(name)).isInstanceOf(UsernameNotFoundException.class);
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
            throttle.failed(name);
        }
        assertThatThrownBy(() -> accounts.loadUserByUsername(name)).isInstanceOf(LockedException.class);
    }
}
