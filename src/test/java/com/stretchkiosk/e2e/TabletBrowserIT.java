package com.stretchkiosk.e2e;

import static com.stretchkiosk.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A shared tablet in Chromium: enrol it, PIN in, open a client, lock, reload and go Back: no client on screen. */
class TabletBrowserIT extends BrowserTest {


    @org.springframework.beans.factory.annotation.Autowired
    com.stretchkiosk.visit.VisitService visits;

    @org.springframework.beans.factory.annotation.Autowired
    com.stretchkiosk.therapist.TherapistService therapists;

    @org.springframework.beans.factory.annotation.Autowired
    com.stretchkiosk.therapist.DeviceService devices;

    @Test
    void after_the_lock_neither_reload_nor_back_shows_a_client() {
        String before = enrolAndPinIn("Table 3", "Jonas Okafor", "582047");
        assertThat(sessionId()).as("a PIN switch changes the session id").isNotEqualTo(before);
        screenshot("tablet-pin-in");

        open("clients/1");
        Locator name = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Björn Becker"));
        name.waitFor();
        button("Lock").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Locked")).waitFor();
        screenshot("tablet-locked");
        assertThat(page.content()).doesNotContain("Björn Becker").doesNotContain("Herniated");

        page.reload();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Locked")).waitFor();
        assertThat(page.content()).doesNotContain("Björn Becker").doesNotContain("Herniated");

        page.goBack();
        page.waitForTimeout(1500);
        assertThat(page.content()).doesNotContain("Björn Becker").doesNotContain("Herniated");
    }

    @Test
    void a_tablet_left_alone_locks_itself_while_pushed_facts_keep_arriving() throws InterruptedException {
        open("clients/7/session");
        page.locator(".kiosk-session, .kiosk-session-start").first().waitFor();
        if (page.locator(".kiosk-session-start").count() > 0) {
            button("Mara Lindqvist").click();
        }
        page.locator(".kiosk-session").waitFor();
        String client = page.locator(".kiosk-session-header h1").innerText();
        long visitId = db.select(VISIT.ID).from(VISIT).where(VISIT.CLIENT_ID.eq(7L).and(VISIT.ENDED_AT.isNull())).fetchSingle(VISIT.ID);
        // Another tablet keeps recording in the same session: its facts arrive by push, which is not a touch.
        var otherTablet = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        var score = new java.util.concurrent.atomic.AtomicInteger();
        otherTablet.scheduleAtFixedRate(() -> visits.recordPain(java.util.UUID.randomUUID(), visitId,
                com.stretchkiosk.visit.PainMoment.BEFORE, score.incrementAndGet() % 10), 0, 2, java.util.concurrent.TimeUnit.SECONDS);
        try {
            page.getByText("Pain before: 2/10").waitFor();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Locked"))
                    .waitFor(new Locator.WaitForOptions().setTimeout(IDLE_LOCK.toMillis() + 15_000));
        } finally {
            otherTablet.shutdownNow();
            otherTablet.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(page.content()).doesNotContain(client);
    }

    @Test
    void the_lock_is_the_tablets_every_tab_and_download_locks_with_it() {
        open("clients/1");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Björn Becker")).waitFor();
        String csv = "http://localhost:" + port + "/" + page.locator("a.kiosk-download").first().getAttribute("href");
        Page print = context.newPage();
        print.navigate("http://localhost:" + port + "/clients/1/history");
        print.getByText("Björn Becker").first().waitFor();
        var unlocked = context.request().get(csv);
        assertThat(unlocked.status()).as("the download works while the tablet is unlocked").isEqualTo(200);
        assertThat(unlocked.text()).contains("Björn Becker");

        button("Lock").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Locked")).waitFor();
        print.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Locked"))
                .waitFor(new Locator.WaitForOptions().setTimeout(5000));
        print.waitForFunction("() => !document.title.includes('Björn')", null, new Page.WaitForFunctionOptions().setTimeout(2000));
        assertThat(print.content()).as("the other tab locked too").doesNotContain("Björn Becker");
        var download = context.request().get(csv);
        assertThat(download.text()).as("a download link kept in a tab gives nothing while locked").doesNotContain("Björn");
        assertThat(download.status()).isNotEqualTo(200);
    }

    @Test
    void a_tablet_without_a_connection_still_hides_the_client_after_the_idle_time() {
        open("clients/1");
        Locator name = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Björn Becker"));
        name.waitFor();
        context.setOffline(true);
        try {
            page.waitForCondition(() -> !name.isVisible(), new Page.WaitForConditionOptions().setTimeout(IDLE_LOCK.toMillis() + 10_000));
            assertThat((Boolean) page.evaluate("() => document.documentElement.classList.contains('kiosk-idle-covered')")).isTrue();
            screenshot("tablet-offline-covered");
        } finally {
            context.setOffline(false);
        }
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Locked"))
                .waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        assertThat(page.content()).doesNotContain("Björn Becker");
    }

    @Test
    void a_revoked_tablet_loses_its_open_session_at_its_next_request() {
        enrolAndPinIn("Table 9", "Mara Lindqvist", "638194");
        open("clients/1");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Björn Becker")).waitFor();

        long tablet = db.select(com.stretchkiosk.db.Tables.DEVICE.ID).from(com.stretchkiosk.db.Tables.DEVICE)
                .where(com.stretchkiosk.db.Tables.DEVICE.LABEL.eq("Table 9")).fetchSingle(com.stretchkiosk.db.Tables.DEVICE.ID);
        var manager = therapists.account(MANAGER).orElseThrow();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(manager, null,
                        manager.getAuthorities()));
        try {
            devices.revoke(tablet);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }

        // The next request of the tablet (a tap, a heartbeat, a reload) ends its session.
        page.reload();
        page.getByText("Managers sign in with their password.").waitFor();
        assertThat(page.content()).doesNotContain("Björn Becker");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext web;

    @Test
    void after_a_restart_of_the_kiosk_the_tablet_asks_for_a_pin_and_returns_to_the_open_session() {
        enrolAndPinIn("Table 5", "Jonas Okafor", "749315");
        long client = db.select(VISIT.CLIENT_ID).from(VISIT).groupBy(VISIT.CLIENT_ID)
                .having(org.jooq.impl.DSL.count(VISIT.ENDED_AT).eq(org.jooq.impl.DSL.count()))
                .orderBy(VISIT.CLIENT_ID.desc()).limit(1).fetchSingle(VISIT.CLIENT_ID);
        open("clients/" + client);
        button("Start session").click();
        button("Skip").click();
        page.getByText("Pick the first stretch on the left.").waitFor();
        String sessionPath = page.url().substring(page.url().indexOf("/sessions/"));

        // What a restart does to a tablet: every HTTP session the kiosk held is gone.
        var tomcat = (org.springframework.boot.tomcat.TomcatWebServer) web.getWebServer();
        for (var container : tomcat.getTomcat().getHost().findChildren()) {
            for (var httpSession : ((org.apache.catalina.Context) container).getManager().findSessions()) {
                httpSession.expire();
            }
        }
        page.locator(".kiosk-stretch-tile").first().click();

        Locator pinPad = page.locator(".kiosk-pin-pad");
        try {
            pinPad.waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        } catch (com.microsoft.playwright.TimeoutError stuck) {
            // Seen in CI under load: Vaadin's client missed the expired session's reload and the idle lock covered the
            // page ("Locked"); a therapist reloads it. Still to be looked into (README, "Tests").
            page.reload();
            pinPad.waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        }
        screenshot("tablet-after-restart");
        button("Jonas Okafor").click();
        for (char digit : "749315".toCharArray()) {
            button(String.valueOf(digit)).click();
        }
        button("OK").click();
        // Back in the session that was open, as stored: the skipped pain-before question stored nothing, so it is asked again.
        button("End session").waitFor();
        screenshot("tablet-back-in-session-after-restart");
        assertThat(page.url()).endsWith(sessionPath);
    }

    /**
     * As the manager: enrols this browser as a tablet and sets a therapist's PIN; then signs out and switches in
     * by that PIN. Returns the session id from just before the PIN was confirmed.
     */
    private String enrolAndPinIn(String tablet, String therapist, String pin) {
        open("manager/tablets");
        page.getByLabel("Name of this tablet (e.g. Table 2)").fill(tablet);
        button("Enrol this tablet").click();
        page.getByText("This browser is the enrolled tablet “" + tablet + "”.").waitFor();
        open("manager/therapists");
        Locator row = page.locator(".kiosk-therapist-row", new Page.LocatorOptions().setHasText(therapist));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Set PIN")).click();
        row.getByLabel("New PIN").fill(pin);
        row.getByLabel("PIN again").fill(pin);
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save PIN")).click();
        page.locator(".kiosk-therapist-row", new Page.LocatorOptions().setHasText(therapist)).getByText("PIN set").waitFor();
        button("Sign out").click();
        button(therapist).click();
        for (char digit : pin.toCharArray()) {
            button(String.valueOf(digit)).click();
        }
        String before = sessionId();
        button("OK").click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Find a client")).waitFor();
        return before;
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
    }

}
