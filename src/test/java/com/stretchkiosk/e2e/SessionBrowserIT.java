package com.stretchkiosk.e2e;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.PAIN_RATING;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.PAIN_STOP_DETAIL;
import static com.stretchkiosk.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

/**
 * A session at the table in real Chromium at the four tablet sizes: STOP always on screen and never covered,
 * the pain-stop panel on screen, apart from STOP and with its Close far from it, the feedback strip over no
 * control, a double tap on STOP stored once, and the database checked after the taps.
 */
class SessionBrowserIT extends BrowserTest {

    private static final List<int[]> SIZES = List.of(new int[] {1280, 800}, new int[] {1024, 768}, new int[] {800, 1280},
            new int[] {768, 1024});
    /** One stretch per size: three repetitions a side, then sided stretches whose STOP ends their last repetition. */
    private static final List<String> STRETCHES = List.of("Levator scapulae", "Upper trapezius", "Hurdler hamstring",
            "Supine back twist");

    /** Controls whose centre is visible (inside the viewport and every scrolling parent) but belongs to another element. */
    private static final String COVERED_CONTROLS = """
            () => {
              const covered = [];
              const name = e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                  + ' "' + (e.innerText || '').trim().slice(0, 30) + '"';
              for (const c of document.querySelectorAll('vaadin-button, .kiosk-stretch-tile, vaadin-text-field, vaadin-text-area')) {
                let r = c.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;
                let left = Math.max(r.left, 0), top = Math.max(r.top, 0);
                let right = Math.min(r.right, innerWidth), bottom = Math.min(r.bottom, innerHeight);
                for (let p = c.parentElement; p; p = p.parentElement) {
                  const s = getComputedStyle(p);
                  if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
                    const q = p.getBoundingClientRect();
                    left = Math.max(left, q.left); top = Math.max(top, q.top);
                    right = Math.min(right, q.right); bottom = Math.min(bottom, q.bottom);
                  }
                }
                if (right - left < 2 || bottom - top < 2) continue;
                const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
                if (hit && hit !== c && !c.contains(hit) && !hit.contains(c)) covered.push(name(c) + ' under ' + name(hit));
              }
              return covered;
            }""";


    @Test
    void at_every_tablet_size_stop_is_in_reach_and_nothing_covers_a_control() {
        long client = clientWithHistoryAndNoOpenSession(0);
        open("clients/" + client);
        button("Start session").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Who is stretching today?")).waitFor();
        button("Priya Raman").click();
        page.locator(".kiosk-scale-large .kiosk-chip", new Page.LocatorOptions().setHasText("3")).first().click();
        page.getByText("Pick the first stretch on the left.").waitFor();
        long visitId = db.select(VISIT.ID).from(VISIT).where(VISIT.CLIENT_ID.eq(client).and(VISIT.ENDED_AT.isNull())).fetchSingle(VISIT.ID);
        assertThat(db.fetchValue(PAIN_RATING.SCORE, PAIN_RATING.VISIT_ID.eq(visitId))).isEqualTo(3);

        for (int i = 0; i < SIZES.size(); i++) {
            int[] size = SIZES.get(i);
            String name = size[0] + "x" + size[1];
            page.setViewportSize(size[0], size[1]);
            tile(STRETCHES.get(i)).click();
            page.locator(".kiosk-active").waitFor();
            Locator stop = button("STOP — sharp pain");
            assertThat(onScreen(stop, size)).as(name + ": STOP on screen").isTrue();
            assertThat(page.evaluate("() => document.scrollingElement.scrollWidth <= innerWidth")).as(name + ": nothing wider than the screen")
                    .isEqualTo(true);
            assertThat(covered()).as(name + ": no control covered").isEmpty();

            page.locator(".kiosk-active .kiosk-step", new Page.LocatorOptions().setHasText("+1")).click();
            page.locator(".kiosk-log").click();
            page.locator(".kiosk-feedback-text", new Page.LocatorOptions().setHasText(Pattern.compile("^Saved: " + STRETCHES.get(i))))
                    .waitFor();
            assertThat(covered()).as(name + ": the feedback strip covers no control").isEmpty();
            screenshot("session-" + name);

            long stopsBefore = stops(visitId);
            stop.click();
            Locator panel = page.locator(".kiosk-stop-panel");
            panel.waitFor();
            stop.click();
            page.locator(".kiosk-feedback-text", new Page.LocatorOptions().setHasText(Pattern.compile("^Pain stop saved"))).waitFor();
            assertThat(stops(visitId)).as(name + ": a double tap on STOP stores one stop").isEqualTo(stopsBefore + 1);
            assertThat(onScreen(panel, size)).as(name + ": the panel is on screen").isTrue();
            assertThat(distance(panel, stop)).as(name + ": the panel is not under STOP").isPositive();
            Locator close = button("Close");
            assertThat(distance(close, stop)).as(name + ": Close at least 48 px from STOP").isGreaterThanOrEqualTo(48);
            assertThat(onScreen(stop, size)).as(name + ": STOP still on screen").isTrue();
            assertThat(covered()).as(name + ": the panel covers no control").isEmpty();
            button("Neck").click();
            page.locator(".kiosk-saved-mark", new Page.LocatorOptions().setHasText("Saved")).waitFor();
            screenshot("session-pain-stop-" + name);
            close.click();
            panel.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        }

        page.setViewportSize(1280, 800);
        tile("Crocodile pose").click();
        page.locator(".kiosk-active").waitFor();
        Map<?, ?> readable = (Map<?, ?>) page.evaluate("""
                () => {
                  const header = document.querySelector('.kiosk-session-header');
                  const content = document.querySelector('.kiosk-active-content');
                  const steps = document.querySelector('.kiosk-steps');
                  return {
                    headerHeight: header.getBoundingClientRect().height,
                    contentOverflow: content.scrollHeight - content.clientHeight,
                    stepsBottom: steps.getBoundingClientRect().bottom,
                    stepsDrawn: [...steps.querySelectorAll('li')].map(item => item.textContent),
                    contentBottom: content.getBoundingClientRect().bottom,
                    timerDigits: parseFloat(getComputedStyle(document.querySelector('.kiosk-timer-number')).fontSize),
                    pacerFull: document.querySelector('.kiosk-pacer-circle').offsetWidth
                  };
                }""");
        assertThat(((Number) readable.get("headerHeight")).doubleValue()).as("header on one row").isLessThanOrEqualTo(64);
        assertThat(((Number) readable.get("contentOverflow")).doubleValue()).as("no inner scroll at 1280x800").isLessThanOrEqualTo(1);
        assertThat((List<?>) readable.get("stepsDrawn")).as("the stretch's steps, drawn as a numbered list").hasSizeGreaterThanOrEqualTo(4)
                .first().isEqualTo("Client lies face down, forehead resting on stacked hands.");
        assertThat(((Number) readable.get("stepsBottom")).doubleValue()).as("all steps visible")
                .isLessThanOrEqualTo(((Number) readable.get("contentBottom")).doubleValue());
        assertThat(((Number) readable.get("timerDigits")).doubleValue()).as("timer digits").isGreaterThanOrEqualTo(120);
        assertThat(((Number) readable.get("pacerFull")).doubleValue()).as("pacer at full inhale").isGreaterThanOrEqualTo(240);
        screenshot("session");

        button("Client view").click();
        page.locator(".kiosk-active.client-view").waitFor();
        double bigDigits = ((Number) page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.kiosk-timer-number')).fontSize)")).doubleValue();
        assertThat(bigDigits).as("client view digits").isGreaterThan(180);
        assertThat(onScreen(button("STOP — sharp pain"), new int[] {1280, 800})).isTrue();
        screenshot("session-client-view");
        button("Back to recording").click();

        Record stopped = db.selectFrom(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visitId).and(ATTEMPT.OUTCOME.eq("STOPPED_FOR_PAIN")))
                .orderBy(ATTEMPT.ID).limit(1).fetchSingle();
        Record painStop = db.selectFrom(PAIN_STOP).where(PAIN_STOP.ATTEMPT_ID.eq(stopped.get(ATTEMPT.ID))).fetchSingle();
        assertThat(painStop.get(PAIN_STOP.RANGE_AT_STOP)).isEqualTo(stopped.get(ATTEMPT.RANGE_REACHED));
        assertThat(db.fetchValue(PAIN_STOP_DETAIL.BODY_REGION, PAIN_STOP_DETAIL.PAIN_STOP_ID.eq(painStop.get(PAIN_STOP.ID))))
                .isEqualTo("NECK");
    }

    @Test
    void a_tap_on_one_tablet_shows_on_another_tablet_with_the_same_session_within_a_second() {
        long visitId = startSession(clientWithHistoryAndNoOpenSession(1));

        try (var otherTablet = playwright().chromium().launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
                .setExecutablePath(java.nio.file.Path.of(System.getProperty("kiosk.chromium", "/usr/bin/chromium"))).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")))) {
            Page other = otherTablet.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800))
                    .newPage();
            other.navigate("http://localhost:" + port + "/login");
            other.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(MANAGER);
            other.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            other.waitForURL(url -> !url.contains("/login"));
            other.navigate("http://localhost:" + port + "/sessions/" + visitId);
            Locator otherTile = other.locator(".kiosk-stretch-tile", new Page.LocatorOptions().setHasText("Crocodile pose"));
            otherTile.waitFor();
            assertThat(otherTile.getAttribute("class")).doesNotContain("done");

            tile("Crocodile pose").click();
            page.locator(".kiosk-log").click();
            long tapped = System.nanoTime();
            other.waitForFunction("() => document.querySelector('.kiosk-stretch-tile.done') !== null", null,
                    new Page.WaitForFunctionOptions().setTimeout(1000).setPollingInterval(10));
            double millis = (System.nanoTime() - tapped) / 1e6;
            assertThat(otherTile.getAttribute("class")).contains("done");
            assertThat(millis).as("shown on the other tablet within a second").isLessThan(1000);
        }
    }

    @Test
    void a_pedal_and_a_clicker_drive_a_repetition_and_a_stop_without_a_touch_and_a_held_key_records_once() {
        // The browser's wake lock, watched: headless Chromium grants none of its own.
        context.addInitScript("""
                window.kioskWake = [];
                Object.defineProperty(navigator, 'wakeLock', { value: { request: () => { window.kioskWake.push('request');
                    return Promise.resolve({ released: false, type: 'screen', addEventListener() {}, removeEventListener() {},
                        release() { window.kioskWake.push('release'); return Promise.resolve(); } }); } } });""");
        long visitId = startSession(clientWithHistoryAndNoOpenSession(2));
        page.locator(".kiosk-session").focus();
        page.waitForFunction("() => window.kioskWake.includes('request')");

        page.keyboard().press("Escape");   // a clicker's start key: Next, here the first stretch
        Locator active = page.locator(".kiosk-active:not(.kiosk-away)");
        active.waitFor();
        Locator legend = page.locator(".kiosk-key-legend");
        assertThat(legend.innerText()).contains("PgUp").contains(". STOP");
        assertThat(legend.evaluate("e => e.scrollHeight <= e.clientHeight + 1")).as("the whole legend shows, STOP's key too").isEqualTo(true);
        page.keyboard().press("PageUp");   // the left pedal: the hold timer runs
        page.waitForFunction("() => ['ready', 'holding'].includes(document.querySelector('.kiosk-active:not(.kiosk-away) kiosk-hold-timer').dataset.state)");
        page.keyboard().press("PageUp");
        page.waitForFunction("() => document.querySelector('.kiosk-active:not(.kiosk-away) kiosk-hold-timer').dataset.state === 'stopped'");
        // The right pedal held down: the browser repeats it, and the repetition is logged once.
        page.keyboard().down("PageDown");
        page.keyboard().down("PageDown");
        page.keyboard().down("PageDown");
        page.keyboard().up("PageDown");
        page.locator(".kiosk-feedback-text", new Page.LocatorOptions().setHasText(Pattern.compile("^Saved: "))).waitFor();
        page.waitForTimeout(500);
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId))).as("a held pedal logs once").isEqualTo(1);

        // A key typed into the note field is a letter, not a command.
        page.locator(".kiosk-active:not(.kiosk-away) .kiosk-note input").click();
        page.keyboard().type("b.");
        page.waitForTimeout(300);
        assertThat(stops(visitId)).isZero();
        page.locator(".kiosk-session-header h1").click();

        page.keyboard().press(".");   // the clicker's blank-screen key: STOP
        page.locator(".kiosk-stop-panel").waitFor();
        page.locator(".kiosk-feedback-text", new Page.LocatorOptions().setHasText(Pattern.compile("^Pain stop saved"))).waitFor();
        assertThat(stops(visitId)).isEqualTo(1);
        page.keyboard().press("F5");   // Next closes the panel, and the page is not reloaded
        page.locator(".kiosk-stop-panel").waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        assertThat(stops(visitId)).isEqualTo(1);
        screenshot("session-pedal");
        page.locator("vaadin-button.kiosk-lock").click();
        page.waitForFunction("() => window.kioskWake.at(-1) === 'release'");
    }

    @Test
    void a_tap_without_a_connection_is_never_shown_saved_and_is_stored_once_when_it_returns() {
        long visitId = startSession(clientWithHistoryAndNoOpenSession(2));
        tile("Crocodile pose").click();
        page.locator(".kiosk-active .kiosk-step", new Page.LocatorOptions().setHasText("+1")).click();

        context.setOffline(true);
        page.locator(".kiosk-log").click();
        page.waitForTimeout(3000);
        assertThat(page.locator(".kiosk-feedback-text").innerText()).as("nothing shown saved while offline").doesNotContain("Saved");
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId))).isZero();
        context.setOffline(false);
        page.locator(".kiosk-feedback-text", new Page.LocatorOptions().setHasText(Pattern.compile("^Saved: Crocodile pose")))
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(20_000));
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId))).as("the repetition tapped offline, stored once")
                .isEqualTo(1);

        tile("Levator scapulae").click();
        page.locator(".kiosk-active").waitFor();
        context.setOffline(true);
        button("STOP — sharp pain").click();
        button("STOP — sharp pain").click();
        page.waitForTimeout(2000);
        assertThat(page.locator(".kiosk-feedback-text").innerText()).as("no stop shown saved while offline")
                .doesNotContain("Pain stop saved");
        assertThat(stops(visitId)).isZero();
        context.setOffline(false);
        page.locator(".kiosk-stop-panel").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(20_000));
        page.waitForTimeout(1500);
        assertThat(stops(visitId)).as("STOP tapped twice offline, stored once").isEqualTo(1);
    }

    @Test
    void taps_during_an_outage_are_each_stored_as_tapped_or_said_not_stored_and_a_stop_is_never_lost() {
        long visitId = startSession(clientWithHistoryAndNoOpenSession(3));
        var reconnected = new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(20_000);

        // Three repetitions of a three-repetition stretch, tapped with no connection, each with its own chip.
        tile("Levator scapulae").click();
        page.locator(".kiosk-active").waitFor();
        context.setOffline(true);
        chip("Tight").click();
        page.locator(".kiosk-log").click();
        chip("Guarding").click();
        page.locator(".kiosk-log").click();
        // Something set again for the third (a pressure): without it, a third tap on the same label is the same tap.
        pressure(6).click();
        page.locator(".kiosk-log").click();
        page.waitForTimeout(2000);
        assertThat(page.locator(".kiosk-feedback-text").innerText()).as("nothing shown saved while offline").doesNotContain("Saved");
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId))).isZero();
        context.setOffline(false);
        page.locator(".kiosk-feedback-text", new Page.LocatorOptions().setHasText("rep 3")).waitFor(reconnected);
        var stored = db.select(ATTEMPT.REPETITION, ATTEMPT.SIDE, ATTEMPT.NOTE_CHIPS).from(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visitId))
                .orderBy(ATTEMPT.ID).fetch();
        assertThat(stored.getValues(ATTEMPT.REPETITION)).as("three taps, three repetitions").containsExactly(1, 2, 3);
        assertThat(stored.getValues(ATTEMPT.SIDE)).containsOnly("LEFT");
        assertThat(stored.getValues(ATTEMPT.NOTE_CHIPS)).as("each with what was set when it was tapped")
                .containsExactly("TIGHT", "GUARDING", null);

        // Two taps on Log for a one-repetition stretch: the second arrives after the stretch is finished.
        tile("Child's pose").click();
        page.locator(".kiosk-active").waitFor();
        context.setOffline(true);
        page.locator(".kiosk-log").click();
        page.locator(".kiosk-log").click();
        page.waitForTimeout(1500);
        context.setOffline(false);
        page.locator(".kiosk-feedback-text", new Page.LocatorOptions().setHasText("Not saved")).waitFor(reconnected);
        assertThat(page.locator(".kiosk-feedback-text").innerText()).contains("Child's pose");
        screenshot("session-tap-after-finish-not-saved");
        assertThat(page.locator(".kiosk-active").isVisible()).as("the finished stretch's panel waits out of sight").isFalse();
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visitId))).as("the first stored, the second said not stored")
                .isEqualTo(4);

        // Log then STOP on a one-repetition stretch: the STOP arrives after the stretch is finished and is still stored.
        tile("Crocodile pose").click();
        page.locator(".kiosk-active").waitFor();
        context.setOffline(true);
        page.locator(".kiosk-log").click();
        button("STOP — sharp pain").click();
        page.waitForTimeout(1500);
        context.setOffline(false);
        page.locator(".kiosk-stop-panel").waitFor(reconnected);
        assertThat(stops(visitId)).as("a STOP is never lost").isEqualTo(1);
        assertThat(page.locator(".kiosk-feedback-text").innerText()).startsWith("Pain stop saved: Crocodile pose");
        screenshot("session-stop-after-outage");
    }

    @Test
    void a_double_tap_and_taps_on_an_answer_that_does_not_come_store_one_repetition() {
        long visitId = startSession(clientWithHistoryAndNoOpenSession(4));
        tile("Levator scapulae").click();
        page.locator(".kiosk-active").waitFor();
        page.locator(".kiosk-log").dblclick();
        page.locator(".kiosk-feedback-text", new Page.LocatorOptions().setHasText("Levator scapulae")).waitFor();
        page.waitForTimeout(1000);
        assertThat(attempts(visitId)).as("a double tap, one repetition").containsExactly("LEFT 1 COMPLETED null null");

        // The answer does not come (the Wi-Fi is gone): four taps on "Log rep 2" with nothing set in between.
        context.setOffline(true);
        for (int i = 0; i < 4; i++) {
            page.locator(".kiosk-log").click();
            page.waitForTimeout(300);
        }
        context.setOffline(false);
        page.locator(".kiosk-feedback-text", new Page.LocatorOptions().setHasText("rep 2"))
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(20_000));
        page.waitForTimeout(1500);
        assertThat(attempts(visitId)).as("taps on a held answer, one repetition")
                .containsExactly("LEFT 1 COMPLETED null null", "LEFT 2 COMPLETED null null");
    }

    @Test
    void outages_of_3_15_and_70_seconds_keep_every_note_and_value_on_its_own_repetition() {
        int[] outages = {3, 15, 70};
        for (int round = 0; round < outages.length; round++) {
            if (round > 0) {
                // The idle lock covered the last tablet during its outage: the next round starts on a fresh one.
                context.close();
                context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800)
                        .setHasTouch(true));
                page = context.newPage();
                signIn();
            }
            long visitId = startSession(clientWithHistoryAndNoOpenSession(5 + round));
            tile("Levator scapulae").click();
            page.locator(".kiosk-active").waitFor();
            context.setOffline(true);
            for (int rep = 1; rep <= 3; rep++) {
                page.locator(".kiosk-active .kiosk-note input").fill("Outage " + outages[round] + " s, rep " + rep);
                pressure(rep + 3).click();
                page.locator(".kiosk-log").click();
            }
            button("STOP — sharp pain").click();
            page.waitForTimeout(outages[round] * 1000L);
            assertThat(attempts(visitId)).as("nothing stored while the Wi-Fi is gone").isEmpty();
            context.setOffline(false);
            long deadline = System.currentTimeMillis() + 30_000;
            while (attempts(visitId).size() < 4 && System.currentTimeMillis() < deadline) {
                page.waitForTimeout(250);
            }
            page.waitForTimeout(1000);
            assertThat(attempts(visitId)).as("after an outage of %d s", outages[round]).containsExactly(
                    "LEFT 1 COMPLETED 4 Outage " + outages[round] + " s, rep 1",
                    "LEFT 2 COMPLETED 5 Outage " + outages[round] + " s, rep 2",
                    "LEFT 3 COMPLETED 6 Outage " + outages[round] + " s, rep 3",
                    "RIGHT 1 STOPPED_FOR_PAIN null null");
        }
    }

    @Test
    void the_hold_timer_and_the_pacer_run_in_the_browser_in_the_studios_words_and_stop_reports_the_seconds_held() {
        page.clock().install();
        long visitId = startSession(clientWithHistoryAndNoOpenSession(4));
        tile("Crocodile pose").click();
        // The panel is built with the screen and waits out of sight: it shows with the pick's answer.
        page.locator(".kiosk-active").waitFor();
        Locator timer = page.locator(".kiosk-active kiosk-hold-timer");
        Locator number = timer.locator(".kiosk-timer-number");
        Locator label = timer.locator(".kiosk-timer-label");
        assertThat(label.innerText()).isEqualTo("Tap to start");
        assertThat(number.innerText()).isEqualTo("60");
        assertThat(timer.locator(".kiosk-timer-mute").innerText()).isIn("Sound on", "Sound off");

        timer.locator(".kiosk-timer-face").click();
        assertThat(timer.getAttribute("data-state")).isEqualTo("ready");
        assertThat(label.innerText()).isEqualTo("Get ready");
        assertThat(number.innerText()).isEqualTo("3");
        page.clock().runFor(3_200);
        assertThat(timer.getAttribute("data-state")).isEqualTo("holding");
        assertThat(label.innerText()).isEqualTo("Hold");
        // Within the browser tests' 15 s idle lock, which runs on the same (installed) clock.
        page.clock().runFor(8_000);
        assertThat(Integer.parseInt(number.innerText())).as("about 52 of 60 seconds left").isBetween(50, 52);

        Locator pacer = page.locator(".kiosk-active kiosk-breath-pacer");
        assertThat(pacer.locator(".kiosk-pacer-label").innerText()).isEqualTo("Breathe in");
        assertThat(pacer.getAttribute("pace")).isEqualTo("5");
        page.locator(".kiosk-active vaadin-button[aria-label='Slower breathing']").click();
        page.locator(".kiosk-active kiosk-breath-pacer[pace='6']").waitFor();
        assertThat(pacer.evaluate("e => e.style.getPropertyValue('--kiosk-pace')")).isEqualTo("6s");
        page.locator(".kiosk-active vaadin-button[aria-label='Faster breathing']").click();
        page.locator(".kiosk-active vaadin-button[aria-label='Faster breathing']").click();
        page.waitForTimeout(500);
        assertThat(pacer.getAttribute("pace")).as("never faster than 5 s a breath").isEqualTo("5");

        button("STOP — sharp pain").click();
        page.locator(".kiosk-stop-panel").waitFor();
        Integer held = db.select(ATTEMPT.HOLD_SECONDS).from(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visitId)).fetchSingle(ATTEMPT.HOLD_SECONDS);
        assertThat(held).as("the seconds held when STOP was tapped (8 on the clock, and the test's own time)").isBetween(8, 12);
    }

    @Test
    void on_a_slow_wifi_every_tap_shows_at_once_log_says_sending_and_the_kiosks_answer_is_what_stays() {
        long visitId = startSession(clientWithHistoryAndNoOpenSession(3));
        SlowWifi.add(page, 700);
        Locator tile = tile("Levator scapulae");
        tile.click();
        assertThat(tile.getAttribute("data-pending")).as("the tapped tile looks chosen before the answer").isNotNull();
        page.locator(".kiosk-active").waitFor();
        page.locator(".kiosk-stretch-tile[data-pending]").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        // The host's "selected" is set by the kiosk alone: a chip shown chosen while it still says "-1" was drawn by the tap.
        Locator chips = page.locator(".kiosk-active .kiosk-scale-chips");
        pressure(6).click();
        assertThat(pressure(6).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(chips.getAttribute("selected")).as("not answered yet").isEqualTo("-1");
        pressure(7).click();
        assertThat(pressure(7).getAttribute("aria-pressed")).as("a second tap builds on the first").isEqualTo("true");
        assertThat(pressure(6).getAttribute("aria-pressed")).isEqualTo("false");

        Locator range = page.locator(".kiosk-active .kiosk-range-stepper");
        String before = range.locator(".kiosk-range-value").innerText();
        String at = range.getAttribute("at");
        page.locator(".kiosk-active vaadin-button[aria-label='1 more']").click();
        String shown = range.locator(".kiosk-range-value").innerText();
        assertThat(shown).as("the range a tap leads to, at once").isNotEqualTo(before);
        assertThat(range.getAttribute("at")).as("not answered yet").isEqualTo(at);

        chips.and(page.locator("[selected='6']")).waitFor();
        assertThat(pressure(7).getAttribute("aria-pressed")).as("the first answer does not undo the second tap").isEqualTo("true");
        chips.and(page.locator("[selected='7']")).waitFor();
        page.waitForFunction("() => window.Vaadin.connectionState.state === 'connected'");
        assertThat(range.locator(".kiosk-range-value").innerText()).as("the kiosk's answer agrees").isEqualTo(shown);

        Locator log = page.locator(".kiosk-active vaadin-button.kiosk-log");
        log.click();
        assertThat(log.getAttribute("data-sending")).as("taken at once").isNotNull();
        screenshot("session-log-sending-slow-wifi");
        assertThat(log.evaluate("b => getComputedStyle(b.shadowRoot.querySelector('[part=label]'), '::after').content"))
                .asString().startsWith("\"Sending…\"");
        assertThat(log.getAttribute("aria-busy")).isEqualTo("true");
        page.locator(".kiosk-feedback[data-kind='saved']").waitFor();
        assertThat(page.locator(".kiosk-feedback").innerText()).startsWith("Saved");
        page.waitForFunction("() => !document.querySelector('.kiosk-active vaadin-button.kiosk-log[data-sending]')");
        assertThat(attempts(visitId)).containsExactly("LEFT 1 COMPLETED 7 null");
        assertThat(pressure(7).getAttribute("aria-pressed")).as("a fresh repetition, as the kiosk says").isEqualTo("false");
    }

    private long stops(long visitId) {
        return db.fetchCount(PAIN_STOP.join(ATTEMPT).on(ATTEMPT.ID.eq(PAIN_STOP.ATTEMPT_ID)),
                ATTEMPT.VISIT_ID.eq(visitId).and(PAIN_STOP.VOIDED_AT.isNull()));
    }

    @SuppressWarnings("unchecked")
    private List<String> covered() {
        return (List<String>) page.evaluate(COVERED_CONTROLS);
    }

    private static boolean onScreen(Locator element, int[] size) {
        var box = element.boundingBox();
        return box != null && box.x >= 0 && box.y >= 0 && box.x + box.width <= size[0] + 0.5 && box.y + box.height <= size[1] + 0.5;
    }

    /** The gap between two elements' boxes: 0 or less when they touch or overlap. */
    private static double distance(Locator a, Locator b) {
        var p = a.boundingBox();
        var q = b.boundingBox();
        double dx = Math.max(q.x - (p.x + p.width), p.x - (q.x + q.width));
        double dy = Math.max(q.y - (p.y + p.height), p.y - (q.y + q.height));
        return dx > 0 && dy > 0 ? Math.hypot(dx, dy) : Math.max(dx, dy);
    }

    /** The session's standing attempts: side, repetition, outcome, pressure and note, in the order stored. */
    private List<String> attempts(long visitId) {
        return db.select(ATTEMPT.SIDE, ATTEMPT.REPETITION, ATTEMPT.OUTCOME, ATTEMPT.PRESSURE, ATTEMPT.NOTE).from(ATTEMPT)
                .where(ATTEMPT.VISIT_ID.eq(visitId).and(ATTEMPT.VOIDED_AT.isNull())).orderBy(ATTEMPT.ID)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3() + " " + r.value4() + " " + r.value5());
    }

    /** The pressure chip of this value on the stretch panel (exactly: "1" is not "10"). */
    private Locator pressure(int value) {
        return page.locator(".kiosk-active .kiosk-record-row .kiosk-scale-chips .kiosk-chip:text-is('" + value + "')");
    }

    private Locator chip(String label) {
        return page.locator(".kiosk-active .kiosk-chip", new Page.LocatorOptions().setHasText(label));
    }

    private Locator tile(String name) {
        return page.locator(".kiosk-stretch-tile", new Page.LocatorOptions().setHasText(name));
    }

}
