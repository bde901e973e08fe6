package com.stretchkiosk.chain;

import com.stretchkiosk.audit.AuditAction;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's door, before anything reads a body: a body over the limit is refused (413) unread, a credential the hub
 * did not issue or has revoked is refused (401), a studio that asks about people too often waits (429); every other
 * refusal on the way in is answered here in JSON too ({@link HubProtocol.Problem}), never with a sign-in page, and a
 * studio's mistake never leaves a stack trace in the log. What passes carries its studio as a request attribute.
 */
class HubDoor extends OncePerRequestFilter {

    static final String STUDIO = "com.stretchkiosk.chain.HubDoor.studio";
    private static final Logger log = LoggerFactory.getLogger(HubDoor.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HubService hub;
    private final long maxBody;

    HubDoor(HubService hub, long maxBody) {
        this.hub = hub;
        this.maxBody = maxBody;
    }

    /** A body read past the limit (one sent without its length): the hub stops reading and answers 413. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The body is larger than the hub takes (" + limit + " bytes).");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBody) {
            answer(response, 413, "The body holds " + length + " bytes; the hub takes at most " + maxBody + ".");
            return;
        }
        AuditAction asked = askedBy(request);
        if (asked == null) {
            answer(response, 404, "The hub has no such door: " + request.getMethod() + " " + request.getRequestURI());
            return;
        }
        String authorization = request.getHeader("Authorization");
        String credential = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : null;
        Optional<ChainStudio> studio = hub.studioOf(credential, asked);
        if (studio.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            answer(response, 401, "This credential is not one the hub issued, or it was revoked.");
            return;
        }
        if (asked != AuditAction.HUB_RECEIVED) {
            try {
                hub.limit(studio.get(), asked);
            } catch (HubRateLimitedException limited) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
                answer(response, 429, String.valueOf(limited.getMessage()));
                return;
            }
        }
        request.setAttribute(STUDIO, studio.get());
        JsonErrors answering = new JsonErrors(response);
        try {
            chain.doFilter(new LimitedBody(request, maxBody), answering);
        } catch (ServletException | RuntimeException fault) {
            // The hub's own fault (a studio's mistakes are answered by HubController's advice): logged, answered in JSON.
            log.error("The hub failed on {} {}", request.getMethod(), request.getRequestURI(), fault);
            if (!response.isCommitted()) {
                response.resetBuffer();
                answer(response, 500, "The hub could not do this now; the studio will try again.");
            }
        }
    }

    /** What a request asks, by its method and path; null for a door the hub does not have. */
    private static @Nullable AuditAction askedBy(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (path.equals(HubProtocol.RECORDS_PATH)) {
            return method.equals("POST") ? AuditAction.HUB_RECEIVED : null;
        }
        if (path.equals(HubProtocol.CLIENTS_PATH)) {
            return method.equals("GET") ? AuditAction.HUB_CLIENTS_SEARCHED : null;
        }
        if (!path.startsWith(HubProtocol.CLIENTS_PATH + "/")) {
            return null;
        }
        String rest = path.substring(HubProtocol.CLIENTS_PATH.length() + 1);
        if (method.equals("GET") && rest.endsWith("/cautions")) {
            return AuditAction.HUB_CAUTIONS_READ;
        }
        if (method.equals("GET") && rest.endsWith("/record")) {
            return AuditAction.HUB_RECORD_READ;
        }
        if (method.equals("POST") && rest.endsWith("/link")) {
            return AuditAction.HUB_CLIENT_LINKED;
        }
        return null;
    }

    static void answer(HttpServletResponse response, int status, String problem) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(new HubProtocol.Problem(problem)));
        response.flushBuffer();
    }

    /** Answers the framework's own refusals (a wrong media type, a wrong method) in JSON instead of an error page. */
    private static final class JsonErrors extends HttpServletResponseWrapper {

        JsonErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            answer((HttpServletResponse) getResponse(), status, message == null || message.isBlank() ? reason(status) : message);
        }

        @Override
        public void sendError(int status) throws IOException {
            answer((HttpServletResponse) getResponse(), status, reason(status));
        }

        private static String reason(int status) {
            return switch (status) {
                case 400 -> "The request is not what the hub's protocol says.";
                case 404 -> "The hub has no such door.";
                case 405 -> "The hub's door does not take this method.";
                case 406 -> "The hub answers in JSON.";
                case 415 -> "The hub takes JSON (Content-Type: application/json).";
                default -> "The hub refused the request (" + status + ").";
            };
        }
    }

    /** The request's body, read at most to the limit. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws TooLarge {
                    read += n;
                    if (read > limit) {
                        throw new TooLarge(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
