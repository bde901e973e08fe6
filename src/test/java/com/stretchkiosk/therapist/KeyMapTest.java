package com.stretchkiosk.therapist;

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
    void a_tablets_own_map_is_stored_and_read_back_and_a_key_does_one_thing() {
        KeyMap mine = KeyMap.DEFAULT.with("q", KeyMap.Action.STOP).with("PageDown", KeyMap.Action.NEXT);
        assertThat(KeyMap.decode(mine.encode())).isEqualTo(mine);
        assertThat(mine.byKey()).containsEntry("PageDown", KeyMap.Action.NEXT).containsEntry("q", KeyMap.Action.STOP);
        assertThat(mine.keysOf(KeyMap.Action.LOG)).doesNotContain("PageDown");
        assertThat(KeyMap.decode(" \n")).isEqualTo(KeyMap.DEFAULT);
        assertThat(KeyMap.decode("x\tJUMP\n")).as("an unknown action is left out, and nothing left is the default").isEqualTo(KeyMap.DEFAULT);
        assertThat(KeyMap.decode(null)).isEqualTo(KeyMap.DEFAULT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KeyMap.DEFAULT.with("a\tb", KeyMap.Action.LOG))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_key_can_be_taken_off_but_stop_always_keeps_one() {
        KeyMap fewer = KeyMap.DEFAULT.without("Enter").without("b");
        assertThat(fewer.byKey()).doesNotContainKeys("Enter", "b");
        KeyMap oneStop = fewer.without("B");
        assertThat(oneStop.keysOf(KeyMap.Action.STOP)).containsExactly(".");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> oneStop.without("."))
                .isInstanceOf(KeyMap.StopNeedsAKeyException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> oneStop.with(".", KeyMap.Action.LOG))
                .as("STOP's last key given to Log").isInstanceOf(KeyMap.StopNeedsAKeyException.class);
        assertThat(oneStop.with("q", KeyMap.Action.STOP).with(".", KeyMap.Action.LOG).keysOf(KeyMap.Action.STOP))
                .as("once STOP has another key").containsExactly("q");
    }

    @Test
    void the_browser_gets_the_map_as_json_with_quotes_escaped() {
        assertThat(new KeyMap(Map.of("\"", KeyMap.Action.LOG)).toJson()).isEqualTo("{\"\\\"\":\"LOG\"}");
        assertThat(KeyMap.DEFAULT.toJson()).contains("\" \":\"TIMER\"").contains("\"Escape\":\"NEXT\"");
    }
}
