package com.stretchkiosk.catalog;

import com.stretchkiosk.base.KioskProperties;
import com.stretchkiosk.base.ReachUnit;
import com.stretchkiosk.base.Words;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How the studio reads a range, the one place that writes one: 32°, depth 6, and reach past the toes in centimetres
 * (+4 cm) or, in a studio that measures in inches ({@code kiosk.reach-unit=inches}), to the half inch (+1½″). Reach is
 * stored in whole centimetres either way: a half inch is 1.27 cm, so the nearest centimetre always reads back as the
 * same half inch. Steps of the range stepper are steps of what the studio reads: 1°, 1 level, 1 cm or ½″.
 */
@Component
public class Measures {

    private static final double CM_PER_INCH = 2.54;

    private final ReachUnit reach;
    private final Words words;

    @Autowired
    public Measures(KioskProperties properties, Words words) {
        this(properties.reachUnit(), words);
    }

    /** @param words the translations: the unit words ("depth", "cm", "levels") are the studio's language too */
    public Measures(ReachUnit reach, Words words) {
        this.reach = reach;
        this.words = words;
    }

    public ReachUnit reach() {
        return reach;
    }

    /** A range as it reads at arm's length: 32°, +4 cm or +1½″, −6 cm or −2½″, depth 6 (never "6/10", which reads like pain). */
    public String format(MeasureUnit unit, int value) {
        return switch (unit) {
            case DEGREES -> value + "°";
            case CENTIMETRES -> sign(value) + magnitude(unit, Math.abs(value));
            case DEPTH -> words.t("measure.depth", String.valueOf(value));
        };
    }

    /** A change or a difference: +7°, −3 cm, +1½″, +2 levels. */
    public String change(MeasureUnit unit, int change) {
        String sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        return sign + magnitude(unit, Math.abs(change));
    }

    /** A size without a sign: 7°, 3 cm, 1½″, 2 levels. */
    public String magnitude(MeasureUnit unit, int size) {
        return switch (unit) {
            case DEGREES -> size + "°";
            case CENTIMETRES -> inInches(unit) ? halfInches(toHalfInches(size)) + "″" : words.t("measure.cm", String.valueOf(size));
            case DEPTH -> words.t(size == 1 ? "measure.level" : "measure.levels", String.valueOf(size));
        };
    }

    /** A noise figure (tenths kept where there are any): 3.3°, 12.4 cm or 4.9″, 6.2 levels. */
    public String noise(MeasureUnit unit, double noise, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return decimal(unit, noise, number);
    }

    /** A value on a chart's axis or in a list after the first, without the unit's word: 32°, −4 cm, 1½″, 6. */
    public String axisValue(MeasureUnit unit, int value) {
        return unit == MeasureUnit.DEPTH ? String.valueOf(value) : format(unit, value);
    }

    /** The stored value {@code steps} steps of the stepper away from {@code stored} (½″ steps in an inches studio). */
    public int stepped(MeasureUnit unit, int stored, int steps) {
        if (inInches(unit)) {
            return (int) Math.round((toHalfInches(stored) + steps) * CM_PER_INCH / 2);
        }
        return stored + steps;
    }

    /** What a stepper button says: +1, −5, or +½, −2½ in an inches studio. */
    public String stepLabel(MeasureUnit unit, int steps) {
        String sign = steps > 0 ? "+" : "−";
        return inInches(unit) ? sign + halfInches(Math.abs(steps)) : sign + Math.abs(steps);
    }

    /** The translation key of a unit's name as the studio reads it: reach is "inches past the toes" in an inches studio. */
    public String unitKey(MeasureUnit unit) {
        return inInches(unit) ? "unit.inches" : "unit." + unit.name().toLowerCase(Locale.ROOT);
    }

    /** A stored value as the number the studio reads (inches to the half for reach in an inches studio). */
    public double shown(MeasureUnit unit, int stored) {
        return inInches(unit) ? toHalfInches(stored) / 2.0 : stored;
    }

    /** The stored value of a number as the studio reads it (whole centimetres for inches). */
    public int stored(MeasureUnit unit, double shown) {
        return (int) Math.round(inInches(unit) ? shown * CM_PER_INCH : shown);
    }

    /** How far apart two values the studio reads are: ½ for reach in inches, else 1. */
    public double step(MeasureUnit unit) {
        return inInches(unit) ? 0.5 : 1;
    }

    /** A signed average with one decimal: +3.9 cm, +1.5″, +2.0 levels. */
    public String average(MeasureUnit unit, double stored, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        String sign = stored > 0 ? "+" : stored < 0 ? "−" : "±";
        return sign + decimal(unit, Math.abs(stored), number);
    }

    /** A stored size with decimals, in the unit the studio reads: 3.3°, 4.9″, 12.4 cm, 6.2 levels, 1 level. */
    private String decimal(MeasureUnit unit, double stored, NumberFormat number) {
        String value = number.format(inInches(unit) ? stored / CM_PER_INCH : stored);
        return switch (unit) {
            case DEGREES -> value + "°";
            case CENTIMETRES -> inInches(unit) ? value + "″" : words.t("measure.cm", value);
            case DEPTH -> words.t(value.equals("1") ? "measure.level" : "measure.levels", value);
        };
    }

    /** Reach in a studio that reads it in inches. */
    private boolean inInches(MeasureUnit unit) {
        return unit == MeasureUnit.CENTIMETRES && reach == ReachUnit.INCHES;
    }

    /** The nearest half inch of a length in centimetres, counted in halves. */
    static long toHalfInches(int centimetres) {
        return Math.round(centimetres / CM_PER_INCH * 2);
    }

    /** Halves of an inch written as inches: 3 → "1½", 4 → "2", 1 → "½". */
    static String halfInches(long halves) {
        long whole = halves / 2;
        boolean half = halves % 2 != 0;
        return half ? (whole == 0 ? "½" : whole + "½") : Long.toString(whole);
    }

    private static String sign(int value) {
        return value > 0 ? "+" : value < 0 ? "−" : "";
    }
}
