package com.stretchkiosk.figures;

import com.stretchkiosk.catalog.MeasureUnit;
import java.time.LocalDate;
import java.util.List;

/**
 * The studio at a glance for a period: sessions per day and week, pain stops per stretch and per
 * therapist, and the average range change per stretch.
 */
public record StudioFigures(LocalDate from, LocalDate to, List<Dated> sessionsPerDay,
        List<Count> painStopsPerStretch, List<Count> painStopsPerTherapist, List<RangeChange> rangeChanges) {

    /** Sessions per day, week or month: one count for each day, week or month the period touches, empty ones too. */
    public List<Dated> sessionsPer(Period.Grouping grouping) {
        java.util.Map<LocalDate, Integer> counts = new java.util.TreeMap<>();
        sessionsPerDay.forEach(day -> counts.merge(grouping.start(day.start()), day.count(), Integer::sum));
        return counts.entrySet().stream().map(e -> new Dated(e.getKey(), e.getValue())).toList();
    }

    /** How many in the day, week or month that starts on {@code start}. */
    public record Dated(LocalDate start, int count) {
    }

    /** A label (a day, a week, a stretch, a therapist) and how many. */
    public record Count(String label, int count) {
    }

    /**
     * The average change from a client's first to latest range on a stretch side within the period, over
     * the client sides measured at least twice.
     */
    public record RangeChange(String stretch, MeasureUnit unit, double averageChange, int clientSides) {
    }
}
