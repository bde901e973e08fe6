package com.stretchkiosk.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The hardening headers on every response, the sign-in page and error pages included: no MIME sniffing,
 * no framing, a referrer that never leaves the kiosk, a Content-Security-Policy, and no caching of app
 * pages (client data must not stay in a tablet's cache). They are set again if a handler resets the
 * response, which Vaadin's page bootstrap does.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebHardening extends OncePerRequestFilter {

    /** Where the studio reaches the kiosk (e.g. https://kiosk.studio.example); empty: redirects stay relative. */
    private final String publicAddress;

    WebHardening(@org.springframework.beans.factory.annotation.Value("${kiosk.public-address:}") String publicAddress) {
        this.publicAddress = publicAddress.endsWith("/") ? publicAddress.substring(0, publicAddress.length() - 1) : publicAddress;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        chain.doFilter(request, new Hardened(response, isStatic(path), publicAddress));
    }

    /**
     * A redirect's target without the host the request named (a forged Host header must never steer a tablet
     * elsewhere): the path, after the configured public address if there is one.
     */
    static String localRedirect(String location, String publicAddress) {
        try {
            java.net.URI uri = new java.net.URI(location);
            if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
                return location;
            }
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            return publicAddress + path;
        } catch (java.net.URISyntaxException e) {
            return publicAddress + "/";
        }
    }

    /**
     * Everything from the kiosk itself and nothing from elsewhere: no other site's scripts, styles, fonts or
     * images, no plugins, no framing, forms only to the kiosk, push over the kiosk's own WebSocket. Vaadin's
     * client needs inline styles and evaluated scripts (it runs the server's {@code executeJs} that way).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Sets the hardening headers on a response; pages and data also get "no-store". */
    static void harden(HttpServletResponse response, boolean staticFile) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        if (!staticFile) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** A response that keeps the headers, even through a reset, and never allows framing. */
    private static final class Hardened extends HttpServletResponseWrapper {

        private final boolean staticFile;
        private final String publicAddress;

        Hardened(HttpServletResponse response, boolean staticFile, String publicAddress) {
            super(response);
            this.staticFile = staticFile;
            this.publicAddress = publicAddress;
            apply();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(localRedirect(location, publicAddress));
        }

        private void apply() {
            harden((HttpServletResponse) getResponse(), staticFile);
        }

        @Override
        public void reset() {
            super.reset();
            apply();
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Location".equalsIgnoreCase(name)) {
                super.setHeader(name, localRedirect(value, publicAddress));
            } else if (!"X-Frame-Options".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"X-Frame-Options".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }

    /** Versioned framework files, WebJars and the kiosk's CSS and icons may be cached; pages and data may not. */
    static boolean isStatic(String path) {
        return path.startsWith("/VAADIN/") || path.startsWith("/kiosk/") || path.equals("/favicon.ico")
                || path.startsWith("/icons/") || path.startsWith("/webjars/");
    }
}
