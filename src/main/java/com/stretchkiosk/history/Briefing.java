package com.stretchkiosk.history;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a therapist reads before the client lies down, in the order it matters. */
public record Briefing(
        List<CautionFlag> flags,
        @Nullable LastVisit lastVisit,
        List<StretchProgress> progress,
        List<Asymmetry> asymmetries,
        List<PainPoint> pain,
        List<VisitRow> timeline) {

    public boolean hasVisits() {
        return !timeline.isEmpty();
    }
}
