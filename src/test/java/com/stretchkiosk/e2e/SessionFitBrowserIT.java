package com.stretchkiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session screen whole on every tablet a studio buys (five iPads and an Android tablet, each way round): during a
 * stretch, after STOP and at the end, every control a therapist needs is on screen, uncovered at nine points of its
 * box, and in no scroll region of its own. A cut, covered or scrolled control fails the test with its size and name.
 */
class SessionFitBrowserIT extends BrowserTest {

    /** iPad 9.7–10.2", iPad 10.2" (2021), iPad Air / 10.9", iPad Pro 11", iPad Pro 12.9"; Android 10"; each way round. */
    static final List<int[]> SIZES = List.of(new int[] {768, 1024}, new int[] {810, 1080}, new int[] {820, 1180}, new int[] {834, 1194},
            new int[] {1024, 1366}, new int[] {800, 1280}, new int[] {1024, 768}, new int[] {1080, 810}, new int[] {1180, 820},
            new int[] {1194, 834}, new int[] {1366, 1024}, new int[] {1280, 800});

    /**
     * For each [name, selector]: "cut" when any of its visible boxes leaves the screen, "covered" when one of nine points
     * of its box hits another element, "scrolls" when an ancestor between it and the page scrolls (has more than it shows).
     */
    private static final String FIT = """
            (controls) => {
              const problems = [];
              const inside = (el, hit) => hit && (el === hit || el.contains(hit) || hit.contains(el));
              for (const [name, selector] of controls) {
                const all = [...document.querySelectorAll(selector)].filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
                });
                if (all.length === 0) { problems.push(name + ': not shown'); continue; }
                for (const el of all) {
                  const r = el.getBoundingClientRect();
                  if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) {
                    problems.push(name + ': cut (' + Math.round(r.left) + ',' + Math.round(r.top) + ' to ' + Math.round(r.right) + ','
                        + Math.round(r.bottom) + ')');
                    continue;
                  }
                  let scrolls = null;
                  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                    const s = getComputedStyle(a);
                    if ((/(auto|scroll)/.test(s.overflowY) && a.scrollHeight > a.clientHeight + 1)
                        || (/(auto|scroll)/.test(s.overflowX) && a.scrollWidth > a.clientWidth + 1 && !a.classList.contains('kiosk-picker'))) {
                      scrolls = a; break;
                    }
                  }
                  if (scrolls) { problems.push(name + ': in a scroll region (' + String(scrolls.className).trim() + ', '
                      + (scrolls.scrollHeight - scrolls.clientHeight) + ' px hidden)'); continue; }
                  points: for (const fx of [0.08, 0.5, 0.92]) for (const fy of [0.08, 0.5, 0.92]) {
                    const hit = document.elementFromPoint(r.left + r.width * fx, r.top + r.height * fy);
                    if (!inside(el, hit)) {
                      problems.push(name + ': covered by ' + (hit ? hit.tagName.toLowerCase() + '.' + String(hit.className).trim().split(/\\s+/).join('.') : 'nothing'));
                      break points;
                    }
                  }
                }
              }
              return problems;
            }""";

    private static final List<List<String>> DURING_A_STRETCH = List.of(List.of("steps", ".kiosk-active .kiosk-steps"),
            List.of("timer", ".kiosk-active .kiosk-timer"), List.of("pacer", ".kiosk-active .kiosk-pacer"),
            List.of("a recording row (range, pressure, breathing, notes)", ".kiosk-active .kiosk-record-row"),
            List.of("Log", ".kiosk-active .kiosk-log"), List.of("Skip", ".kiosk-active .kiosk-skip"), List.of("STOP", ".kiosk-active .kiosk-stop"),
            List.of("the client's name", ".kiosk-session-client"), List.of("the stretch picker", ".kiosk-picker"), List.of("End session", ".kiosk-session-header .kiosk-session-end"));
    private static final List<List<String>> AFTER_STOP = List.of(List.of("the pain-stop panel", ".kiosk-stop-panel"),
            List.of("a row of the panel", ".kiosk-stop-panel .kiosk-stop-panel-row"), List.of("the range question", ".kiosk-stop-range-row"),
            List.of("Add a note", ".kiosk-stop-add-note"), List.of("Close", ".kiosk-stop-panel-close"), List.of("STOP", ".kiosk-active .kiosk-stop"));
    private static final List<List<String>> AT_THE_END = List.of(List.of("pain after", ".kiosk-session-end-panel .kiosk-scale-chips"),
            List.of("the closing note", ".kiosk-closing-note"), List.of("Finish session", ".kiosk-session-end-panel .kiosk-actions"));


    @Test
    void on_every_tablet_each_way_round_a_stretch_the_pain_stop_panel_and_the_end_are_whole_without_scrolling() {
        page.setViewportSize(1280, 800);
        startSession(clientWithHistoryAndNoOpenSession(0));

        List<String> problems = new ArrayList<>();
        for (int[] size : SIZES) {
            String name = size[0] + "×" + size[1];
            page.setViewportSize(size[0], size[1]);
            page.locator(".kiosk-stretch-tile", new Page.LocatorOptions().setHasText("Levator scapulae")).click();
            page.locator(".kiosk-active .kiosk-log").waitFor();
            page.waitForTimeout(100);
            problems.addAll(fit(name + ", a stretch", DURING_A_STRETCH));
            Number digits = (Number) page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.kiosk-timer-number')).fontSize)");
            Number pacer = (Number) page.evaluate("() => document.querySelector('.kiosk-pacer-circle').getBoundingClientRect().width");
            if (digits.doubleValue() < 64) {
                problems.add(name + ", a stretch: timer digits " + digits + " px, under 64");
            }
            if (pacer.doubleValue() < 160 * 0.45) {
                // The pacer breathes between 45 % and 100 % of its size: at rest it may be anywhere in between.
                problems.add(name + ", a stretch: pacer " + pacer + " px");
            }
            screenshot("fit-session-" + size[0] + "x" + size[1]);

            button("STOP — sharp pain").click();
            page.locator(".kiosk-stop-panel").waitFor();
            page.waitForTimeout(100);
            problems.addAll(fit(name + ", after STOP", AFTER_STOP));
            // The header with a caution badge: at least 14 characters of the client's name (all of a shorter one), the
            // badge centred with the other controls, not stuck to the top edge.
            Boolean nameKept = (Boolean) page.evaluate("""
                    () => {
                      const n = document.querySelector('.kiosk-session-client'), s = getComputedStyle(n);
                      const pen = document.createElement('canvas').getContext('2d');
                      pen.font = s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
                      const fourteen = pen.measureText(n.textContent.slice(0, 14)).width + pen.measureText('…').width;
                      return n.clientWidth + 1 >= Math.min(n.scrollWidth, fourteen);
                    }""");
            if (!nameKept) {
                problems.add(name + ", after STOP: fewer than 14 characters of the client's name in the header");
            }
            Number offCentre = (Number) page.evaluate("() => { const c = e => { const r = document.querySelector(e).getBoundingClientRect();"
                    + " return r.top + r.height / 2; }; return Math.abs(c('.kiosk-session-header .kiosk-badge-caution') - c('.kiosk-session-header .kiosk-lock')); }");
            if (offCentre.doubleValue() > 2) {
                problems.add(name + ", after STOP: the caution badge sits " + offCentre + " px off the header's line");
            }
            screenshot("fit-pain-stop-" + size[0] + "x" + size[1]);
            button("Close").click();
            page.locator(".kiosk-stop-panel").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
            // Undone, so that every size stops the same repetition.
            page.locator(".kiosk-feedback-undo").click();
            page.locator(".kiosk-feedback-text", new Page.LocatorOptions().setHasText("Undone.")).waitFor();

            button("End session").click();
            page.locator(".kiosk-session-end-panel").waitFor();
            page.waitForTimeout(100);
            problems.addAll(fit(name + ", at the end", AT_THE_END));
            screenshot("fit-end-" + size[0] + "x" + size[1]);
            button("Back to the stretches").click();
            page.locator(".kiosk-session-end-panel").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        }
        assertThat(problems).as("what a therapist at the table could not see or reach").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> fit(String where, List<List<String>> controls) {
        return ((List<String>) page.evaluate(FIT, controls)).stream().map(problem -> where + ": " + problem).toList();
    }
}
