package com.stretchkiosk.visit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

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
}
