package com.stretchkiosk.figures;

import java.time.LocalDate;

/** The periods a manager chooses between for the studio's figures, each ending today, with how sessions are counted. */
public enum Period {
    FOUR_WEEKS(Grouping.DAY),
    THREE_MONTHS(Grouping.WEEK),
    YEAR(Grouping.MONTH);

    /** How the sessions of a period are counted: per day, per week (from Monday) or per calendar month. */
    public enum Grouping {
        DAY, WEEK, MONTH;

        /** The first day of the day, week or month the date falls in. */
        public LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }
    }

    private final Grouping grouping;

    Period(Grouping grouping) {
        this.grouping = grouping;
    }

    /** The counts a chart of this period shows: a day per bar for four weeks, a week for three months, a month for a year. */
    public Grouping grouping() {
        return grouping;
    }

    /** The first day of the period that ends with {@code to}, both days included. */
    public LocalDate from(LocalDate to) {
        return switch (this) {
            case FOUR_WEEKS -> to.minusWeeks(4).plusDays(1);
            case THREE_MONTHS -> to.minusMonths(3).plusDays(1);
            case YEAR -> to.minusYears(1).plusDays(1);
        };
    }
}
