package com.stretchkiosk.e2e;

import static com.stretchkiosk.db.Tables.VISIT;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.stretchkiosk.therapist.TherapistService;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A walk through every screen of the kiosk as a manager, then a therapist, on the demo studio: each screen is
 * handed to {@link #atScreen} once it has drawn. It finds its way by the kiosk's classes and the studio's data,
 * never by translated words, so that it runs with any translations.
 */
abstract class ScreenTour extends BrowserTest {


    @Autowired
    TherapistService therapists;

    @Autowired
    com.stretchkiosk.therapist.DeviceService devices;

    /** Called on each screen, named as its screenshot is (client-briefing, session-pain-stop, ...). */
    abstract void atScreen(String name);

    void tour() {
        long visitId = db.select(DSL.max(VISIT.ID)).from(VISIT).where(VISIT.CLIENT_ID.eq(1L).and(VISIT.ENDED_AT.isNotNull()))
                .fetchSingle().value1();
        visit("clients", "");
        visit("client-briefing", "clients/1");
        visit("client-editor", "clients/new");
        visit("visit-record", "visits/" + visitId);
        visit("summary", "clients/1/history");
        visit("catalog", "manager/catalog");
        page.locator(".kiosk-catalog > vaadin-button.kiosk-primary").click();
        page.locator(".kiosk-catalog vaadin-text-field").first().waitFor();
        atScreen("catalog-editor");
        visit("therapists", "manager/therapists");
        visit("tablets", "manager/tablets");
        // This browser becomes a tablet of its own, so that the lock screen below shows the PIN pad.
        String tablet = "Tour tablet " + System.nanoTime();
        page.locator(".kiosk-newcomer vaadin-text-field input").fill(tablet);
        page.locator(".kiosk-newcomer vaadin-button").first().click();
        page.getByText(tablet).first().waitFor();
        visit("tablet-keys", "manager/tablets");
        visit("backups", "manager/backups");
        visit("figures", "manager/figures");
        visit("audit-log", "manager/audit");
        visit("studio-chain", "manager/chain");
        visit("not-found", "no/such/page");

        long client = clientWithoutOpenSession();
        visit("session-start", "clients/" + client + "/session");
        button("Priya Raman").click();
        page.locator(".kiosk-session").waitFor();
        atScreen("session-pain-before");
        page.locator("vaadin-button.kiosk-pain-skip").click();
        page.locator(".kiosk-session-prompt").waitFor();
        atScreen("session");
        page.locator(".kiosk-stretch-tile").first().click();
        page.locator(".kiosk-active:not(.kiosk-away)").waitFor();
        atScreen("session-stretch");
        page.locator("vaadin-button.kiosk-stop").click();
        page.locator(".kiosk-stop-panel").waitFor();
        atScreen("session-pain-stop");
        page.locator("vaadin-button.kiosk-stop-panel-close").click();
        page.locator(".kiosk-stop-panel").waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        page.locator("vaadin-button.kiosk-session-end").click();
        page.locator(".kiosk-session-end-panel").waitFor();
        atScreen("session-end");

        therapists.activeTherapists().stream().filter(t -> t.displayName().equals("Priya Raman"))
                .forEach(priya -> therapists.setPin(priya.id(), "270519", "270519"));
        page.locator("vaadin-button.kiosk-lock").click();
        page.locator(".kiosk-lock-screen h1").waitFor();
        atScreen("locked");
        button("Priya Raman").click();
        page.locator(".kiosk-pin-keys").waitFor();
        atScreen("locked-pin");
        for (char digit : "270519".toCharArray()) {
            button(String.valueOf(digit)).click();
        }
        page.locator("vaadin-button.kiosk-pin-ok").click();
        page.waitForURL(url -> !url.contains("/" + com.stretchkiosk.base.ui.Lock.LOCK_ROUTE));
        page.locator(".kiosk-session").waitFor();
        // A therapist on a manager's screen: the calm refusal.
        visit("access-denied", "manager/figures");

        // A dim studio: this tablet set dark (as a manager does on Tablets); the session between stretches and during one.
        devices.devices().stream().filter(d -> d.label().equals(tablet)).forEach(d -> devices.setDark(d.id(), true));
        open("clients/" + client);
        page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
        button("Resume the open session").click();
        page.locator(".kiosk-session-prompt").waitFor();   // the session has a stop: it resumes between stretches
        button("Pair a client display").click();
        String code = page.locator(".kiosk-pairing-digits").innerText();
        atScreen("session-dark");

        // A second browser becomes the client display, pairs with this tablet's code, and follows the session.
        try (BrowserContext tv = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page tabletPage = page;
            page = tv.newPage();
            signIn();
            open("manager/tablets");
            page.locator(".kiosk-newcomer vaadin-text-field input").fill("Tour display " + System.nanoTime());
            button("Make this browser a client display").click();
            page.locator(".kiosk-display-code").waitFor();
            atScreen("display-pairing");
            page.locator(".kiosk-display-code input").fill(code);
            button("Pair with the tablet").click();
            page.locator(".kiosk-display-title", new Page.LocatorOptions().setHasText("Relax")).waitFor();
            atScreen("display-relax");
            Page display = page;
            page = tabletPage;
            page.locator(".kiosk-stretch-tile").first().click();
            page.locator(".kiosk-active:not(.kiosk-away)").waitFor();
            page.locator(".kiosk-active:not(.kiosk-away) .kiosk-timer-face").click();
            atScreen("session-stretch-dark");
            page = display;
            page.locator(".kiosk-display kiosk-hold-timer[data-state='holding']").waitFor();
            atScreen("display-stretch");
            tabletPage.locator("vaadin-button.kiosk-lock").click();
            page.locator(".kiosk-display.blank").waitFor();
            atScreen("display-blank");
            page = tabletPage;
        }

        try (BrowserContext signedOut = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setHasTouch(true))) {
            Page before = page;
            page = signedOut.newPage();
            visit("sign-in", "login");
            page = before;
        }
    }

    /**
     * A hand on the screen every few seconds, as a person working at it: the checks of one screen take longer than
     * the browser tests' 15 s idle lock (which TabletBrowserIT proves). A still wheel event, which moves nothing.
     */
    @BeforeEach
    void keepAwake() {
        context.addInitScript(TabletHand.KEEP_AWAKE);
        page.evaluate("() => " + TabletHand.KEEP_AWAKE);
    }

    private void visit(String name, String path) {
        open(path);
        page.locator("h1").first().waitFor();
        atScreen(name);
    }

    private long clientWithoutOpenSession() {
        return db.select(VISIT.CLIENT_ID).from(VISIT).groupBy(VISIT.CLIENT_ID)
                .having(DSL.count().gt(3).and(DSL.count(VISIT.ENDED_AT).eq(DSL.count())))
                .orderBy(VISIT.CLIENT_ID.desc()).limit(1).fetchSingle(VISIT.CLIENT_ID);
    }

    /** A button by its name; names here are the studio's data or digits, which no translation changes. */
}
