package com.stretchkiosk.therapist;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Password sign-in: finds the account, audits every attempt, and makes a failed attempt wait, so that
 * guessing is slow.
 */
@Component
class SignInAccounts implements UserDetailsService {

    private final TherapistService therapists;
    private final SignInThrottle throttle;
    private final Duration failureDelay;

    SignInAccounts(TherapistService therapists, SignInThrottle throttle,
            @Value("${kiosk.security.failed-sign-in-delay:PT1S}") Duration failureDelay) {
        this.therapists = therapists;
        this.throttle = throttle;
        this.failureDelay = failureDelay;
    }

    /** The account to check the password against; refused outright while too many sign-ins have failed. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        if (throttle.refuses(username)) {
            throw new LockedException("Too many failed sign-ins: wait, then try again");
        }
        return therapists.account(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
        therapists.recordSignIn(event.getAuthentication().getName(), true);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) throws InterruptedException {
        throttle.failed(event.getAuthentication().getName());
        therapists.recordSignIn(event.getAuthentication().getName(), false);
        Thread.sleep(failureDelay.toMillis());
    }
}
