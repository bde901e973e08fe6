package com.stretchkiosk.visit.ui;

import com.stretchkiosk.display.DisplayScene;
import com.stretchkiosk.display.DisplayService;
import com.stretchkiosk.visit.BreathingPace;
import com.stretchkiosk.visit.SessionCourse;
import org.jspecify.annotations.Nullable;

/**
 * What this tablet's client displays show of the session: the active stretch with its hold and pacer, "relax"
 * between stretches and after a STOP, nothing once the session has ended or the screen is left (a lock, the
 * client's page). Nothing of it names the client.
 */
final class ClientDisplayFeed {

    private final DisplayService displays;
    private final @Nullable Long tabletId;

    /** {@code tabletId}: the enrolled tablet this screen is on; none, and no display follows it. */
    ClientDisplayFeed(DisplayService displays, @Nullable Long tabletId) {
        this.displays = displays;
        this.tabletId = tabletId;
    }

    @Nullable Long tabletId() {
        return tabletId;
    }

    /** Shows where the session stands; {@code panel} is the stretch's panel, kept while hidden, if one was shown. */
    void show(SessionCourse course, @Nullable ActiveStretch panel) {
        if (tabletId == null) {
            return;
        }
        DisplayScene scene;
        if (course.step() == SessionCourse.Step.ENDED) {
            scene = DisplayScene.BLANK;
        } else if (course.step() == SessionCourse.Step.STRETCH && panel != null && course.openStop() == null) {
            scene = panel.scene();
        } else if (panel != null) {
            scene = panel.relax();
        } else {
            scene = DisplayScene.relax(BreathingPace.DEFAULT_SECONDS, course.sheet().visit().startedAt().toEpochMilli());
        }
        displays.show(tabletId, scene);
    }

    /** The screen is gone (locked, left): the displays go dark. */
    void blank() {
        if (tabletId != null) {
            displays.show(tabletId, DisplayScene.BLANK);
        }
    }
}
