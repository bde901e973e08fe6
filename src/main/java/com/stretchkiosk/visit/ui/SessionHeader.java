package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.ui.Lock;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.fullscreen.Fullscreen;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;

/**
 * One row at the top of the session screen: the way back, the client (a long name cut with an ellipsis), the
 * cautions, the session's clock, the therapist, pain before, Lock and End.
 */
class SessionHeader extends Header {

    private final Button cautions = new Button();
    private final Span painBefore = new Span();
    private final Span clock = new Span();
    private final Button end;
    private boolean clockShown;
    private boolean clockStopped;

    SessionHeader(StudioTime time, Visit visit, Runnable toClient, Runnable showCautions, Runnable onEnd,
            java.util.function.Consumer<String> tell) {
        addClassName("kiosk-session-header");
        // An arrow where the header is narrow (its words stay its name, session.css): the client's name keeps its room.
        Button back = new Button(getTranslation("session.to-client"), VaadinIcon.ARROW_LEFT.create(), tap -> toClient.run());
        back.addClassName("kiosk-session-back");
        back.setTooltipText(getTranslation("session.to-client"));
        back.setAriaLabel(getTranslation("session.to-client"));
        H1 name = new H1(visit.clientName());
        name.addClassName("kiosk-session-client");
        name.getElement().setAttribute("title", visit.clientName());
        // Who is stretching and the pain before, one tap away where the header has no room for them.
        name.addClickListener(tap -> tell.accept(getTranslation("session.who", visit.clientName(), visit.therapistName(), painBefore.getText())));
        cautions.addClassName("kiosk-badge-caution");
        cautions.addClickListener(tap -> showCautions.run());
        clock.addClassName("kiosk-session-elapsed");
        clock.getElement().setAttribute("aria-label", getTranslation("session.elapsed"));
        Span therapist = new Span(visit.therapistName());
        therapist.addClassName("kiosk-session-therapist");
        painBefore.addClassName("kiosk-session-pain-before");
        Button lock = new Button(getTranslation("app.lock"), tap -> Lock.lockNow());
        lock.addClassName("kiosk-lock");
        // The whole screen for the session: no browser bars at the table (Esc is kept for a clicker, session.js).
        Button fullScreen = new Button(VaadinIcon.EXPAND_SQUARE.create());
        fullScreen.setAriaLabel(getTranslation("session.full-screen"));
        fullScreen.setTooltipText(getTranslation("session.full-screen"));
        fullScreen.addClassName("kiosk-full-screen");
        Fullscreen.onClick(fullScreen).enter();
        end = new Button(getTranslation("session.end"), tap -> onEnd.run());
        end.addClassName("kiosk-session-end");
        add(back, name, cautions, clock, therapist, painBefore, fullScreen, lock, end);
        clock.getElement().setAttribute("title", getTranslation("session.started-at", time.time(visit.startedAt())));
    }

    /** Shows what may have changed: cautions (those at the chain's other studios too), pain before, whether the session is still open. */
    void show(VisitSheet sheet, int otherStudios) {
        int count = sheet.cautions().size() + (sheet.visit().precautions() == null ? 0 : 1) + otherStudios;
        Touch.setText(cautions, getTranslation("session.cautions", count));
        cautions.setVisible(count > 0);
        Touch.setText(painBefore, sheet.painBefore() == null ? getTranslation("session.pain-before.none")
                : getTranslation("session.pain-before.value", sheet.painBefore()));
        end.setVisible(sheet.visit().isOpen());
        showClock(sheet.visit());
    }

    private void showClock(Visit visit) {
        boolean ended = visit.endedAt() != null;
        if (clockShown && ended == clockStopped) {
            return;
        }
        clockShown = true;
        clockStopped = ended;
        Element elapsed = new Element("kiosk-elapsed");
        elapsed.setAttribute("since", Long.toString(visit.startedAt().toEpochMilli()));
        if (visit.endedAt() != null) {
            elapsed.setAttribute("until", Long.toString(visit.endedAt().toEpochMilli()));
        }
        clock.removeAll();
        clock.getElement().appendChild(elapsed);
    }
}
