package com.stretchkiosk.figures;

import com.stretchkiosk.catalog.MeasureUnit;
import java.time.LocalDate;
import java.util.List;

/**
 * The studio at a glance for a period: sessions per day and week, pain stops per stretch and per
 * therapist, and the average range change per stretch.
 */
public record StudioFigures(LocalDate from, LocalDate to, List<Count> sessionsPerDay, List<Count> sessionsPerWeek,
        List<Count> painStopsPerStretch, List<Count> painStopsPerTherapist, List<RangeChange> rangeChanges) {

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
