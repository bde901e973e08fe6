package com.stretchkiosk.history;

import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.visit.Side;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A stretch side over the visits: first against latest, and whether the change is beyond the noise. */
public record StretchProgress(
        long stretchId,
        String stretchName,
        Side side,
        MeasureUnit unit,
        int rangeMin,
        int rangeMax,
        List<ProgressPoint> points,
        @Nullable Integer first,
        @Nullable Integer latest,
        Verdict verdict) {

    public @Nullable Integer change() {
        return first == null || latest == null ? null : latest - first;
    }
}
