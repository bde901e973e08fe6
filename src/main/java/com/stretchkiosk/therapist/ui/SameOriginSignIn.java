package com.stretchkiosk.therapist.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The password form is posted from the kiosk's own sign-in page, never from another site. Vaadin exempts the
 * form sign-in from Spring's CSRF tokens (its sign-in form cannot carry one), so the kiosk checks what every
 * browser sends with a form post: {@code Sec-Fetch-Site}, else {@code Origin}. A post from another site (a
 * page that would sign a tablet into an attacker's account, or try passwords through the studio's browser)
 * gets 403 and reaches no account.
 */
final class SameOriginSignIn extends OncePerRequestFilter {

    static final String SIGN_IN_PATH = "/login";

    /** The kiosk's origin as the studio reaches it, from kiosk.public-address; empty: the origin the request names. */
    private final String publicOrigin;

    SameOriginSignIn(String publicAddress) {
        this.publicOrigin = publicAddress.isBlank() ? "" : originOf(publicAddress);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equalsIgnoreCase(request.getMethod()) && SIGN_IN_PATH.equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String own = publicOrigin.isEmpty() ? requestOrigin(request) : publicOrigin;
        if (isCrossSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), own)) {
            // Answered here: an error dispatch would pass the security chain again and turn into a redirect.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("This sign-in did not come from the kiosk's own page. Open the kiosk and sign in there.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a sign-in post came from another site. A browser names the site in {@code Sec-Fetch-Site}
     * ("same-origin" for the kiosk's own page); an older one sends {@code Origin} with every cross-site post. A
     * request with neither did not come from a page in a browser, so no other site can have sent it.
     */
    static boolean isCrossSite(@Nullable String fetchSite, @Nullable String origin, String ownOrigin) {
        if (fetchSite != null) {
            return !"same-origin".equalsIgnoreCase(fetchSite.trim());
        }
        if (origin != null) {
            return !origin.trim().equalsIgnoreCase(ownOrigin);
        }
        return false;
    }

    private static String requestOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** scheme://host[:port] of an address such as https://kiosk.studio.example/. */
    static String originOf(String address) {
        URI uri = URI.create(address.trim());
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
