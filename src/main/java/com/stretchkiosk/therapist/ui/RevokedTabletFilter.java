package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.DisplayUser;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.therapist.DeviceService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends, at its next request, every session that was signed in by PIN on a tablet that has since been revoked:
 * a revoked tablet keeps nothing open (the session screen included) and falls back to the password sign-in. A
 * revoked client display's session ends the same way, and its credential signs it in no more.
 */
class RevokedTabletFilter extends OncePerRequestFilter {

    private final DeviceService devices;

    RevokedTabletFilter(DeviceService devices) {
        this.devices = devices;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Long deviceId = authentication == null ? null : switch (authentication.getPrincipal()) {
            case StudioUser user -> user.deviceId();
            case DisplayUser display -> display.deviceId();
            case null, default -> null;
        };
        if (deviceId != null && !devices.isActive(deviceId)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
