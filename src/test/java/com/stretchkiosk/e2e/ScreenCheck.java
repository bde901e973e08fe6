package com.stretchkiosk.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every screen must pass at every tablet size, measured in the browser: no serious or critical axe-core
 * violation (WCAG 2.1 A and AA), one level-one heading and one main landmark, every interactive target at least
 * 44 × 44 CSS px and 8 px from the next, no visible text under 16 px, and nothing wider than the screen. {@link #problems} lists each failure in words, empty when the screen passes.
 */
final class ScreenCheck {

    static final int MIN_TARGET = 44;
    static final double MIN_TEXT = 16;
    /** The least gap between two targets, so that a fingertip meant for one does not land on the other. */
    static final int MIN_GAP = 8;
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    /**
     * The page's own idea of visible, for the scripts below: {@code parentOf} crosses shadow roots, {@code shown} is
     * false for anything hidden, transparent or without a box.
     */
    static final String VISIBILITY = """
              const parentOf = e => e.parentElement || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
              const shown = e => {
                for (let p = e; p; p = parentOf(p)) {
                  const s = getComputedStyle(p);
                  if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
                }
                const r = e.getBoundingClientRect();
                return r.width > 0 && r.height > 0;
              };
            """;

    /** Interactive elements, measured as the outermost one (a field's input counts as the field). */
    private static final String TARGETS = "([min, gap]) => {\n" + VISIBILITY + """
              const interactive = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=link],'
                + ' [role=checkbox], [role=radio], [role=tab], [role=switch], [role=menuitem], [role=option],'
                + ' vaadin-button, vaadin-checkbox, vaadin-radio-button, vaadin-side-nav-item, vaadin-select, vaadin-combo-box,'
                + ' vaadin-date-picker, vaadin-text-field, vaadin-text-area, vaadin-password-field, vaadin-integer-field,'
                + ' vaadin-number-field, vaadin-email-field, vaadin-tab, vaadin-details-summary, vaadin-drawer-toggle';
              // Small buttons that sit inside a larger control but are their own target.
              const own = 'vaadin-password-field-button, [part~="clear-button"], [part~="toggle-button"], [part~="reveal-button"]';
              const insideAnother = e => { for (let p = parentOf(e); p; p = parentOf(p)) if (p.matches(interactive)) return true; return false; };
              const name = e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/)[0] : '')
                + ' "' + (e.getAttribute('aria-label') || e.innerText || e.getAttribute('part') || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
              const small = [];
              const separate = [];
              const visit = root => {
                for (const e of root.querySelectorAll('*')) {
                  if (e.shadowRoot) visit(e.shadowRoot);
                  const isOwn = e.matches(own);
                  if (!isOwn && !(e.matches(interactive) && !insideAnother(e))) continue;
                  if (e.matches('[disabled], [aria-hidden=true]') || !shown(e)) continue;
                  const r = e.getBoundingClientRect();
                  if (r.width < min - 0.5 || r.height < min - 0.5) small.push(name(e) + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
                  if (!isOwn) separate.push([e, r]);
                }
              };
              visit(document);
              // Two targets of different groups closer than `gap` px (and not one inside the other): a finger meant for
              // one finds the other. Targets of one group (a keypad, a list, a row of tiles) may touch: their edges are drawn.
              for (let i = 0; i < separate.length; i++) {
                for (let j = i + 1; j < separate.length; j++) {
                  const [a, p] = separate[i], [b, q] = separate[j];
                  if (parentOf(a) === parentOf(b)) continue;
                  const dx = Math.max(q.left - p.right, p.left - q.right), dy = Math.max(q.top - p.bottom, p.top - q.bottom);
                  if (dx < gap - 0.5 && dy < gap - 0.5 && (dx > -0.5 || dy > -0.5)) {
                    small.push(name(a) + ' and ' + name(b) + ' only ' + Math.round(Math.max(dx, dy)) + ' px apart');
                  }
                }
              }
              return small;
            }""";

    /** Visible text (light and shadow DOM) whose computed size is under the minimum. */
    private static final String SMALL_TEXT = "([min]) => {\n" + VISIBILITY + """
              const small = [];
              const visit = root => {
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                  const text = t.textContent.trim();
                  const e = t.parentElement;
                  if (!text || !e || e.closest('style, script, template, [aria-hidden=true]')) continue;
                  const range = document.createRange();
                  range.selectNodeContents(t);
                  const r = range.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0) continue;
                  const s = getComputedStyle(e);
                  if (!shown(e)) continue;
                  const size = parseFloat(s.fontSize);
                  if (size < min - 0.05) small.push('"' + text.replace(/\\s+/g, ' ').slice(0, 40) + '" ' + size + ' px');
                }
                for (const e of root.querySelectorAll('*')) if (e.shadowRoot) visit(e.shadowRoot);
              };
              visit(document);
              return small;
            }""";

    private ScreenCheck() {
    }

    /** Every way the page falls short, each in one line; empty when it passes. */
    static List<String> problems(Page page) {
        List<String> problems = new ArrayList<>();
        AxeResults axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        for (Rule rule : axe.getViolations()) {
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    problems.add("axe " + rule.getImpact() + " " + rule.getId() + ": " + node.getTarget() + " "
                            + abbreviate(node.getFailureSummary()));
                }
            }
        }
        for (Object small : (List<?>) page.evaluate(TARGETS, List.of(MIN_TARGET, MIN_GAP))) {
            problems.add("target under " + MIN_TARGET + " px: " + small);
        }
        for (Object small : (List<?>) page.evaluate(SMALL_TEXT, List.of(MIN_TEXT))) {
            problems.add("text under " + (int) MIN_TEXT + " px: " + small);
        }
        if (!Boolean.TRUE.equals(page.evaluate("() => document.querySelectorAll('h1').length === 1"))) {
            problems.add("not one level-one heading: " + page.evaluate("() => document.querySelectorAll('h1').length"));
        }
        if (!Boolean.TRUE.equals(page.evaluate("() => document.querySelectorAll('main, [role=main]').length === 1"))) {
            problems.add("not one main landmark");
        }
        if (!Boolean.TRUE.equals(page.evaluate("() => document.scrollingElement.scrollWidth <= innerWidth + 1"))) {
            problems.add("the page is wider than the screen: " + page.evaluate("() => document.scrollingElement.scrollWidth") + " px");
        }
        return problems;
    }

    private static String abbreviate(String text) {
        String line = text == null ? "" : text.replace('\n', ' ');
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
