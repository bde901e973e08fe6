package com.stretchkiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every visible word on every screen comes from the translations or is the studio's own data. The kiosk runs here
 * with every translated text wrapped in two invisible marks (U+2062 … U+2063); the tour then reads each screen's
 * visible text, its placeholders and its accessible names, takes out what is marked, the studio's data (names,
 * stretches, notes) and the locale's month and day names, and fails on any letter that is left: a word typed
 * into the code, or a library's own English.
 */
@Import(UntranslatedTextBrowserIT.MarkedTranslations.class)
class UntranslatedTextBrowserIT extends ScreenTour {

    static final char OPEN = '\u2062';
    static final char CLOSE = '\u2063';
    private static final Pattern MARKED = Pattern.compile(OPEN + "[^" + OPEN + CLOSE + "]*" + CLOSE);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Visible text nodes (light and shadow DOM), placeholders and accessible names of the page. */
    private static final String TEXTS = """
            () => {
              const texts = [];
              const parentOf = e => e.parentElement || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
              const shown = e => {
                for (let p = e; p; p = parentOf(p)) {
                  const s = getComputedStyle(p);
                  if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
                }
                const r = e.getBoundingClientRect();
                return r.width > 0 && r.height > 0;
              };
              const visit = root => {
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                  const e = t.parentElement;
                  if (!t.textContent.trim() || !e || e.closest('style, script, template') || !shown(e)) continue;
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

    private static final Path DATABASE = database();

    private final Set<String> untranslated = new TreeSet<>();
    private List<String> data = List.of();

    /** Its own database file: another context of the browser tests holds the shared one open. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("kiosk.database-path", DATABASE::toString);
    }

    @Test
    void every_visible_word_comes_from_the_translations_or_the_studios_data() {
        data = studioData();
        tour();
        assertThat(untranslated).as("text on screen that is neither a translation nor the studio's data").isEmpty();
    }

    @Override
    void atScreen(String name) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) page.evaluate(TEXTS);
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
     * What the studio itself wrote, longest first: names, stretches and their steps, notes, tablets, and the
     * locale's month and day names (dates are formatted, not translated).
     */
    private List<String> studioData() {
        List<String> values = new ArrayList<>(db.fetchValues("""
                SELECT full_name FROM client UNION SELECT precautions FROM client UNION SELECT phone FROM client
                UNION SELECT display_name FROM therapist UNION SELECT label FROM device
                UNION SELECT name FROM stretch_group UNION SELECT name FROM stretch UNION SELECT position FROM stretch
                UNION SELECT instruction FROM stretch_step UNION SELECT note FROM attempt UNION SELECT note FROM pain_stop_detail
                UNION SELECT closing_note FROM visit UNION SELECT void_reason FROM attempt UNION SELECT void_reason FROM pain_stop
                UNION SELECT void_reason FROM pain_rating UNION SELECT void_reason FROM visit""").stream()
                .filter(java.util.Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank()).toList());
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.UK);
        for (String[] names : List.of(symbols.getMonths(), symbols.getShortMonths(), symbols.getWeekdays(), symbols.getShortWeekdays())) {
            List.of(names).stream().filter(s -> !s.isBlank()).forEach(values::add);
        }
        values.add(MANAGER);
        values.sort(Comparator.comparingInt(String::length).reversed());
        return values;
    }

    private static Path database() {
        try {
            return Files.createTempDirectory("kiosk-e2e-marked").resolve("kiosk.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kiosk's own translations, each wrapped in the two invisible marks. */
    @TestConfiguration
    static class MarkedTranslations {

        @Bean
        I18NProvider markedTranslations() {
            DefaultI18NProvider translations = new DefaultI18NProvider(List.of(Locale.UK), MarkedTranslations.class.getClassLoader());
            return new I18NProvider() {
                @Override
                public List<Locale> getProvidedLocales() {
                    return translations.getProvidedLocales();
                }

                @Override
                public String getTranslation(String key, Locale locale, Object... params) {
                    return OPEN + translations.getTranslation(key, locale, params) + CLOSE;
                }
            };
        }
    }
}
