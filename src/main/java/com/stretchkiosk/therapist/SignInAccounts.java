package com.stretchkiosk.therapist;

import com.stretchkiosk.base.StudioUser;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password sign-in: finds the account, audits every attempt, and makes a failed attempt wait, so that
 * guessing is slow. Where an attempt comes from (an enrolled tablet, else the browser's address) goes to the
 * {@link SignInThrottle} with the name: a stranger's guesses refuse the stranger, not the person whose name they typed.
 */
@Component
class SignInAccounts implements UserDetailsService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SignInAccounts.class);

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
     * The account to check the password against; while the throttle refuses this name from here, a locked account
     * in its place (Spring Security then refuses it before any password is looked at, as a {@link LockedException}). On
     * an enrolled tablet the account is that tablet's, so that the audit log names the tablet for a password sign-in as
     * it does for a PIN.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        Optional<Device> tablet = tabletCredential().flatMap(devices::recognise);
        if (throttle.refusal(source(tablet), username).isPresent()) {
            return User.withUsername(username).password("{noop}").authorities(List.of()).accountLocked(true).build();
        }
        StudioUser user = therapists.account(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return tablet.map(device -> user.onDevice(device.id())).orElse(user);
    }

    /** Where this sign-in comes from: the enrolled tablet, else the browser's address. */
    String source() {
        return source(tabletCredential().flatMap(devices::recognise));
    }

    private static String source(Optional<Device> tablet) {
        return tablet.map(device -> "tablet " + device.id()).orElseGet(() ->
                RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                        ? "address " + attributes.getRequest().getRemoteAddr() : "unknown");
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
        throttle.succeeded(source(), event.getAuthentication().getName());
        therapists.recordSignIn(event.getAuthentication().getName(), true);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) throws InterruptedException {
        String name = event.getAuthentication().getName();
        String source = source();
        Optional<Duration> refused = event.getException() instanceof LockedException ? throttle.refusal(source, name) : Optional.empty();
        if (refused.isPresent()) {
            // Not counted again: a refusal is the throttle's answer, not a guess that was checked.
            LOG.warn("Password sign-in refused for {} s: too many failed sign-ins for this name from {}",
                    refused.get().toSeconds(), source);
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                attributes.getRequest().getSession().setAttribute(SignInThrottle.REFUSED_FOR, refused.get());
            }
            therapists.recordSignIn(name, false);
            return;
        }
        throttle.failed(source, name);
        therapists.recordSignIn(name, false);
        Thread.sleep(failureDelay.toMillis());
    }
}
