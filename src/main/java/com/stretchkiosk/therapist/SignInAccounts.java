package com.stretchkiosk.therapist;

import com.stretchkiosk.base.StudioUser;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password sign-in: finds the account, audits every attempt, and makes a failed attempt wait, so that
 * guessing is slow.
 */
@Component
class SignInAccounts implements UserDetailsService {

    private final TherapistService therapists;
    private final DeviceService devices;
    private final SignInThrottle throttle;
    private final Duration failureDelay;

    SignInAccounts(TherapistService therapists, DeviceService devices, SignInThrottle throttle,
            @Value("${kiosk.security.failed-sign-in-delay:PT1S}") Duration failureDelay) {
        this.therapists = therapists;
        this.devices = devices;
        this.throttle = throttle;
        this.failureDelay = failureDelay;
    }

    /**
     * The account to check the password against; refused outright while too many sign-ins have failed. On an
     * enrolled tablet the account is that tablet's, so that the audit log names the tablet for a password sign-in
     * as it does for a PIN.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        if (throttle.refuses(username)) {
            throw new LockedException("Too many failed sign-ins: wait, then try again");
        }
        StudioUser user = therapists.account(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return tabletCredential().flatMap(devices::recognise).map(tablet -> user.onDevice(tablet.id())).orElse(user);
    }

    /** The enrolled tablet's credential cookie of the sign-in request, if the browser has one. */
    private static Optional<String> tabletCredential() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getRequest().getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(attributes.getRequest().getCookies()).filter(c -> DeviceService.TABLET_COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst();
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
