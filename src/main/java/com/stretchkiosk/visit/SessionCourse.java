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
    /** The therapist chose "Extra rep" on a side whose planned repetitions are all taken. */
    private boolean extra;
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

    /**
     * The repetition Log stores now on the active side: the lowest of the stretch's planned repetitions that holds no
     * standing attempt (an undone one is offered again); on a side whose planned repetitions are all taken, the next
     * extra one, which the screen offers only as a deliberate "Extra rep" ({@link #sideDone()}). A function of the
     * stored facts and the side alone, so the live screen, a resumed one and another tablet agree.
     */
    public int repetition() {
        Stretch stretch = active;
        if (stretch == null) {
            return 1;
        }
        int planned = plannedFree(sheet, stretch, side);
        if (planned > 0) {
            return planned;
        }
        int extraRepetition = extraFree(sheet, stretch, side);
        return extraRepetition > 0 ? extraRepetition : Attempt.REPETITION_MAX;
    }

    /** The repetition Log stores now, as a slot; none while no stretch is active. */
    public @Nullable Slot slot() {
        Stretch stretch = active;
        return stretch == null ? null : new Slot(stretch.id(), side, repetition());
    }

    /** Every planned repetition of the active side is taken, and no extra one was chosen: Log gives way to "Extra rep". */
    public boolean sideDone() {
        Stretch stretch = active;
        return stretch != null && !extra && plannedFree(sheet, stretch, side) == 0;
    }

    /** The therapist chose one more repetition on a side that is done; the next Log stores it. */
    public void chooseExtra() {
        if (active != null && extraFree(sheet, active, side) > 0) {
            extra = true;
        }
    }

    /** The lowest planned repetition of a stretch side with no standing attempt today, or 0 when all are taken. */
    public static int plannedFree(VisitSheet sheet, Stretch stretch, Side side) {
        return free(sheet, stretch, side, 1, Math.min(stretch.repetitions(), Attempt.REPETITION_MAX));
    }

    private static int extraFree(VisitSheet sheet, Stretch stretch, Side side) {
        return free(sheet, stretch, side, stretch.repetitions() + 1, Attempt.REPETITION_MAX);
    }

    private static int free(VisitSheet sheet, Stretch stretch, Side side, int from, int to) {
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        sheet.attemptsOf(new StretchSide(stretch.id(), side)).forEach(a -> taken.add(a.repetition()));
        for (int repetition = from; repetition <= to; repetition++) {
            if (!taken.contains(repetition)) {
                return repetition;
            }
        }
        return 0;
    }

    /** The side to work on: the preferred one while it has planned repetitions to go, else the first that has; null if none. */
    private @Nullable Side sideWithRoom(Stretch stretch, @Nullable Side preferred) {
        if (preferred != null && sides(stretch).contains(preferred) && plannedFree(sheet, stretch, preferred) > 0) {
            return preferred;
        }
        return sides(stretch).stream().filter(s -> plannedFree(sheet, stretch, s) > 0).findFirst().orElse(null);
    }

    /** The pain stop whose details are being given: a STOP now opens it again instead of storing another. */
    public @Nullable PainStop openStop() {
        return openStop;
    }

    public void painBeforeDone(VisitSheet latest) {
        sheet = latest;
        painBeforeAsked = true;
    }

    /**
     * A stretch picked: the side it had if it is the active one and that side has repetitions to go, else the first
     * side that has, else (a stretch done today) its first side, where "Extra rep" is offered.
     */
    public void pick(Stretch stretch) {
        boolean same = active != null && active.id() == stretch.id();
        Side withRoom = sideWithRoom(stretch, same ? side : null);
        Side before = side;
        active = stretch;
        side = withRoom != null ? withRoom : same ? side : sides(stretch).getFirst();
        extra = extra && same && side == before;
        painBeforeAsked = true;
        ending = false;
        closeStop();
    }

    /**
     * The screen comes back (a lock, a reload, the client page) to the stretch and side it left: the same course the
     * live screen would be on, from the stored facts. A stretch done meanwhile leaves the picker showing, unless an extra
     * repetition had been chosen there and is still to do.
     */
    public void resume(Stretch stretch, Side onSide, boolean extraChosen) {
        if (extraChosen && sides(stretch).contains(onSide) && plannedFree(sheet, stretch, onSide) == 0
                && extraFree(sheet, stretch, onSide) > 0) {
            pick(stretch);
            side = onSide;
            extra = true;
            return;
        }
        Side withRoom = sideWithRoom(stretch, onSide);
        if (withRoom != null) {
            pick(stretch);
            side = withRoom;
        }
    }

    /** Whether "Extra rep" was chosen on the active side (kept with the screen's draft for a lock or a reload). */
    public boolean extraChosen() {
        return extra;
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
        if (chosen != side) {
            extra = false;
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

    /**
     * Facts changed elsewhere (another tablet, an undo, a refused tap): the repetition follows what is stored, and a
     * side whose last repetition was just taken moves on as after a log.
     */
    public void changed(VisitSheet latest) {
        Stretch stretch = active;
        boolean hadRoom = stretch != null && plannedFree(sheet, stretch, side) > 0;
        sheet = latest;
        if (openStop != null && latest.painStops().stream().noneMatch(s -> s.id() == Objects.requireNonNull(openStop).id())) {
            openStop = null;
        }
        // Another tablet took this side's last repetition: this screen moves on as the one that took it did.
        if (hadRoom && openStop == null && plannedFree(sheet, Objects.requireNonNull(stretch), side) == 0) {
            advance();
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
                    .filter(s -> plannedFree(sheet, stretch, s) > 0).findFirst().orElse(null);
            if (other != null) {
                chooseSide(other);
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

    /** After a repetition is taken: this side while it has planned repetitions to go, else the next side that has, else the picker. */
    private void advance() {
        Stretch stretch = active;
        if (stretch == null) {
            return;
        }
        extra = false;
        Side next = sideWithRoom(stretch, side);
        if (next == null) {
            active = null;
        } else {
            side = next;
        }
    }

    /**
     * What Log stores as the range when the stepper was not touched: the previous repetition's range on this side
     * today (rep 2 from rep 1), in the stretch's current unit; nothing for the first repetition or after a stop.
     */
    public @Nullable Integer proposedRange() {
        Stretch stretch = active;
        if (stretch == null) {
            return null;
        }
        int repetition = repetition();
        return sheet.attemptsOf(new StretchSide(stretch.id(), side)).stream()
                .filter(a -> a.repetition() < repetition)
                .max(java.util.Comparator.comparingInt(Attempt::repetition))
                .filter(a -> a.outcome() == Outcome.COMPLETED && a.range() != null && a.unit() == stretch.unit()
                        && stretch.isPlausible(a.range()))
                .map(Attempt::range).orElse(null);
    }

    /**
     * The range a stop's panel asks to confirm: the stop's own (what was set or proposed when STOP was tapped), else
     * the previous repetition's of that side today, else last visit's; null when none is known.
     */
    public @Nullable Integer rangeToConfirm(Attempt stopped, Stretch stretch) {
        PainStop stop = stopped.painStop();
        if (stop != null && stop.rangeAtStop() != null) {
            return stop.rangeAtStop();
        }
        Integer earlier = sheet.attemptsOf(stopped.stretchSide()).stream()
                .filter(a -> a.repetition() < stopped.repetition() && a.range() != null && a.unit() == stretch.unit())
                .max(java.util.Comparator.comparingInt(Attempt::repetition)).map(Attempt::range).orElse(null);
        if (earlier != null) {
            return earlier;
        }
        Integer last = sheet.previous(stopped.stretchSide(), stretch.unit()).lastRange();
        return last != null && stretch.isPlausible(last) ? last : null;
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
            Integer lowest = stops.stream().map(a -> Objects.requireNonNull(a.painStop()).rangeAtStop()).filter(Objects::nonNull)
                    .min(Integer::compare).orElse(null);
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
