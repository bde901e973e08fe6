package com.stretchkiosk.visit;

import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Stretch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The course of one session at the table, as rules without a screen: pain before, then stretches picked in any
 * order, each side and repetition in turn, then the end. The screen tells it what was stored and asks it what
 * comes next. The repetition is always counted from the stored facts, so two tablets on one session agree,
 * and an undone repetition is offered again.
 */
public final class SessionCourse {

    /** Where the session stands. */
    public enum Step {
        PAIN_BEFORE,
        PICK,
        STRETCH,
        ENDING,
        ENDED
    }

    private VisitSheet sheet;
    private boolean painBeforeAsked;
    private boolean ending;
    private @Nullable Stretch active;
    private Side side = Side.NONE;
    private @Nullable PainStop openStop;
    /** A stop ended the stretch's last repetition: the stretch stays on screen until its panel is closed. */
    private boolean finishedBehindPanel;

    public SessionCourse(VisitSheet sheet) {
        this.sheet = sheet;
        this.painBeforeAsked = sheet.painBefore() != null || !sheet.attempts().isEmpty();
    }

    public Step step() {
        if (!sheet.visit().isOpen()) {
            return Step.ENDED;
        }
        if (ending) {
            return Step.ENDING;
        }
        if (!painBeforeAsked) {
            return Step.PAIN_BEFORE;
        }
        return active == null ? Step.PICK : Step.STRETCH;
    }

    public VisitSheet sheet() {
        return sheet;
    }

    public @Nullable Stretch active() {
        return active;
    }

    public Side side() {
        return side;
    }

    /** The sides a stretch is done on: left then right, or none. */
    public static List<Side> sides(Stretch stretch) {
        return stretch.sided() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.NONE);
    }

    /** The repetition to record next on the active side: one more than those stored (skips left out). */
    public int repetition() {
        Stretch stretch = active;
        if (stretch == null) {
            return 1;
        }
        long stored = sheet.attemptsOf(new StretchSide(stretch.id(), side)).stream()
                .filter(a -> a.outcome() != Outcome.SKIPPED).count();
        return (int) Math.min(Attempt.REPETITION_MAX, stored + 1);
    }

    /** The pain stop whose details are being given: a STOP now opens it again instead of storing another. */
    public @Nullable PainStop openStop() {
        return openStop;
    }

    public void painBeforeDone(VisitSheet latest) {
        sheet = latest;
        painBeforeAsked = true;
    }

    /** A stretch picked: the first side without an attempt today, else the first side. */
    public void pick(Stretch stretch) {
        active = stretch;
        side = sides(stretch).stream().filter(s -> sheet.attemptsOf(new StretchSide(stretch.id(), s)).isEmpty())
                .findFirst().orElse(sides(stretch).getFirst());
        painBeforeAsked = true;
        ending = false;
        closeStop();
    }

    /**
     * The stretch and side a STOP was tapped on, back on screen after a tap queued before it (during an outage)
     * had finished it: the stop is recorded against them, as a further repetition.
     */
    public void reopen(Stretch stretch, Side onSide) {
        pick(stretch);
        if (sides(stretch).contains(onSide)) {
            side = onSide;
        }
    }

    public void chooseSide(Side chosen) {
        Stretch stretch = active;
        if (stretch == null || !sides(stretch).contains(chosen)) {
            throw new IllegalArgumentException(chosen + " is not a side of the active stretch");
        }
        side = chosen;
        closeStop();
    }

    /** A repetition logged or skipped: the next repetition, then the other side, then back to the picker. */
    public void logged(VisitSheet latest) {
        sheet = latest;
        closeStop();
        advance();
    }

    /**
     * STOP stored (or found already stored): its panel opens, and the repetition moves on as after a log. If
     * that was the stretch's last repetition, the stretch stays on screen (with STOP in its place) until the
     * panel is closed, so a second tap lands on STOP again and never on whatever would have taken its place.
     */
    public void stopped(VisitSheet latest, PainStop stop, boolean newlyStored) {
        sheet = latest;
        openStop = stop;
        if (newlyStored) {
            Stretch stretch = active;
            advance();
            if (active == null && stretch != null) {
                active = stretch;
                finishedBehindPanel = true;
            }
        }
    }

    public void stopPanelClosed() {
        openStop = null;
        if (finishedBehindPanel) {
            finishedBehindPanel = false;
            active = null;
        }
    }

    private void closeStop() {
        openStop = null;
        finishedBehindPanel = false;
    }

    /** Facts changed elsewhere (another tablet, an undo): the repetition follows what is stored. */
    public void changed(VisitSheet latest) {
        sheet = latest;
        if (openStop != null && latest.painStops().stream().noneMatch(s -> s.id() == Objects.requireNonNull(openStop).id())) {
            openStop = null;
        }
    }

    /**
     * "Next" from a pedal or clicker, hands on the client: an open pain-stop panel closes; else the active stretch
     * moves on to its next side (left, then right) while that side has repetitions to go; else the next stretch in the catalog's order
     * that has nothing logged today (after the active one, or the first one on the picker).
     */
    public void moveOn(List<Stretch> catalog) {
        if (step() == Step.ENDED || step() == Step.PAIN_BEFORE) {
            return;
        }
        if (openStop != null) {
            stopPanelClosed();
            return;
        }
        Stretch stretch = active;
        if (stretch != null) {
            List<Side> sides = sides(stretch);
            Side other = sides.subList(sides.indexOf(side) + 1, sides.size()).stream()
                    .filter(s -> sheet.attemptsOf(new StretchSide(stretch.id(), s)).size() < stretch.repetitions()).findFirst().orElse(null);
            if (other != null) {
                side = other;
                return;
            }
        }
        int from = stretch == null ? 0 : catalog.indexOf(stretch) + 1;
        for (int i = 0; i < catalog.size(); i++) {
            Stretch next = catalog.get((from + i) % catalog.size());
            if (!next.equals(stretch) && sides(next).stream().allMatch(s -> sheet.attemptsOf(new StretchSide(next.id(), s)).isEmpty())) {
                pick(next);
                return;
            }
        }
    }

    public void endRequested() {
        ending = true;
        stopPanelClosed();
    }

    public void backToStretches() {
        ending = false;
    }

    private void advance() {
        Stretch stretch = active;
        if (stretch == null) {
            return;
        }
        int done = sheet.attemptsOf(new StretchSide(stretch.id(), side)).size();
        if (done < stretch.repetitions()) {
            return;
        }
        Side other = sides(stretch).stream()
                .filter(s -> sheet.attemptsOf(new StretchSide(stretch.id(), s)).isEmpty())
                .findFirst().orElse(null);
        if (other == null) {
            active = null;
        } else {
            side = other;
        }
    }

    /** Last visit's range of the active side, in the stretch's current unit. */
    public Previous previous() {
        Stretch stretch = active;
        return stretch == null ? Previous.NONE : sheet.previous(new StretchSide(stretch.id(), side), stretch.unit());
    }

    public Guidance guidance() {
        Stretch stretch = active;
        return stretch == null ? Guidance.NONE : sheet.guidance(new StretchSide(stretch.id(), side), stretch.unit());
    }

    /**
     * Where the range stepper starts: today's latest range on this side (rep 2 starts from rep 1), else last
     * visit's, else the toes for reach and mid-range for the rest.
     */
    public int startingRange() {
        Stretch stretch = Objects.requireNonNull(active, "no active stretch");
        List<Attempt> today = sheet.attemptsOf(new StretchSide(stretch.id(), side));
        for (int i = today.size() - 1; i >= 0; i--) {
            Integer range = today.get(i).range();
            if (range != null && today.get(i).unit() == stretch.unit() && stretch.isPlausible(range)) {
                return range;
            }
        }
        Integer last = previous().lastRange();
        if (last != null && stretch.isPlausible(last)) {
            return last;
        }
        if (stretch.unit() == MeasureUnit.CENTIMETRES && stretch.isPlausible(0)) {
            return 0;
        }
        return (stretch.rangeMin() + stretch.rangeMax()) / 2;
    }

    /** Each stretch side worked today, in catalog order, against the last visit before this one. */
    public List<SummaryLine> summary(List<Stretch> catalog) {
        List<SummaryLine> lines = new ArrayList<>();
        for (Stretch stretch : catalog) {
            for (Side s : sides(stretch)) {
                StretchSide key = new StretchSide(stretch.id(), s);
                List<Attempt> today = sheet.attemptsOf(key);
                if (!today.isEmpty()) {
                    lines.add(line(stretch, s, today, sheet.previous(key, stretch.unit())));
                }
            }
        }
        return lines;
    }

    private static SummaryLine line(Stretch stretch, Side side, List<Attempt> today, Previous previous) {
        List<Attempt> sameUnit = today.stream().filter(a -> a.unit() == stretch.unit()).toList();
        List<Attempt> stops = today.stream().filter(a -> a.outcome() == Outcome.STOPPED_FOR_PAIN).toList();
        if (!stops.isEmpty()) {
            Integer lowest = stops.stream().map(Attempt::range).filter(Objects::nonNull).min(Integer::compare).orElse(null);
            return new SummaryLine(stretch, side, Outcome.STOPPED_FOR_PAIN, null, previous.lastRange(), lowest);
        }
        if (today.stream().allMatch(a -> a.outcome() == Outcome.SKIPPED)) {
            return new SummaryLine(stretch, side, Outcome.SKIPPED, null, previous.lastRange(), null);
        }
        Integer best = sameUnit.stream().filter(a -> a.outcome() == Outcome.COMPLETED).map(Attempt::range)
                .filter(Objects::nonNull).max(Integer::compare).orElse(null);
        return new SummaryLine(stretch, side, Outcome.COMPLETED, best, previous.lastRange(), null);
    }
}
