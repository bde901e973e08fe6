package com.stretchkiosk.e2e;

import static com.stretchkiosk.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Signing in and the web hardening a browser sees. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void a_strangers_twenty_wrong_passwords_pause_the_stranger_and_never_lock_the_manager_out() {
        // The stranger's browser reaches the kiosk at another of this machine's addresses: another source, as another
        // device on the studio's Wi-Fi would be.
        var stranger = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800));
        Page guessing = stranger.newPage();
        int refusedBefore = db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGN_IN_FAILED"));
        for (int i = 0; i < 20; i++) {
            guess(guessing, "guess number " + i);
        }
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGN_IN_FAILED"))).as("every attempt audited")
                .isEqualTo(refusedBefore + 20);
        guess(guessing, PASSWORD);
        guessing.getByText("Sign-in paused here").waitFor();
        assertThat(guessing.getByText(Pattern.compile("not checking passwords for it here for about 1[45] min")).count()).isOne();
        guessing.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sign-in-paused.png")));
        stranger.close();

        // The manager, at the studio's own computer, signs in as always.
        context.close();
        context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800));
        page = context.newPage();
        signIn();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Find a client")).waitFor();
    }

    private void guess(Page guessing, String password) {
        guessing.navigate("http://127.0.0.2:" + port + "/login");
        guessing.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(MANAGER);
        guessing.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        guessing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        guessing.getByText(Pattern.compile("Name or password is not right|Too many wrong passwords")).waitFor();
    }

    @Test
    void a_wrong_password_is_refused_audited_and_the_right_one_lets_in() {
        // A browser that was never enrolled (the first sign-in of the test run enrols the tablet that made the manager).
        context.close();
        context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800)
                .setHasTouch(true));
        page = context.newPage();
        open("login");
        page.getByText("Managers sign in with their password.").waitFor();
        assertThat(page.locator(".kiosk-pin-pad").count()).as("a browser that is not enrolled: password only").isZero();
        int failedBefore = db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGN_IN_FAILED"));

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(MANAGER);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not the password at all");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.getByText("Name or password is not right.").waitFor();
        screenshot("sign-in-refused");
        assertThat(page.content()).doesNotContain("Björn Becker");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGN_IN_FAILED").and(AUDIT_EVENT.OUTCOME.eq("DENIED"))))
                .isEqualTo(failedBefore + 1);

        String before = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
        signIn();
        String after = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
        assertThat(after).as("signing in changes the session id").isNotEqualTo(before);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Find a client")).waitFor();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGNED_IN"))).isPositive();
    }

    @Test
    void every_manager_screen_is_two_taps_from_the_client_list_in_both_orientations() {
        for (int[] size : new int[][] {{1280, 800}, {800, 1280}}) {
            page.setViewportSize(size[0], size[1]);
            for (String[] screen : new String[][] {{"Catalog", "Stretch catalog"}, {"Therapists", "Therapists"}, {"Tablets", "Tablets"},
                    {"Backups", "Backups"}, {"Figures", "Studio figures"}, {"Audit log", "Audit log"}}) {
                open("");
                page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Find a client")).waitFor();
                page.waitForTimeout(300);
                int taps = 0;
                Locator item = page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(screen[0]));
                if (!item.isVisible()) {
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Manager screens")).click();
                    taps++;
                }
                item.click();
                taps++;
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(screen[1]).setExact(true)).waitFor();
                assertThat(taps).as(screen[0] + " at " + size[0] + "×" + size[1]).isLessThanOrEqualTo(2);
                assertThat(page.evaluate("() => document.scrollingElement.scrollWidth <= innerWidth")).isEqualTo(true);
                if (size[0] < size[1]) {
                    // In portrait the drawer lies over the page: choosing a screen closes it.
                    page.waitForTimeout(400);
                    assertThat(item.isVisible()).as("the drawer closes on " + screen[0]).isFalse();
                }
            }
        }
        page.setViewportSize(1280, 800);
    }

    @Test
    void a_tablet_can_install_the_kiosk_from_its_manifest_and_open_it_full_screen() {
        var request = playwright().request().newContext();
        try {
            var manifest = request.get("http://localhost:" + port + "/kiosk/manifest.json");
            assertThat(manifest.status()).as("the manifest needs no sign-in").isEqualTo(200);
            var json = new tools.jackson.databind.ObjectMapper().readTree(manifest.text());
            assertThat(json.get("display").asString()).isEqualTo("fullscreen");
            assertThat(json.get("start_url").asString()).isEqualTo("/");
            for (var icon : json.get("icons")) {
                var file = request.get("http://localhost:" + port + "/kiosk/" + icon.get("src").asString());
                assertThat(file.status()).as(icon.toString()).isEqualTo(200);
            }
        } finally {
            request.dispose();
        }
        open("");
        assertThat(page.locator("link[rel=manifest]").getAttribute("href")).isEqualTo("kiosk/manifest.json");
        assertThat(page.evaluate("() => getComputedStyle(document.body).touchAction")).as("no double-tap zoom").isEqualTo("manipulation");
    }

    @Test
    void the_manager_screens_open_for_a_manager() {
        for (String[] screen : new String[][] {{"manager/figures", "Studio figures"}, {"manager/catalog", "Stretch catalog"},
                {"manager/backups", "Backups"}, {"manager/therapists", "Therapists"}, {"manager/audit", "Audit log"}}) {
            open(screen[0]);
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(screen[1]).setExact(true)).waitFor();
            if (screen[0].equals("manager/figures")) {
                // Chart.js has drawn every chart, each with its text alternative.
                page.waitForFunction("() => [...document.querySelectorAll('.kiosk-chart-holder')].every(h => h.kioskChart)");
                assertThat(page.locator(".kiosk-chart-holder canvas[role=img][aria-label]").count()).isEqualTo(2);
                page.setViewportSize(800, 1280);
                screenshot("manager-figures-portrait");
                page.setViewportSize(1280, 800);
            }
            screenshot(screen[0].replace('/', '-'));
        }
        open("manager/backups");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back up now")).waitFor();
    }

    @Test
    void a_bad_session_address_shows_a_calm_page_with_a_way_back() {
        for (String path : new String[] {"sessions/99999999999999999999999", "sessions/-3", "sessions/987654",
                "clients/987654/session", "clients/abc", "clients/-1", "clients/987654/history", "visits/abc", "visits/987654"}) {
            page.navigate("http://localhost:" + port + "/" + path);
            page.locator("h1").first().waitFor();
            String heading = page.locator("h1").first().innerText();
            assertThat(heading).as(path).isIn("This session does not exist.", "This client does not exist or has been archived.",
                    "There is no screen at this address.");
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Back to clients")).isVisible()).as(path).isTrue();
            assertThat(page.content()).as(path).doesNotContain("Exception").doesNotContain("Internal error");
        }
    }

    @Test
    void responses_carry_the_hardening_headers_and_no_internals() {
        var http = playwright().request().newContext();
        try {
            APIResponse login = http.get(url("login"));
            assertHardened(login.headers());
            assertThat(login.headers().get("cache-control")).contains("no-store");
            assertThat(context.request().get(url("")).headers().get("cache-control")).as("an app page, signed in").contains("no-store");

            APIResponse app = http.get(url("clients/1"), RequestOptions.create().setMaxRedirects(0));
            assertHardened(app.headers());
            assertThat(app.status()).as("not signed in: sent to the sign-in").isEqualTo(302);

            APIResponse missing = context.request().get(url("VAADIN/no-such-file.js"));
            assertThat(missing.status()).as("signed in, a missing file is an error page").isBetween(400, 499);
            assertHardened(missing.headers());
            assertThat(missing.text()).doesNotContain("Exception").doesNotContain("Tomcat").doesNotContain("at com.");
            assertThat(missing.headers()).doesNotContainKey("server");
            var signIn = http.get(url("login"));
            assertThat(signIn.text()).as("the session id travels in the cookie only").doesNotContainIgnoringCase("jsessionid");
            assertThat(signIn.url()).doesNotContainIgnoringCase("jsessionid");
        } finally {
            http.dispose();
        }
        for (var cookie : context.cookies()) {
            if (cookie.name.equals("JSESSIONID")) {
                assertThat(cookie.httpOnly).isTrue();
                assertThat(cookie.sameSite.name()).isIn("STRICT", "LAX");
            }
        }
    }

    @Test
    void a_forged_host_header_never_steers_a_redirect() throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /clients/1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(response).startsWith("HTTP/1.1 302").containsIgnoringCase("Location: /login")
                    .doesNotContainIgnoringCase("evil.example");
        }
    }

    @Test
    void a_sign_in_posted_from_another_site_reaches_no_account() {
        var http = playwright().request().newContext();
        try {
            var form = com.microsoft.playwright.options.FormData.create().set("username", MANAGER).set("password", PASSWORD);
            APIResponse forged = http.post(url("login"), RequestOptions.create().setForm(form).setMaxRedirects(0)
                    .setHeader("Origin", "http://evil.example"));
            assertThat(forged.status()).as("Origin of another site").isEqualTo(403);
            APIResponse fetched = http.post(url("login"), RequestOptions.create().setForm(form).setMaxRedirects(0)
                    .setHeader("Sec-Fetch-Site", "cross-site"));
            assertThat(fetched.status()).as("Sec-Fetch-Site cross-site").isEqualTo(403);
            assertThat(http.get(url("clients/1"), RequestOptions.create().setMaxRedirects(0)).status())
                    .as("still not signed in").isEqualTo(302);
        } finally {
            http.dispose();
        }

        // A real page of another origin that posts the form, as an attacker's page would in the studio's browser.
        var stranger = browser().newContext();
        try {
            Page evil = stranger.newPage();
            evil.setContent("<form method=post action='" + url("login") + "'><input name=username value='" + MANAGER
                    + "'><input name=password value='" + PASSWORD + "'><button>go</button></form>");
            var answer = evil.waitForResponse(r -> r.url().endsWith("/login") && "POST".equals(r.request().method()),
                    () -> evil.locator("button").click());
            assertThat(answer.status()).isEqualTo(403);
            evil.navigate(url("clients/1"));
            evil.getByText("Managers sign in with their password.").waitFor();
        } finally {
            stranger.close();
        }
    }

    @Test
    void the_containers_own_error_pages_carry_the_hardening_headers() throws Exception {
        for (String requestLine : new String[] {"GET /%zz HTTP/1.1", "GET /clients/%00 HTTP/1.1", "GET /a|b{c} HTTP/1.1"}) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(response).as(requestLine).startsWith("HTTP/1.1 400")
                        .containsIgnoringCase("X-Content-Type-Options: nosniff").containsIgnoringCase("X-Frame-Options: DENY")
                        .containsIgnoringCase("Content-Security-Policy: default-src 'self'")
                        .containsIgnoringCase("Referrer-Policy: same-origin")
                        .doesNotContain("Tomcat").doesNotContain("Exception");
            }
        }
    }

    private static void assertHardened(Map<String, String> headers) {
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
        assertThat(headers.get("referrer-policy")).isEqualTo("same-origin");
        assertThat(headers.get("content-security-policy")).contains("default-src 'self'").contains("frame-ancestors 'none'")
                .contains("object-src 'none'").doesNotContain("*");
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
