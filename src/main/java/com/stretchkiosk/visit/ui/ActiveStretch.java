package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The stretch being worked on: name, Left/Right and the repetition on top; the steps, the hold timer, the
 * breathing pacer and the recording form in the middle (or the pain-stop panel in their place); Log and Skip
 * below; STOP in a place of its own that nothing covers (kiosk.css lays it out per orientation).
 */
class ActiveStretch extends Div {

    /** What the screen does on a tap here. */
    interface Taps {
        void log();

        void skip();

        void stop();

        void side(Side side);

        void pace(int seconds);

        void clientView(boolean on);
    }

    private final Stretch stretch;
    private int repetition;
    private final Span reps = new Span();
    private final Button view = new Button();
    private final RecordingForm form;
    private final HoldTimer timer;
    private final Div content = new Div();
    private final Div panel = new Div();
    private final Button log = new Button();
    private @Nullable Integer heldSeconds;

    ActiveStretch(Stretch stretch, SessionCourse course, int pace, boolean clientView, Taps taps) {
        this.stretch = stretch;
        this.repetition = course.repetition();
        addClassName("kiosk-active");
        setClassName("client-view", clientView);

        H2 title = new H2(stretch.name());
        Span position = new Span(stretch.position());
        position.addClassName("kiosk-active-position");
        Div name = new Div(title, position);
        name.addClassName("kiosk-active-name");
        Div head = new Div(name);
        head.addClassName("kiosk-active-head");
        if (stretch.sided()) {
            ChoiceChips<Side> sides = new ChoiceChips<>(List.of(Side.LEFT, Side.RIGHT),
                    s -> getTranslation(Touch.key("session.side.", s)), taps::side);
            sides.select(course.side());
            sides.addClassName("kiosk-side-chips");
            head.add(sides);
        }
        reps.addClassName("kiosk-repetition");
        view.addClassName("kiosk-client-view-toggle");
        view.addClickListener(tap -> taps.clientView(!hasClassName("client-view")));
        setClientView(clientView);
        head.add(reps, view);

        Button stop = new Button(getTranslation("session.stop.button"), tap -> taps.stop());
        stop.addClassName("kiosk-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);

        OrderedList steps = new OrderedList();
        steps.addClassName("kiosk-steps");
        stretch.steps().forEach(step -> steps.add(new ListItem(step)));

        timer = new HoldTimer(stretch.holdSeconds());
        timer.addHeldListener(held -> heldSeconds = held.seconds());
        Div timerBox = new Div(timer);
        timerBox.addClassName("kiosk-timer");

        BreathPacer pacer = new BreathPacer(pace);
        Span paceLabel = new Span(getTranslation("session.pace", pacer.pace()));
        paceLabel.addClassName("kiosk-pace-label");
        IntConsumer setPace = seconds -> {
            pacer.setPace(seconds);
            paceLabel.setText(getTranslation("session.pace", pacer.pace()));
            taps.pace(pacer.pace());
        };
        Button faster = new Button("−", tap -> setPace.accept(pacer.pace() - 1));
        faster.setAriaLabel(getTranslation("session.pace.faster"));
        Button slower = new Button("+", tap -> setPace.accept(pacer.pace() + 1));
        slower.setAriaLabel(getTranslation("session.pace.slower"));
        Div paceControls = new Div(faster, paceLabel, slower);
        paceControls.addClassName("kiosk-pace-controls");
        Div pacerBox = new Div(pacer, paceControls);
        pacerBox.addClassName("kiosk-pacer");

        form = new RecordingForm(stretch, course.previous().lastRange(), course.startingRange(), course.guidance(),
                this::showLogText);
        content.addClassName("kiosk-active-content");
        content.add(steps, timerBox, pacerBox, form);
        panel.addClassName("kiosk-active-panel");
        panel.setVisible(false);

        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        log.addClassNames("kiosk-primary", "kiosk-log");
        log.addClickListener(tap -> taps.log());
        Button skip = Touch.secondary(getTranslation("session.skip"), tap -> taps.skip());
        skip.addClassName("kiosk-skip");
        Div actions = new Div(log, skip);
        actions.addClassName("kiosk-active-actions");

        add(head, stop, content, panel, actions);
        showRepetition(repetition);
    }

    /** The repetition moved (another tablet logged one): the label and Log follow, what is set stays. */
    void showRepetition(int next) {
        repetition = next;
        reps.setText(getTranslation("session.repetition", repetition, stretch.repetitions()));
        showLogText();
    }

    /** The large view for the client: timer and pacer fill the middle; STOP stays where it is. */
    void setClientView(boolean on) {
        setClassName("client-view", on);
        view.setText(getTranslation(on ? "session.client-view.off" : "session.client-view.on"));
    }

    Stretch stretch() {
        return stretch;
    }

    int repetition() {
        return repetition;
    }

    RecordingForm form() {
        return form;
    }

    @Nullable Integer heldSeconds() {
        return heldSeconds;
    }

    /** Stops a running hold timer (STOP does). */
    void stopTimer() {
        timer.stop();
    }

    /** Puts a panel (pain-stop details, cautions) in place of the steps, timer and recording. */
    void showPanel(Component shown) {
        panel.removeAll();
        panel.add(shown);
        panel.setVisible(true);
        content.setVisible(false);
    }

    void hidePanel() {
        panel.removeAll();
        panel.setVisible(false);
        content.setVisible(true);
    }

    boolean showsPanel() {
        return panel.isVisible();
    }

    private void showLogText() {
        log.setText(form.range() == null ? getTranslation("session.log.unmeasured", repetition)
                : getTranslation("session.log", repetition));
    }
}
