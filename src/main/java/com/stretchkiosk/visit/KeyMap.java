package com.stretchkiosk.visit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which key of a foot pedal or presentation clicker does what on the session screen. Pedals and clickers are
 * keyboards: a two-key pedal sends Page Up / Page Down (or the arrows), a clicker Page Up / Page Down for its
 * arrows, "." or "b" for its blank-screen key and F5 / Escape for its start key. Keys are the browser's
 * {@code KeyboardEvent.key} names.
 */
public record KeyMap(Map<String, Action> byKey) {

    /** What a key does; the same as tapping the control on the screen. */
    public enum Action {
        /** Start or stop the hold timer. */
        TIMER,
        /** Log the repetition as it is set. */
        LOG,
        /** The next side, or the next stretch not done today; an open pain-stop panel closes. */
        NEXT,
        /** STOP — sharp pain. */
        STOP
    }

    /**
     * Two pedals: the left one times the hold, the right one logs. A clicker adds STOP on its blank-screen key and
     * Next on its start key.
     */
    public static final KeyMap DEFAULT = new KeyMap(defaults());

    public KeyMap {
        byKey = Map.copyOf(byKey);
    }

    /** The keys that do {@code action}, the first one the legend's. */
    public List<String> keysOf(Action action) {
        List<String> keys = new ArrayList<>();
        DEFAULT_ORDER.forEach(key -> {
            if (byKey.get(key) == action) {
                keys.add(key);
            }
        });
        byKey.forEach((key, what) -> {
            if (what == action && !keys.contains(key)) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** The map as the browser reads it: a JSON object from key name to action. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        byKey.forEach((key, action) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\":\"").append(action.name()).append('"');
        });
        return json.append('}').toString();
    }

    private static final List<String> DEFAULT_ORDER = List.of("PageUp", "ArrowLeft", "ArrowUp", " ", "PageDown", "ArrowRight",
            "ArrowDown", "Enter", "F5", "Escape", ".", "b", "B");

    private static Map<String, Action> defaults() {
        Map<String, Action> keys = new LinkedHashMap<>();
        for (String key : List.of("PageUp", "ArrowLeft", "ArrowUp", " ")) {
            keys.put(key, Action.TIMER);
        }
        for (String key : List.of("PageDown", "ArrowRight", "ArrowDown", "Enter")) {
            keys.put(key, Action.LOG);
        }
        for (String key : List.of("F5", "Escape")) {
            keys.put(key, Action.NEXT);
        }
        for (String key : List.of(".", "b", "B")) {
            keys.put(key, Action.STOP);
        }
        return keys;
    }
}
