package com.stretchkiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and times in the studio's zone, written the way the studio's locale writes them. */
class StudioTimeTest {

    private static final Instant AT = Instant.parse("2026-11-24T12:05:00Z");

    @Test
    void dates_and_times_follow_the_studios_locale() {
        StudioTime uk = time("en-GB");
        assertThat(uk.date(AT)).isEqualTo("24 Nov 2026");
        assertThat(uk.time(AT)).isEqualTo("13:05");
        assertThat(uk.dateTime(AT)).isEqualTo("24 Nov 2026, 13:05");
        assertThat(uk.shortDate(AT)).isEqualTo("24 Nov");
        assertThat(uk.timeWithSeconds(AT.plusSeconds(7))).isEqualTo("13:05:07");

        StudioTime us = time("en-US");
        assertThat(us.date(AT)).isEqualTo("Nov 24, 2026");
        assertThat(us.time(AT)).isEqualTo("1:05\u202fPM");
        assertThat(us.shortDate(AT)).isEqualTo("Nov 24");
        assertThat(us.timeWithSeconds(AT.plusSeconds(7))).as("not \"1:05 PM:07\"").isEqualTo("1:05:07\u202fPM");

        StudioTime de = time("de-DE");
        assertThat(de.date(AT)).isEqualTo("24.11.2026");
        assertThat(de.dateTime(AT)).isEqualTo("24.11.2026, 13:05");
    }

    private static StudioTime time(String locale) {
        KioskProperties properties = new KioskProperties(Path.of("unused.db"), ZoneId.of("Europe/Berlin"),
                Locale.forLanguageTag(locale), com.stretchkiosk.base.ReachUnit.CENTIMETRES, new KioskProperties.Demo(false, 30, 2, 1), new KioskProperties.LockSettings(java.time.Duration.ofMinutes(5)),
                new KioskProperties.BackupSettings("", 14), new KioskProperties.HubSettings(false, "", "", 10, 30,
                org.springframework.util.unit.DataSize.ofMegabytes(4)));
        return new StudioTime(Clock.fixed(AT, ZoneId.of("UTC")), properties);
    }
}
