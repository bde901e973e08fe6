package com.stretchkiosk.therapist;

import com.stretchkiosk.base.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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

    /** A key as a person reads it: "PgUp", "→", "Space", or the character itself. */
    public static String name(String key, Words words) {
        return switch (key) {
            case "PageUp", "PageDown", "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Enter", "Escape", " " ->
                    words.t("key." + (key.equals(" ") ? "space" : key.toLowerCase(java.util.Locale.ROOT)));
            default -> key;
        };
    }

    /** Most keys a tablet maps: every key of a clicker and a four-key pedal, with room to spare. */
    public static final int MAX_KEYS = 40;

    /**
     * The same map with {@code key} doing {@code action} (and nothing else). Refused when it would take STOP's
     * last key: a tablet's pedal or clicker always has a STOP.
     */
    public KeyMap with(String key, Action action) {
        if (key.isEmpty() || key.length() > 20 || key.contains("\t") || key.contains("\n")) {
            throw new IllegalArgumentException("Not a key name: " + key);
        }
        Map<String, Action> keys = new LinkedHashMap<>(byKey);
        keys.put(key, action);
        requireStop(keys);
        if (keys.size() > MAX_KEYS) {
            throw new IllegalArgumentException("More than " + MAX_KEYS + " keys");
        }
        return new KeyMap(keys);
    }

    /** The same map without {@code key}; refused for STOP's last key. */
    public KeyMap without(String key) {
        Map<String, Action> keys = new LinkedHashMap<>(byKey);
        keys.remove(key);
        requireStop(keys);
        return new KeyMap(keys);
    }

    private static void requireStop(Map<String, Action> keys) {
        if (!keys.containsValue(Action.STOP)) {
            throw new StopNeedsAKeyException();
        }
    }

    /** A change that would leave STOP without a key. */
    public static final class StopNeedsAKeyException extends IllegalArgumentException {
        StopNeedsAKeyException() {
            super("STOP keeps at least one key");
        }
    }

    /** As stored with the tablet: one "key, tab, action" a line. */
    public String encode() {
        StringBuilder lines = new StringBuilder();
        byKey.forEach((key, action) -> lines.append(key).append('\t').append(action.name()).append('\n'));
        return lines.toString();
    }

    /** A stored map; null, or a map of which nothing can be read, is the default map (a tablet never ends up keyless). */
    public static KeyMap decode(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return DEFAULT;
        }
        Map<String, Action> keys = new LinkedHashMap<>();
        for (String line : stored.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                try {
                    keys.put(line.substring(0, tab), Action.valueOf(line.substring(tab + 1)));
                } catch (IllegalArgumentException unknown) {
                    // an action this kiosk no longer has: left out
                }
            }
        }
        return keys.isEmpty() ? DEFAULT : new KeyMap(keys);
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
