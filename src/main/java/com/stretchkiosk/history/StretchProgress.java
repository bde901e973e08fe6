package com.stretchkiosk.history;

import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.visit.RangeSeries;
import com.stretchkiosk.visit.Side;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stretch side in one unit over the visits: first against latest, and whether the change is beyond the noise,
 * which is wider when two therapists measured them. After a unit change, the unit of the series before.
 */
public record StretchProgress(
        long stretchId,
        String stretchName,
        Side side,
        MeasureUnit unit,
        int rangeMin,
        int rangeMax,
        List<RangeSeries.Point> points,
        @Nullable Integer first,
        @Nullable Integer latest,
        Verdict verdict,
        boolean sameRater,
        @Nullable MeasureUnit unitBefore) {

    public @Nullable Integer change() {
        return first == null || latest == null ? null : latest - first;
    }
}
