package com.stretchkiosk.visit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.base.ui.ChipTaps;
import com.stretchkiosk.base.ui.DrawnButtons;
import com.stretchkiosk.base.ui.Stepper;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The session screen in a Karibu test of any feature: its stretch tiles found by name, read as shown and tapped, and
 * whether a control is where a person can see it.
 */
public final class OnSessionScreen {

    private OnSessionScreen() {
    }

    /**
     * Taps a button as a finger does: Log, Skip and STOP carry what the browser reads when the finger lands (the slot
     * their label showed and the note typed, see session.js); every other button is clicked.
     */
    public static void press(Button button) {
        if (button.getElement().hasAttribute(SlotTap.SLOT)) {
            deliver(tapOf(button, ""));
        } else {
            _click(button);
        }
    }

    /**
     * What the browser reads when a finger lands on Log, Skip or STOP now, to be delivered now or later (a tap queued
     * during an outage, a double tap on a slow answer). {@code after}: the slot of an earlier tap still on its way
     * when something was set again since (session.js), or "".
     */
    public static SlotTap tapOf(Button button, String after) {
        String note = "";
        for (var parent = button.getParent(); parent.isPresent(); parent = parent.get().getParent()) {
            if (parent.get() instanceof ActiveStretch panel) {
                note = panel.form().note();
                break;
            }
        }
        return new SlotTap(button, true, button.getElement().getAttribute(SlotTap.SLOT), after, note);
    }

    /** The tap reaches the kiosk. */
    public static void deliver(SlotTap tap) {
        ComponentUtil.fireEvent(tap.getSource(), tap);
    }

    /** Taps the stretch's tile in the picker. */
    public static void pick(String name) {
        _click(tile(name));
    }

    /** What the tile shows, line by line (name, position, today's marks, last range, the caution when there is one). */
    public static String shown(String name) {
        StretchPicker.Tile tile = tile(name);
        return Stream.of("name", "position", "marks", "last", "caution").map(tile.getElement()::getAttribute)
                .filter(line -> line != null && !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** Whether the control is inside the stretch panel while it waits out of sight (a CSS class, see SessionView). */
    public static boolean outOfSight(Component component) {
        for (var parent = component.getParent(); parent.isPresent(); parent = parent.get().getParent()) {
            if (parent.get() instanceof ActiveStretch panel && panel.hasClassName(ActiveStretch.AWAY)) {
                return true;
            }
        }
        return false;
    }

    static StretchPicker.Tile tile(String name) {
        return _find(StretchPicker.Tile.class).stream().filter(tile -> tile.stretch().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No tile for " + name + " in the picker"));
    }

    /** The stretch is on screen: its panel shows it and is not waiting out of sight (a CSS class, see SessionView). */
    public static boolean isActive(String name) {
        return _find(ActiveStretch.class).stream()
                .anyMatch(panel -> !panel.hasClassName(ActiveStretch.AWAY) && panel.stretch().name().equals(name));
    }

    public static Button logButton() {
        return _get(Button.class, spec -> spec.withClasses("kiosk-log"));
    }

    public static String rangeValue() {
        return _find(Stepper.class, spec -> spec.withClasses("kiosk-range-stepper")).stream().filter(stepper -> !outOfSight(stepper))
                .findFirst().orElseThrow().value();
    }

    public static String stripText() {
        return _get(FeedbackStrip.class).text();
    }

    /** Taps the one button or chip on screen with these words. */
    public static void tap(String text) {
        List<Button> buttons = _find(Button.class, spec -> spec.withText(text)).stream().filter(button -> !outOfSight(button)).toList();
        List<DrawnButtons> rows = chipRows(text);
        assertThat(buttons.size() + rows.size()).as("exactly one \"%s\" on screen", text).isEqualTo(1);
        if (buttons.isEmpty()) {
            ChipTaps.tap(rows.getFirst(), text);
        } else {
            press(buttons.getFirst());
        }
    }

    /** Taps the one chip on screen with these words (a pain score, say, where "5" might also be a step). */
    public static void tapChip(String text) {
        List<DrawnButtons> rows = chipRows(text);
        assertThat(rows).as("exactly one chip \"%s\" on screen", text).hasSize(1);
        ChipTaps.tap(rows.getFirst(), text);
    }

    /** The chips and steppers on screen with a button of these words (the browser draws their buttons). */
    public static List<DrawnButtons> chipRows(String text) {
        return _find(DrawnButtons.class).stream().filter(row -> ChipTaps.has(row, text) && !outOfSight(row)).toList();
    }

    @SuppressWarnings("unchecked")
    public static void tapIn(String panelClass, String text) {
        var panel = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses(panelClass));
        List<DrawnButtons> rows = _find(panel, DrawnButtons.class).stream().filter(row -> ChipTaps.has(row, text)).toList();
        if (rows.size() == 1) {
            ChipTaps.tap(rows.getFirst(), text);
        } else {
            _click(_get(panel, Button.class, spec -> spec.withText(text)));
        }
    }

    /** The one button a person can see: those of a stretch panel waiting out of sight do not count. */
    public static Button onScreen(List<Button> found) {
        List<Button> seen = found.stream().filter(button -> !outOfSight(button)).toList();
        assertThat(seen).as("exactly one such button on screen").hasSize(1);
        return seen.getFirst();
    }

    /** Runs what server push brought to this UI until the condition holds, for two seconds at the most. */
    public static void awaitPush(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(2).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
    }

}
