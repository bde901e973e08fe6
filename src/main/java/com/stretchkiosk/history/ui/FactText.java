package com.stretchkiosk.history.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.history.CautionFlag;
import com.stretchkiosk.history.FactLine;
import com.stretchkiosk.visit.Side;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * History in sentences a therapist reads at a glance: in the screen's words, the studio's dates and the studio's
 * units (reach in centimetres or inches).
 */
final class FactText {

    private final Component i18n;
    private final StudioTime time;
    private final Measures measures;

    FactText(Component i18n, StudioTime time, Measures measures) {
        this.i18n = i18n;
        this.time = time;
        this.measures = measures;
    }

    Measures measures() {
        return measures;
    }

    /** A range in a sentence: 38°, −9 cm (or −3½″), depth 6. */
    String range(int value, MeasureUnit unit) {
        return measures.format(unit, value);
    }

    /** A change: +7°, −3 cm, +2 levels. */
    String change(int change, MeasureUnit unit) {
        return measures.change(unit, change);
    }

    /** A size without a sign: 8° apart. */
    String magnitude(int size, MeasureUnit unit) {
        return measures.magnitude(unit, size);
    }

    /** A noise figure in its unit, tenths shown only when there are any: "3.3°", "4 cm", "6.2 levels". */
    String noise(double noise, MeasureUnit unit) {
        return measures.noise(unit, noise, time.locale());
    }

    String stretchSide(String stretch, Side side) {
        return stretchSide(i18n::getTranslation, stretch, side);
    }

    /** "Levator scapulae, left", or the name alone for a stretch without sides. */
    static String stretchSide(Words words, String stretch, Side side) {
        return side == Side.NONE ? stretch : stretch + ", " + words.t(Words.key("history.side.", side));
    }

    /** "Levator scapulae, right — sharp pain at depth 6, pain 7/10, neck, 2 Nov — stay below depth 6". */
    String flag(CautionFlag flag) {
        List<String> parts = new ArrayList<>();
        parts.add(i18n.getTranslation(flag.rangeAtStop() == null ? "history.flag.sharp-pain" : "history.flag.sharp-pain-at",
                flag.rangeAtStop() == null ? "" : range(flag.rangeAtStop(), flag.unit())));
        if (flag.painScore() != null) {
            parts.add(i18n.getTranslation("history.flag.pain", flag.painScore()));
        }
        if (flag.region() != null) {
            parts.add(i18n.getTranslation(Words.key("region.", flag.region())).toLowerCase(Locale.ROOT));
        }
        parts.add(time.shortDate(flag.occurredAt()));
        String sentence = stretchSide(flag.stretchName(), flag.side()) + " — " + String.join(", ", parts);
        return sentence + " — " + (flag.rangeAtStop() == null ? i18n.getTranslation("history.flag.go-gently")
                : i18n.getTranslation("history.flag.stay-below", range(flag.rangeAtStop(), flag.unit())));
    }

    /** One attempt as a line: side, rep, range, pressure, breathing, notes; a pain stop with its details. */
    String attempt(FactLine f) {
        List<String> parts = new ArrayList<>();
        if (f.repetition() > 1) {
            parts.add(i18n.getTranslation("history.rep", f.repetition()));
        }
        switch (f.outcome()) {
            case SKIPPED -> parts.add(i18n.getTranslation("history.skipped"));
            case STOPPED_FOR_PAIN -> parts.add(f.range() == null ? i18n.getTranslation("history.stopped.no-range")
                    : i18n.getTranslation("history.stopped", range(f.range(), f.unit())));
            case COMPLETED -> parts.add(f.range() == null ? i18n.getTranslation("history.not-measured") : range(f.range(), f.unit()));
        }
        if (f.pressure() != null) {
            parts.add(i18n.getTranslation("history.pressure", f.pressure()));
        }
        if (f.breathing() != null) {
            parts.add(i18n.getTranslation(Words.key("breathing.", f.breathing())).toLowerCase(Locale.ROOT));
        }
        if (f.painScore() != null) {
            parts.add(i18n.getTranslation("history.flag.pain", f.painScore()));
        }
        if (f.region() != null) {
            parts.add(i18n.getTranslation(Words.key("region.", f.region())).toLowerCase(Locale.ROOT));
        }
        if (!f.noteChips().isEmpty()) {
            parts.add(f.noteChips().stream()
                    .map(chip -> i18n.getTranslation(Words.key("note-chip.", chip)).toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (f.note() != null) {
            parts.add("“" + f.note() + "”");
        }
        return stretchSide(f.stretchName(), f.side()) + ": " + String.join(" · ", parts);
    }

    /** The repetitions of one stretch side on one line: "Levator scapulae, left: depth 6, 5, 6 · pressure 4–6/10 · slow belly". */
    String repetitions(List<FactLine> facts) {
        FactLine first = facts.getFirst();
        List<String> values = new ArrayList<>();
        boolean unitShown = false;
        for (FactLine f : facts) {
            if (f.outcome() == com.stretchkiosk.visit.Outcome.SKIPPED) {
                values.add(i18n.getTranslation("history.skipped"));
            } else if (f.range() == null) {
                values.add(i18n.getTranslation("history.not-measured"));
            } else {
                values.add(unitShown ? axisValue(f.range(), f.unit()) : range(f.range(), f.unit()));
                unitShown = true;
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(String.join(", ", values));
        var pressures = facts.stream().map(FactLine::pressure).filter(java.util.Objects::nonNull).toList();
        if (!pressures.isEmpty()) {
            int low = pressures.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int high = pressures.stream().mapToInt(Integer::intValue).max().orElseThrow();
            parts.add(i18n.getTranslation("history.pressure", low == high ? String.valueOf(low) : low + "–" + high));
        }
        facts.stream().map(FactLine::breathing).filter(java.util.Objects::nonNull).distinct()
                .forEach(b -> parts.add(i18n.getTranslation(Words.key("breathing.", b)).toLowerCase(Locale.ROOT)));
        facts.stream().flatMap(f -> f.noteChips().stream()).distinct()
                .forEach(chip -> parts.add(i18n.getTranslation(Words.key("note-chip.", chip)).toLowerCase(Locale.ROOT)));
        facts.stream().map(FactLine::note).filter(java.util.Objects::nonNull).forEach(note -> parts.add("“" + note + "”"));
        return stretchSide(first.stretchName(), first.side()) + ": " + String.join(" · ", parts);
    }

    /** A further value in a list, without repeating the unit's word: depth 6, 5, 6. */
    private String axisValue(int value, MeasureUnit unit) {
        return measures.axisValue(unit, value);
    }

    String painBeforeAfter(@Nullable Integer before, @Nullable Integer after) {
        return i18n.getTranslation("history.pain-before-after", before == null ? "—" : before.toString(),
                after == null ? "—" : after.toString());
    }
}
