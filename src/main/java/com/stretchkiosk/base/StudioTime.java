package com.stretchkiosk.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Times are stored in UTC; this shows them in the studio's zone (setting {@code kiosk.time-zone}). */
@Component
public class StudioTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Clock clock;
    private final ZoneId zone;

    public StudioTime(Clock clock, KioskProperties properties) {
        this.clock = clock;
        this.zone = properties.studioZone();
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
        return DATE.format(instant.atZone(zone));
    }

    /** Day and month, for marks that must stay short ("25 Jul"); with the year when it is not this year. */
    public String shortDate(Instant instant) {
        var date = instant.atZone(zone);
        return date.getYear() == today().getYear() ? SHORT_DATE.format(date) : DATE.format(date);
    }

    public String date(LocalDate date) {
        return DATE.format(date);
    }

    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    public boolean isToday(Instant instant) {
        return instant.atZone(zone).toLocalDate().equals(today());
    }

    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }
}
