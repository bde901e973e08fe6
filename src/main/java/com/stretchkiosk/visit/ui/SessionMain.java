package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.display.DisplayService;
import com.stretchkiosk.display.ui.DisplayPairing;
import com.stretchkiosk.visit.PainMoment;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.VisitSheet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The session screen's main area: the active stretch, built once and hidden between stretches, or what stands in its
 * place (pain before, the pick prompt with pairing a client display, the end, an ended session, a pain-stop panel).
 */
final class SessionMain extends Div {

    /** What the main area shows besides the stretch, and what its taps do. */
    record Parts(SessionText text, SessionTaps taps, List<Stretch> stretches, StudioTime time, DisplayService displays,
            @Nullable Long tabletId, Runnable update, Runnable toClient) {
    }

    /** The main area's content when no stretch is active: pain before, the pick prompt, the end. */
    private final Div other = new Div();
    /** The active stretch's component: built with the screen, hidden until a pick, then shown anew in place after each tap. */
    private @Nullable ActiveStretch stretchPanel;
    private @Nullable ActiveStretch active;
    /** Between stretches on an enrolled tablet: the client displays that follow it, and pairing one. */
    private @Nullable DisplayPairing pairing;

    SessionMain() {
        addClassName("kiosk-session-main");
        // A scrolling region a keyboard can reach (and scroll) even when it holds no control.
        getElement().setAttribute("tabindex", "0");
        other.addClassName("kiosk-session-other");
        add(other);
    }

    /** The stretch being recorded, if one is. */
    @Nullable ActiveStretch active() {
        return active;
    }

    /** The stretch panel once it has shown a stretch (it is built before, hidden): what the last stretch was. */
    @Nullable ActiveStretch shownPanel() {
        return stretchPanel != null && stretchPanel.hasStretch() ? stretchPanel : null;
    }

    /** A panel in the place of the main area's content (a pain-stop panel after the stretch ended). */
    void showInPlace(Component panel) {
        other.removeAll();
        other.add(panel);
    }

    /** Shows the course's step; the stretch panel is built by {@code newPanel} the first time it is needed. */
    void show(SessionCourse course, Supplier<ActiveStretch> newPanel, Parts parts) {
        VisitSheet sheet = course.sheet();
        boolean stretch = course.step() == SessionCourse.Step.STRETCH;
        // The active stretch stays attached while hidden: showing it again sends only what changed.
        setClassName("stretch", stretch);
        // Built with the screen, not at the first pick: that pick then sends what changed rather than the whole
        // panel, and the kiosk does not keep that large answer (Vaadin keeps each screen's last one for a resend).
        if (course.step() != SessionCourse.Step.ENDED && stretchPanel == null) {
            stretchPanel = newPanel.get();
            addComponentAsFirst(stretchPanel);
        }
        if (stretchPanel != null) {
            // Hidden by a class, never setVisible(false): Vaadin drops every event of an invisible component, and
            // a STOP queued during an outage behind a tap that finished the stretch must still reach the kiosk.
            stretchPanel.setClassName(ActiveStretch.AWAY, !stretch);
        }
        other.removeAll();
        other.setVisible(!stretch);
        active = stretch ? stretchPanel : null;
        SessionText text = parts.text();
        switch (course.step()) {
            case PAIN_BEFORE -> other.add(SessionPanels.painBefore(sheet, text, score -> parts.taps().pain(PainMoment.BEFORE, score), () -> {
                course.painBeforeDone(sheet);
                parts.update().run();
            }));
            case PICK -> {
                other.add(SessionPanels.pick(sheet, text));
                if (parts.tabletId() != null) {
                    other.add(pairing == null ? pairing = new DisplayPairing(parts.displays(), parts.tabletId(), parts.time()) : pairing);
                }
            }
            case STRETCH -> Objects.requireNonNull(stretchPanel).show(course);
            case ENDING -> other.add(SessionPanels.end(course, parts.stretches(), text, score -> parts.taps().pain(PainMoment.AFTER, score),
                    parts.taps()::finish, () -> {
                        course.backToStretches();
                        parts.update().run();
                    }));
            case ENDED -> other.add(SessionPanels.ended(course, parts.stretches(), text,
                    parts.time().dateTime(Objects.requireNonNullElse(sheet.visit().endedAt(), sheet.visit().startedAt())),
                    Touch.primary(text.t("session.to-client"), tap -> parts.toClient().run())));
        }
    }
}
