package com.stretchkiosk.e2e;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The kiosk's own translations for the browser tests; while {@link #marking} is on (UntranslatedTextBrowserIT),
 * each text comes wrapped in two invisible marks, so that a test can tell translated text from any other. Off, it
 * answers exactly as the kiosk does. One context for all browser tests: they share one database file.
 */
@TestConfiguration
class MarkedTranslations {

    static final char OPEN = '\u2062';
    static final char CLOSE = '\u2063';

    private static volatile boolean marking;

    static void marking(boolean on) {
        marking = on;
    }

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
                String text = translations.getTranslation(key, locale, params);
                return marking ? OPEN + text + CLOSE : text;
            }
        };
    }
}
