package com.stretchkiosk.visit.ui;

import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Slot;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The session's draft on this tablet while its screen is away (a lock, a reload, the client page): the active stretch
 * and side (and an extra repetition chosen there), and the note being typed for the repetition on screen. It is kept on the server, in the tablet's HTTP
 * session, never in the browser, and shown again when the screen comes back: the stretch and side through the course
 * (which follows the stored facts), the note only if the same repetition is still the one to log.
 */
final class SessionPosition {

    /** The active stretch and side of a session, the repetition on screen and its note so far. */
    private record Position(long stretchId, Side side, boolean extra, String slot, String note) implements Serializable {
    }

    private SessionPosition() {
    }

    /** The screen leaves: remembers the active stretch, side and the note being typed, or that there was none. */
    static void keep(VaadinSession session, SessionCourse course, @Nullable String note) {
        Stretch shown = course.step() == SessionCourse.Step.STRETCH ? course.active() : null;
        Slot slot = course.slot();
        session.setAttribute(key(course), shown == null || slot == null ? null
                : new Position(shown.id(), course.side(), course.extraChosen(), slot.key(), note == null ? "" : note));
    }

    /**
     * The screen comes back between stretches: the stretch and side it left are active again when they still have a
     * repetition to go. Returns the note that was being typed when that repetition is still the one on screen.
     */
    static String resume(@Nullable VaadinSession session, SessionCourse course, List<Stretch> stretches) {
        SessionCourse.Step step = course.step();
        if (session != null && session.getAttribute(key(course)) instanceof Position position
                && (step == SessionCourse.Step.PICK || step == SessionCourse.Step.PAIN_BEFORE)) {
            stretches.stream().filter(s -> s.id() == position.stretchId()).findFirst()
                    .ifPresent(stretch -> course.resume(stretch, position.side(), position.extra()));
            Slot now = course.slot();
            if (now != null && now.key().equals(position.slot())) {
                return position.note();
            }
        }
        return "";
    }

    private static String key(SessionCourse course) {
        return "kiosk.session-position." + course.sheet().visit().id();
    }
}
