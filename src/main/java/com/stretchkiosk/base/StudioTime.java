package com.stretchkiosk.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Times are stored in UTC; this shows them in the studio's zone ({@code kiosk.time-zone}) and the way the studio's
 * locale writes them ({@code kiosk.locale}): "24 Nov 2026, 13:05" in en-GB, "Nov 24, 2026, 1:05 PM" in en-US,
 * "24.11.2026, 13:05" in de-DE.
 */
@Component
public class StudioTime {

    private final Clock clock;
    private final ZoneId zone;
    private final Locale locale;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter shortDateFormat;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter dateTimeFormat;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter secondsFormat;

    public StudioTime(Clock clock, KioskProperties properties) {
        this.clock = clock;
        this.zone = properties.studioZone();
        this.locale = properties.locale();
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.shortDateFormat = DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(locale);
        this.timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.dateTimeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.monthFormat = DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(locale);
        this.secondsFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The first instant of the studio's current day. */
    public Instant startOfToday() {
        return today().atStartOfDay(zone).toInstant();
    }

    public String date(Instant instant) {
        return dateFormat.format(instant.atZone(zone));
    }

    /** Day and month, for marks that must stay short ("25 Jul"); with the year when it is not this year. */
    public String shortDate(Instant instant) {
        return shortDate(instant.atZone(zone).toLocalDate());
    }

    public String date(LocalDate date) {
        return dateFormat.format(date);
    }

    /** Day and month ("25 Jul"), with the year when it is not this year. */
    public String shortDate(LocalDate date) {
        return date.getYear() == today().getYear() ? shortDateFormat.format(date) : dateFormat.format(date);
    }

    /** A month and its year, in the studio's words ("Nov 2026"). */
    public String month(LocalDate date) {
        return monthFormat.format(date);
    }

    public String time(Instant instant) {
        return timeFormat.format(instant.atZone(zone));
    }

    /** A time to the second, for the audit log: "13:05:07" in en-GB, "1:05:07 PM" in en-US. */
    public String timeWithSeconds(Instant instant) {
        return secondsFormat.format(instant.atZone(zone));
    }

    public boolean isToday(Instant instant) {
        return instant.atZone(zone).toLocalDate().equals(today());
    }

    public String dateTime(Instant instant) {
        return dateTimeFormat.format(instant.atZone(zone));
    }
}
