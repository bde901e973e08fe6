package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.DisplayUser;
import com.stretchkiosk.therapist.DeviceService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a client display in by its device credential, with no one at it: a TV's browser that restarts, or whose
 * session ended, opens the display again on its own. It holds only the display's role (base.DisplayUser).
 */
class DisplaySignInFilter extends OncePerRequestFilter {

    /** The cookie that holds an enrolled client display's credential. */
    static final String COOKIE = "kiosk_display";

    private final DeviceService devices;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    DisplaySignInFilter(DeviceService devices) {
        this.devices = devices;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Cookie[] cookies = request.getCookies();
        if (SecurityContextHolder.getContext().getAuthentication() == null && cookies != null) {
            Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                    .flatMap(cookie -> devices.recogniseDisplay(cookie.getValue()))
                    .ifPresent(display -> {
                        DisplayUser user = new DisplayUser(display.id(), display.label());
                        SecurityContext context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(user.authentication());
                        SecurityContextHolder.setContext(context);
                        contexts.saveContext(context, request, response);
                    });
        }
        chain.doFilter(request, response);
    }
}
