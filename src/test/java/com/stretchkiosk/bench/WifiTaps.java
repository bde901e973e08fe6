package com.stretchkiosk.bench;

import static com.stretchkiosk.db.Tables.VISIT;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.stretchkiosk.e2e.HeadlessChromium;
import com.stretchkiosk.e2e.SlowWifi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A finger on a slow Wi-Fi (issue 27): with 0, 150 and 400 ms added to every round trip by Chromium's network emulation,
 * from a tap until the screen shows it (the frame after a pressure chip shows as chosen, or Log shows "Sending…") and
 * from Log until the strip says "Saved" (after the commit). The tap's state is drawn in the browser, so it should not
 * depend on the round trip at all; "Saved" waits for it, as it must.
 */
final class WifiTaps {

    static final double SHOWN_TARGET_MILLIS = 50;
    private static final int[] LATENCIES = {0, 150, 400};
    private static final int WARM_UP = 5;
    private static final int RUNS = 30;

    /**
     * Taps and resolves with [tap → the frame after the change, tap → "Saved" or -1]: the change is the chip's
     * aria-pressed, or the button's data-sending; "Saved" is a new text in the strip with data-kind "saved".
     */
    private static final String TIME_TAP = """
            async ([click, index, changes, saved]) => {
              const target = document.querySelectorAll(click)[index];
              const strip = document.querySelector('.kiosk-feedback');
              const stripBefore = strip.textContent;
              const start = performance.now();
              const shown = new Promise(resolve => {
                const seen = () => requestAnimationFrame(() => resolve(performance.now() - start));
                const observer = new MutationObserver(() => {
                  if (target.getAttribute(changes[0]) === changes[1] || (changes[1] === '' && target.hasAttribute(changes[0]))) {
                    observer.disconnect();
                    seen();
                  }
                });
                observer.observe(target, { attributes: true });
              });
              const stored = !saved ? Promise.resolve(-1) : new Promise(resolve => {
                const observer = new MutationObserver(() => {
                  if (strip.getAttribute('data-kind') === 'saved' && strip.textContent !== stripBefore) {
                    observer.disconnect();
                    resolve(performance.now() - start);
                  }
                });
                observer.observe(strip, { subtree: true, childList: true, characterData: true, attributes: true });
              });
              target.click();
              return [await shown, await stored];
            }""";

    private WifiTaps() {
    }

    static void run(ConfigurableApplicationContext context, Path chromium, String manager, String password) {
        DSLContext db = context.getBean(DSLContext.class);
        String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        long client = db.select(VISIT.CLIENT_ID).from(VISIT).groupBy(VISIT.CLIENT_ID).orderBy(DSL.count().desc())
                .offset(2).limit(1).fetchSingle(VISIT.CLIENT_ID);
        System.out.printf(Locale.ROOT, "%nA slow Wi-Fi (Chromium's network emulation adds the round trip named)%n");
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s %9s%n", "operation", "median", "p95", "worst", "target");
        try (Playwright playwright = Playwright.create();
                Browser browser = HeadlessChromium.launch(playwright, chromium)) {
            BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setHasTouch(true));
            Page page = tablet.newPage();
            TapLatency.signIn(page, base, manager, password);
            for (int latency : LATENCIES) {
                TapLatency.endOpenSession(context, db, client, "Left open by an earlier benchmark");
                int tiles = TapLatency.openSession(page, base, client);
                CDPSession wifi = SlowWifi.add(page, latency);
                List<Double> chip = new ArrayList<>();
                List<Double> sending = new ArrayList<>();
                List<Double> saved = new ArrayList<>();
                for (int i = 0; i < WARM_UP + RUNS; i++) {
                    page.locator(".kiosk-stretch-tile").nth(i % tiles).click();
                    settled(page);
                    TapLatency.logShown(page);
                    int pressure = 3 + i % 5;
                    double[] chose = tap(page, ".kiosk-active .kiosk-scale-chips .kiosk-chip", pressure, "aria-pressed", "true", false);
                    settled(page);
                    double[] logged = tap(page, ".kiosk-active vaadin-button.kiosk-log", 0, "data-sending", "", true);
                    settled(page);
                    if (i >= WARM_UP) {
                        chip.add(chose[0]);
                        sending.add(logged[0]);
                        saved.add(logged[1]);
                    }
                }
                wifi.detach();
                String added = "+" + latency + " ms: ";
                KioskBenchmark.report(added + "pressure chip, tap → shown", SHOWN_TARGET_MILLIS, chip);
                KioskBenchmark.report(added + "Log, tap → \"Sending…\"", SHOWN_TARGET_MILLIS, sending);
                KioskBenchmark.report(added + "Log, tap → \"Saved\"", Double.NaN, saved);
            }
            TapLatency.endOpenSession(context, db, client, "Benchmark session");
        }
    }

    /** Waits until every answer is back (Vaadin's connection is "connected" again), so that each tap is timed alone. */
    private static void settled(Page page) {
        page.waitForTimeout(20);
        page.waitForFunction("() => window.Vaadin.connectionState.state === 'connected'");
    }

    private static double[] tap(Page page, String click, int index, String attribute, String value, boolean saved) {
        List<?> times = (List<?>) page.evaluate(TIME_TAP, List.of(click, index, List.of(attribute, value), saved));
        return times.stream().mapToDouble(t -> ((Number) t).doubleValue()).toArray();
    }
}
