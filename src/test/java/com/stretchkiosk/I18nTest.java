package com.stretchkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string goes through the i18n file: a key used in the code must be there, and well formed. */
class I18nTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");
    /**
     * Dotted literals that are not texts: session attributes ({@code kiosk.}), system properties ({@code org.})
     * and DOM event expressions ({@code event.}). Any other dotted literal must be a key with a text, so a key
     * whose namespace is misspelled fails too.
     */
    private static final Set<String> NOT_TEXT_NAMESPACES = Set.of("kiosk", "org", "event");

    @Test
    void counts_read_in_the_singular_for_one() throws IOException {
        Properties texts = texts();
        assertThat(new java.text.MessageFormat(texts.getProperty("history.chart.progress-stops"), java.util.Locale.UK)
                .format(new Object[] {1, "Levator scapulae, Left"})).isEqualTo("1 sharp-pain stop: Levator scapulae, Left.");
        assertThat(new java.text.MessageFormat(texts.getProperty("history.chart.progress-stops"), java.util.Locale.UK)
                .format(new Object[] {2, "a; b"})).isEqualTo("2 sharp-pain stops: a; b.");
    }

    @Test
    void every_key_the_code_uses_has_a_text() throws IOException {
        Properties texts = texts();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!NOT_TEXT_NAMESPACES.contains(key.substring(0, key.indexOf('.'))) && !texts.containsKey(key)) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys without a text in translations.properties").isEmpty();
    }

    @Test
    void every_value_shown_by_its_enum_name_has_a_text() throws IOException {
        Properties texts = texts();
        Map<String, Class<? extends Enum<?>>> shown = Map.of(
                "region.", com.stretchkiosk.visit.BodyRegion.class,
                "body-side.", com.stretchkiosk.visit.BodySide.class,
                "pain-kind.", com.stretchkiosk.visit.PainKind.class,
                "breathing.", com.stretchkiosk.visit.Breathing.class,
                "note-chip.", com.stretchkiosk.visit.NoteChip.class,
                "unit.", com.stretchkiosk.catalog.MeasureUnit.class,
                "figures.period.", com.stretchkiosk.figures.Period.class,
                "tablets.keys.action.", com.stretchkiosk.therapist.KeyMap.Action.class,
                "figures.sessions.", com.stretchkiosk.figures.Period.Grouping.class);
        Set<String> missing = new TreeSet<>();
        shown.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = com.stretchkiosk.base.Words.key(prefix, value);
                if (!texts.containsKey(key)) {
                    missing.add(key);
                }
            }
        });
        for (var action : com.stretchkiosk.audit.AuditAction.values()) {
            for (String kind : com.stretchkiosk.audit.AuditWording.FACT_KINDS) {
                String key = com.stretchkiosk.audit.AuditWording.key(action, kind);
                if (!texts.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        for (var outcome : com.stretchkiosk.audit.AuditOutcome.values()) {
            if (outcome != com.stretchkiosk.audit.AuditOutcome.OK && !texts.containsKey("audit.outcome." + outcome.name().toLowerCase(java.util.Locale.ROOT))) {
                missing.add("audit.outcome." + outcome.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (String side : List.of("left", "right")) {
            for (String prefix : List.of("session.side.", "session.side.short.")) {
                if (!texts.containsKey(prefix + side)) {
                    missing.add(prefix + side);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void apostrophes_are_written_the_way_message_format_needs() throws IOException {
        Properties texts = texts();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (text.contains("{0")) {
                assertThat(text.replace("''", "")).as("%s has placeholders: write '' for an apostrophe", key).doesNotContain("'");
            } else {
                assertThat(text).as("%s has no placeholders: a single ' is shown as it is", key).doesNotContain("''");
            }
        }
    }

    private static Properties texts() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
