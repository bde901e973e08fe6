package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.Attempt;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.StopCaution;
import com.stretchkiosk.visit.SummaryLine;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The session screen's sentences, all from the translations: facts, cautions and summary lines. */
final class SessionText {

    private final Component i18n;
    private final StudioTime time;
    private final Measures measures;
    private final Map<Long, Stretch> catalog;
    /** The client's standing pain stops at the chain's other studios, once the hub has answered. */
    private final OtherStudios otherStudios = new OtherStudios();

    SessionText(Component i18n, StudioTime time, Measures measures, Map<Long, Stretch> catalog) {
        this.i18n = i18n;
        this.time = time;
        this.measures = measures;
        this.catalog = catalog;
    }

    Measures measures() {
        return measures;
    }

    OtherStudios otherStudios() {
        return otherStudios;
    }

    /** A range as the studio reads it: 32°, +4 cm or +1½″, depth 6. */
    String value(MeasureUnit unit, int value) {
        return measures.format(unit, value);
    }

    String t(String key, Object... arguments) {
        return i18n.getTranslation(key, arguments);
    }

    /** A stretch of the catalog as this screen read it, if it knows it. */
    @Nullable Stretch stretch(long stretchId) {
        return catalog.get(stretchId);
    }

    String stretchName(long stretchId) {
        Stretch stretch = catalog.get(stretchId);
        return stretch == null ? t("session.stretch.unknown") : stretch.name();
    }

    /** "Levator scapulae, Left", or the name alone for a stretch without sides. */
    String stretchSide(long stretchId, Side side) {
        String name = stretchName(stretchId);
        return side == Side.NONE ? name : name + ", " + t(Words.key("session.side.", side));
    }

    /** A range in its unit, or "not measured". */
    String range(Stretch stretch, @Nullable Integer range) {
        return range == null ? t("session.range.not-measured") : value(stretch.unit(), range);
    }

    /** What the feedback strip says after a repetition was stored. */
    String attempt(Stretch stretch, Attempt attempt) {
        StringBuilder text = new StringBuilder(stretchSide(stretch.id(), attempt.side()));
        if (stretch.repetitions() > 1 || attempt.repetition() > 1) {
            text.append(", ").append(t("session.rep.short", attempt.repetition()));
        }
        if (attempt.outcome() != Outcome.SKIPPED) {
            text.append(": ").append(range(stretch, attempt.range()));
        }
        return text.toString();
    }

    /** "Levator scapulae, Right — sharp-pain stop at depth 6, pain 7/10, neck, 2 Nov — stay below depth 6". */
    String caution(StopCaution caution) {
        List<String> parts = new ArrayList<>();
        parts.add(caution.range() == null ? t("session.caution.stop-no-range")
                : t("session.caution.stop-at", value(caution.unit(), caution.range())));
        if (caution.detail().score() != null) {
            parts.add(t("session.caution.pain", caution.detail().score()));
        }
        if (caution.detail().region() != null) {
            parts.add(t(Words.key("region.", caution.detail().region())).toLowerCase(Locale.ROOT));
        }
        parts.add(time.shortDate(caution.occurredAt()));
        String sentence = (caution.studio() == null ? "" : t("session.caution.at-studio", caution.studio()))
                + stretchSide(caution.stretchId(), caution.side()) + " — " + String.join(", ", parts);
        return sentence + " — " + (caution.range() == null ? t("session.caution.go-gently")
                : t("session.caution.stay-below", value(caution.unit(), caution.range())));
    }

    /** One line of the summary: "Levator scapulae, Left: depth 7 (last time depth 6, +1)". */
    String summary(SummaryLine line) {
        Stretch stretch = line.stretch();
        String name = stretchSide(stretch.id(), line.side());
        String result = switch (line.outcome()) {
            case SKIPPED -> t("session.summary.skipped");
            case STOPPED_FOR_PAIN -> line.stopRange() == null ? t("session.summary.pain-stop-no-range")
                    : t("session.summary.pain-stop", value(stretch.unit(), line.stopRange()));
            case COMPLETED -> completed(line);
        };
        return name + ": " + result;
    }

    private String completed(SummaryLine line) {
        Stretch stretch = line.stretch();
        Integer change = line.change();
        if (line.best() == null) {
            return t("session.range.not-measured");
        }
        if (change == null || line.lastTime() == null) {
            return value(stretch.unit(), line.best());
        }
        return t("session.summary.versus", value(stretch.unit(), line.best()), value(stretch.unit(), line.lastTime()),
                (change > 0 ? "+" : change < 0 ? "−" : "±") + Math.abs(change));
    }
}
