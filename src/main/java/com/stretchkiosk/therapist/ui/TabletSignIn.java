package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.ui.Lock;

import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.therapist.Device;
import com.stretchkiosk.therapist.DeviceService;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The tablet's side of sign-in: its device cookie, and switching the signed-in person with a new session id. */
final class TabletSignIn {

    /** The cookie that holds an enrolled tablet's credential. */
    static final String COOKIE = DeviceService.TABLET_COOKIE;
    static final Duration COOKIE_LIFETIME = Duration.ofDays(400);

    private TabletSignIn() {
    }

    /**
     * The enrolled tablet this browser is, if it is one (revoked tablets are not). Without a request (the lock pushed to
     * a second tab of the tablet), the credential this session's browser last showed answers: its cookie is the same.
     */
    static Optional<Device> enrolled(DeviceService devices) {
        VaadinRequest request = VaadinRequest.getCurrent();
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (request == null || request.getCookies() == null) {
            Object seen = session == null ? null : session.getAttribute(SEEN_CREDENTIAL);
            return seen instanceof String credential ? devices.recognise(credential) : Optional.empty();
        }
        Optional<String> credential = Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(Cookie::getValue);
        if (session != null) {
            session.setAttribute(SEEN_CREDENTIAL, credential.orElse(null));
        }
        return credential.flatMap(devices::recognise);
    }

    /** Session attribute: the tablet credential this session's browser showed with its last request (none: not a tablet). */
    private static final String SEEN_CREDENTIAL = "kiosk.tablet-credential-seen";

    /**
     * Enrols this browser as a studio tablet: it gets the credential, and the person signed in on it is from now on
     * signed in on this tablet (the audit log names it, as it does after a PIN).
     */
    static void enrolHere(DeviceService devices, @Nullable String label) {
        String credential = devices.enrol(label);
        remember(credential);
        StudioUser.current().ifPresent(user -> devices.recognise(credential).ifPresent(tablet -> signIn(user.onDevice(tablet.id()))));
    }

    /**
     * Makes this browser a client display: it gets a display's credential, and the manager who did it is signed out
     * of it; from now on it opens only the display's screen, by itself (DisplaySignInFilter).
     */
    static void enrolDisplayHere(DeviceService devices, @Nullable String label) {
        String credential = devices.enrolDisplay(label);
        remember(DisplaySignInFilter.COOKIE, credential);
        devices.recogniseDisplay(credential).ifPresent(display -> {
            signIn(new com.stretchkiosk.base.DisplayUser(display.id(), display.label()).authentication());
        });
    }

    /** Gives this browser its tablet credential: HttpOnly, SameSite=Strict, Secure over HTTPS. */
    static void remember(String credential) {
        remember(COOKIE, credential);
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SEEN_CREDENTIAL, credential);
        }
    }

    private static void remember(String name, String credential) {
        if (!(VaadinResponse.getCurrent() instanceof VaadinServletResponse response)) {
            return;
        }
        Cookie cookie = new Cookie(name, credential);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            cookie.setSecure(request.isSecure());
        }
        response.addCookie(cookie);
    }

    /**
     * Where the tablet was going when it was asked to sign in (a screen it had open when the kiosk restarted, say),
     * as a route; taken, so that it is used once. Empty for the sign-in and lock screens themselves.
     */
    static Optional<String> takeSavedPath() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)
                || !(VaadinResponse.getCurrent() instanceof VaadinServletResponse response)) {
            return Optional.empty();
        }
        var cache = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
        var saved = cache.getRequest(request.getHttpServletRequest(), response.getHttpServletResponse());
        if (saved == null) {
            return Optional.empty();
        }
        cache.removeRequest(request.getHttpServletRequest(), response.getHttpServletResponse());
        java.net.URI uri = java.net.URI.create(saved.getRedirectUrl());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String context = request.getHttpServletRequest().getContextPath();
        if (path.startsWith(context)) {
            path = path.substring(context.length());
        }
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.isEmpty() || path.startsWith("login") || path.startsWith(Lock.LOCK_ROUTE) || path.startsWith("welcome")
                || path.startsWith("VAADIN") ? Optional.empty() : Optional.of(path);
    }

    /** Signs this tablet in as someone, and changes the session id so an old one is worth nothing. */
    static void signIn(StudioUser user) {
        signIn(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static void signIn(org.springframework.security.core.Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && VaadinResponse.getCurrent() instanceof VaadinServletResponse response) {
            new HttpSessionSecurityContextRepository().saveContext(context, request.getHttpServletRequest(),
                    response.getHttpServletResponse());
            if (request.getHttpServletRequest().getSession(false) != null) {
                request.getHttpServletRequest().changeSessionId();
            }
        }
    }
}
