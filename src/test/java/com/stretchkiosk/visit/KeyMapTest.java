package com.stretchkiosk.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pedal and clicker keys: a two-key pedal and a clicker both work with the default map. */
class KeyMapTest {

    @Test
    void a_two_key_pedal_times_and_logs_and_a_clicker_adds_next_and_stop() {
        Map<String, KeyMap.Action> keys = KeyMap.DEFAULT.byKey();
        // AirTurn-type pedals in their default modes: Page Up / Page Down, or the arrows.
        assertThat(keys).containsEntry("PageUp", KeyMap.Action.TIMER).containsEntry("PageDown", KeyMap.Action.LOG)
                .containsEntry("ArrowLeft", KeyMap.Action.TIMER).containsEntry("ArrowRight", KeyMap.Action.LOG)
                .containsEntry("ArrowUp", KeyMap.Action.TIMER).containsEntry("ArrowDown", KeyMap.Action.LOG);
        // R400-type clickers: their blank-screen key is STOP, their start key (F5, then Esc) is Next.
        assertThat(keys).containsEntry(".", KeyMap.Action.STOP).containsEntry("b", KeyMap.Action.STOP)
                .containsEntry("F5", KeyMap.Action.NEXT).containsEntry("Escape", KeyMap.Action.NEXT);
        assertThat(KeyMap.DEFAULT.keysOf(KeyMap.Action.TIMER)).startsWith("PageUp");
        assertThat(KeyMap.DEFAULT.keysOf(KeyMap.Action.STOP)).startsWith(".");
    }

    @Test
    void the_browser_gets_the_map_as_json_with_quotes_escaped() {
        assertThat(new KeyMap(Map.of("\"", KeyMap.Action.LOG)).toJson()).isEqualTo("{\"\\\"\":\"LOG\"}");
        assertThat(KeyMap.DEFAULT.toJson()).contains("\" \":\"TIMER\"").contains("\"Escape\":\"NEXT\"");
    }
}
