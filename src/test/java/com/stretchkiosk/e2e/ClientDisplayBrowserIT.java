package com.stretchkiosk.e2e;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.CLIENT;
import static com.stretchkiosk.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A tablet and its client display, two pages in one Chromium: the manager makes a second browser a display, the
 * tablet shows a code, the display pairs with it and from then on follows the session the tablet's pedal drives,
 * within a second, never showing the client; it catches up after its network drops and goes dark when the tablet
 * locks.
 */
class ClientDisplayBrowserIT extends BrowserTest {


    @Test
    void the_display_follows_the_pedal_driven_session_catches_up_after_a_drop_and_goes_dark_on_lock() {
        context.addInitScript(TabletHand.KEEP_AWAKE);
        enrolTablet(page, "Table " + System.nanoTime());
        long client = db.select(VISIT.CLIENT_ID).from(VISIT).groupBy(VISIT.CLIENT_ID)
                .having(org.jooq.impl.DSL.count().gt(5).and(org.jooq.impl.DSL.count(VISIT.ENDED_AT).eq(org.jooq.impl.DSL.count())))
                .orderBy(VISIT.CLIENT_ID.desc()).limit(1).fetchSingle(VISIT.CLIENT_ID);
        String clientName = db.select(CLIENT.FULL_NAME).from(CLIENT).where(CLIENT.ID.eq(client)).fetchSingle(CLIENT.FULL_NAME);

        // A second browser, a TV's say: a manager signs in on it once and makes it a client display.
        BrowserContext tv = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 720));
        tv.addInitScript(NetworkDrop.SCRIPT);
        try {
            Page display = tv.newPage();
            Page tablet = page;
            page = display;
            signIn();
            page = tablet;
            display.navigate("http://localhost:" + port + "/manager/tablets");
            display.locator(".kiosk-newcomer vaadin-text-field input").fill("Wall TV " + System.nanoTime());
            button(display, "Make this browser a client display").click();
            display.getByLabel(exactly("Code from the tablet")).waitFor();
            display.waitForURL(url -> url.endsWith("/display"), new Page.WaitForURLOptions().setTimeout(2000));
            screenshot(display, "display-pairing");

            // The tablet: a session, and between stretches its pairing code.
            tablet.navigate("http://localhost:" + port + "/clients/" + client);
            button(tablet, "Start session").click();
            button(tablet, "Priya Raman").click();
            button(tablet, "Skip").click();
            button(tablet, "Pair a client display").click();
            String code = tablet.locator(".kiosk-pairing-digits").innerText();
            assertThat(code).matches("[0-9]{3} [0-9]{3}");
            screenshot(tablet, "display-pairing-code");

            display.getByLabel(exactly("Code from the tablet")).fill(code);
            button(display, "Pair with the tablet").click();
            waitForTitle(display, "Relax");
            tablet.locator(".kiosk-display-pairing-panel").getByText("Paired just now", new Locator.GetByTextOptions()).waitFor();
            long visitId = db.select(VISIT.ID).from(VISIT).where(VISIT.CLIENT_ID.eq(client).and(VISIT.ENDED_AT.isNull())).fetchSingle(VISIT.ID);

            // Hands-free: Esc (a clicker's start key) is Next, the first stretch; its name and side reach the display.
            tablet.locator(".kiosk-session").focus();
            tablet.keyboard().press("Escape");
            Locator active = tablet.locator(".kiosk-active:not(.kiosk-away) .kiosk-active-head h2");
            active.waitFor();
            String stretch = active.innerText();
            waitForTitle(display, stretch);
            tablet.keyboard().press("PageUp");   // the hold timer runs, on both screens
            display.waitForFunction("() => ['ready', 'holding'].includes(document.querySelector('.kiosk-display kiosk-hold-timer').dataset.state)",
                    null, new Page.WaitForFunctionOptions().setTimeout(1000));
            tablet.waitForTimeout(1500);
            for (int i = 0; i < 5; i++) {
                assertThat(Math.abs(TabletHand.lag(tablet, display))).as("the display's countdown against the tablet's, ms").isLessThan(100);
                tablet.waitForTimeout(300);
            }
            screenshot(display, "display-stretch");
            tablet.keyboard().press("PageUp");   // stopped early: the display says so
            display.waitForFunction("() => document.querySelector('.kiosk-display kiosk-hold-timer').dataset.state === 'stopped'",
                    null, new Page.WaitForFunctionOptions().setTimeout(1000));
            tablet.keyboard().press("PageDown");   // logged as set
            tablet.locator(".kiosk-feedback-text").getByText("Saved").waitFor();
            assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId))).isEqualTo(1);
            assertThat(display.locator("body").innerText()).doesNotContain(clientName);
            tablet.keyboard().press(".");   // STOP: the client is told to relax
            tablet.locator(".kiosk-stop-panel").waitFor();
            waitForTitle(display, "Relax");
            screenshot(display, "display-relax");
            assertThat(display.locator("body").innerText()).doesNotContain(clientName).doesNotContain("pain").doesNotContain("Pain");

            // The display's network drops; the tablet moves on and starts a hold; the display catches up when it returns.
            tv.setOffline(true);
            NetworkDrop.cut(display);
            tablet.keyboard().press("F5");   // closes the pain-stop panel
            tablet.locator(".kiosk-stop-panel").waitFor(new Locator.WaitForOptions().setState(
                    com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
            tablet.keyboard().press("F5");   // the next side or stretch
            tablet.waitForTimeout(300);
            String next = active.innerText();
            tablet.keyboard().press("PageUp");
            tablet.waitForTimeout(2000);
            long back = System.nanoTime();
            tv.setOffline(false);
            waitForTitle(display, next, 5000);
            display.waitForFunction("() => ['ready', 'holding'].includes(document.querySelector('.kiosk-display kiosk-hold-timer').dataset.state)",
                    null, new Page.WaitForFunctionOptions().setTimeout(5000));
            long caughtUp = (System.nanoTime() - back) / 1_000_000;
            assertThat(caughtUp).as("caught up after the drop, ms").isLessThan(5000);
            System.out.println("The client display caught up " + caughtUp + " ms after its network returned.");
            assertThat(Math.abs(TabletHand.lag(tablet, display))).as("and counts with the tablet again, ms").isLessThan(100);

            // Lock: the display goes dark within a second (its push connection back in place after the drop).
            tablet.waitForTimeout(5000);
            long locked = System.nanoTime();
            button(tablet, "Lock").click();
            waitForTitle(display, "Stretch Kiosk", 1000);
            System.out.println("The client display went dark " + (System.nanoTime() - locked) / 1_000_000 + " ms after the lock.");
            assertThat(display.locator("kiosk-breath-pacer").isVisible()).isFalse();
            screenshot(display, "display-blank");

            // A display whose session is gone (a restart, the 12-hour limit) signs itself in again by its credential.
            tv.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
            display.reload();
            display.locator(".kiosk-display.paired").waitFor();
            waitForTitle(display, "Stretch Kiosk", 5000);

            // The display is nothing but a display: any other address shows the display again.
            display.navigate("http://localhost:" + port + "/clients/" + client);
            display.locator(".kiosk-display").waitFor();
            assertThat(display.url()).doesNotContain("/clients");
            assertThat(display.locator("body").innerText()).doesNotContain(clientName);
        } finally {
            tv.close();
        }
    }

    static void enrolTablet(Page page, String label) {
        page.navigate(page.url().replaceAll("(https?://[^/]+/).*", "$1") + "manager/tablets");
        page.locator(".kiosk-newcomer vaadin-text-field input").fill(label);
        button(page, "Enrol this tablet").click();
        page.getByText(label).first().waitFor();
    }

    private static void waitForTitle(Page display, String title) {
        waitForTitle(display, title, 1000);
    }

    private static void waitForTitle(Page display, String title, int millis) {
        display.locator(".kiosk-display-title", new Page.LocatorOptions().setHasText(exactly(title)))
                .waitFor(new Locator.WaitForOptions().setTimeout(millis));
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
