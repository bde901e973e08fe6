package com.stretchkiosk.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The session's feedback strip: Undo leaves when its time is up, even when the strip is drawn again; empty says nothing. */
class FeedbackStripTest {

    private final MovingClock clock = new MovingClock();

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void an_undo_whose_time_is_up_is_gone_when_the_strip_is_drawn_again() {
        FeedbackStrip strip = new FeedbackStrip(clock);
        UI.getCurrent().add(strip);
        assertThat(strip.getElement().getAttribute("data-kind")).as("nothing said: no black bar").isEqualTo("none");
        strip.saved("Saved: Levator scapulae, Left, rep 1", () -> { });
        assertThat(undo(strip).isVisible()).isTrue();

        // The tablet is locked for a while and unlocked: the same strip is drawn again 4 s later, then 11 s later.
        clock.now = clock.now.plusSeconds(4);
        UI.getCurrent().remove(strip);
        UI.getCurrent().add(strip);
        assertThat(undo(strip).isVisible()).isTrue();
        assertThat(undo(strip).getStyle().get("animation-delay")).as("the browser hides it when its 6 s left are up").isEqualTo("6000ms");
        clock.now = clock.now.plusSeconds(7);
        UI.getCurrent().remove(strip);
        UI.getCurrent().add(strip);
        assertThat(undo(strip).isVisible()).as("never offered once the kiosk would refuse it").isFalse();
    }

    @Test
    void the_kiosk_takes_undo_away_when_its_time_is_up_without_waiting_for_the_browser() throws Exception {
        FeedbackStrip strip = new FeedbackStrip(Clock.systemUTC());
        UI.getCurrent().add(strip);
        strip.saved("Saved", () -> { });
        long until = System.nanoTime() + FeedbackStrip.UNDO_FOR.plusSeconds(3).toNanos();
        while (undo(strip).isVisible() && System.nanoTime() < until) {
            MockVaadin.runUIQueue();
            Thread.sleep(50);
        }
        assertThat(undo(strip).isVisible()).isFalse();
    }

    private static Button undo(FeedbackStrip strip) {
        return strip.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-08T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
