package com.stretchkiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every visible word on every screen comes from the translations or is the studio's own data. During this test the
 * kiosk wraps every translated text in two invisible marks (U+2062 … U+2063, {@link MarkedTranslations}); the tour
 * then reads each screen's visible text, its placeholders and its accessible names, takes out what is marked, the
 * studio's data (names, stretches, notes) and the locale's month and day names, and fails on any letter that is
 * left: a word typed into the code, or a library's own English.
 */
class UntranslatedTextBrowserIT extends ScreenTour {

    private static final char OPEN = MarkedTranslations.OPEN;
    private static final char CLOSE = MarkedTranslations.CLOSE;
    private static final Pattern MARKED = Pattern.compile(OPEN + "[^" + OPEN + CLOSE + "]*" + CLOSE);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Visible text nodes (light and shadow DOM), placeholders and accessible names of the page. */
    private static final String TEXTS = "() => {\n" + ScreenCheck.VISIBILITY + """
              const texts = [];
              const visit = root => {
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                  const e = t.parentElement;
                  // A key cap (<kbd>) names a key as printed on it ("F5", "b"): not a word to translate.
                  if (!t.textContent.trim() || !e || e.closest('style, script, template, kbd') || !shown(e)) continue;
                  texts.push(t.textContent.trim());
                }
                for (const e of root.querySelectorAll('[placeholder], [aria-label], [title]')) {
                  if (!shown(e)) continue;
                  for (const name of ['placeholder', 'aria-label', 'title']) {
                    const value = e.getAttribute(name);
                    if (value && value.trim()) texts.push(value.trim());
                  }
                }
                for (const e of root.querySelectorAll('*')) if (e.shadowRoot) visit(e.shadowRoot);
              };
              visit(document.body);
              return texts;
            }""";

    private final Set<String> untranslated = new TreeSet<>();
    private List<String> data = List.of();

    @Test
    void every_visible_word_comes_from_the_translations_or_the_studios_data() {
        MarkedTranslations.marking(true);
        try {
            tour();
        } finally {
            MarkedTranslations.marking(false);
        }
        assertThat(untranslated).as("text on screen that is neither a translation nor the studio's data").isEmpty();
    }

    @Override
    void atScreen(String name) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) page.evaluate(TEXTS);
        // Read again at each screen: the tour itself adds data (a tablet's name).
        data = studioData();
        for (String text : texts) {
            String rest = text;
            for (String before = null; !rest.equals(before); ) {
                before = rest;
                rest = MARKED.matcher(rest).replaceAll(" ");
            }
            for (String value : data) {
                rest = rest.replace(value, " ");
            }
            if (LETTER.matcher(rest).find()) {
                untranslated.add(name + ": \"" + text.replace(String.valueOf(OPEN), "⟨").replace(String.valueOf(CLOSE), "⟩")
                        + "\" leaves \"" + rest.strip() + "\"");
            }
        }
    }

    /**
     * What the studio itself wrote, longest first: names, stretches and their steps, notes, tablets, the records the
     * audit log names (a backup's file, a refused address), and the locale's month and day names (dates are
     * formatted, not translated).
     */
    private List<String> studioData() {
        List<String> values = new ArrayList<>(db.fetchValues("""
                SELECT full_name FROM client UNION SELECT precautions FROM client UNION SELECT phone FROM client
                UNION SELECT display_name FROM therapist UNION SELECT label FROM device
                UNION SELECT name FROM stretch_group UNION SELECT name FROM stretch UNION SELECT position FROM stretch
                UNION SELECT instruction FROM stretch_step UNION SELECT note FROM attempt UNION SELECT note FROM pain_stop_detail
                UNION SELECT closing_note FROM visit UNION SELECT void_reason FROM attempt UNION SELECT void_reason FROM pain_stop
                UNION SELECT void_reason FROM pain_rating UNION SELECT void_reason FROM visit UNION SELECT record_id FROM audit_event""").stream()
                .filter(java.util.Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank()).toList());
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.UK);
        for (String[] names : List.of(symbols.getMonths(), symbols.getShortMonths(), symbols.getWeekdays(), symbols.getShortWeekdays())) {
            List.of(names).stream().filter(s -> !s.isBlank()).forEach(values::add);
        }
        values.add(MANAGER);
        values.sort(Comparator.comparingInt(String::length).reversed());
        return values;
    }
}
