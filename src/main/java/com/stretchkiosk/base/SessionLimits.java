package com.stretchkiosk.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The hard sign-out. A tablet session ends, whatever happens on it, after an absolute limit (default 12
 * hours); the idle limit is the servlet session timeout (default 15 minutes, with Vaadin's
 * closeIdleSessions so heartbeats do not keep it open). Ending the HTTP session ends the Vaadin session in it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SessionLimits extends OncePerRequestFilter {

    private final Clock clock;
    private final Duration absolute;

    SessionLimits(Clock clock, @Value("${kiosk.security.absolute-session:PT12H}") Duration absolute) {
        this.clock = clock;
        this.absolute = absolute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && expired(session)) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    boolean expired(HttpSession session) {
        return Instant.ofEpochMilli(session.getCreationTime()).plus(absolute).isBefore(clock.instant());
    }
}
