package com.stretchkiosk.visit.ui;

import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.Side;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the tablet was in a session when it left the screen (a lock, the client page), kept in the HTTP session
 * while the screen is away and shown again when it comes back: the active stretch and side.
 */
final class SessionPosition {

    /** The active stretch and side of a session. */
    private record Position(long stretchId, Side side) implements Serializable {
    }

    private SessionPosition() {
    }

    /** The screen leaves: remembers the active stretch and side, or that there was none. */
    static void keep(VaadinSession session, SessionCourse course) {
        Stretch shown = course.step() == SessionCourse.Step.STRETCH ? course.active() : null;
        session.setAttribute(key(course), shown == null ? null : new Position(shown.id(), course.side()));
    }

    /** The screen comes back between stretches: the stretch and side it left are active again. */
    static void resume(@Nullable VaadinSession session, SessionCourse course, List<Stretch> stretches) {
        SessionCourse.Step step = course.step();
        if (session != null && session.getAttribute(key(course)) instanceof Position position
                && (step == SessionCourse.Step.PICK || step == SessionCourse.Step.PAIN_BEFORE)) {
            stretches.stream().filter(s -> s.id() == position.stretchId()).findFirst().ifPresent(stretch -> {
                course.pick(stretch);
                if (SessionCourse.sides(stretch).contains(position.side())) {
                    course.chooseSide(position.side());
                }
            });
        }
    }

    private static String key(SessionCourse course) {
        return "kiosk.session-position." + course.sheet().visit().id();
    }
}
