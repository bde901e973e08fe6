package com.stretchkiosk.display.ui;

import com.stretchkiosk.base.DisplayUser;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.ui.BreathPacer;
import com.stretchkiosk.base.ui.DarkScreen;
import com.stretchkiosk.base.ui.HoldTimer;
import com.stretchkiosk.base.ui.Landmark;
import com.stretchkiosk.base.ui.ServerTime;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.display.ClientDisplay;
import com.stretchkiosk.display.DisplayRefusedException;
import com.stretchkiosk.display.DisplayScene;
import com.stretchkiosk.display.DisplayService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The client display's only screen. Unpaired, it asks for the code its tablet shows. Paired, it shows what the
 * tablet says the client should see, in large type on a dark screen: the stretch and side, the hold countdown and
 * the pacer, or "relax" between stretches; nothing at all while the tablet is locked or between sessions. It never
 * holds a client's name: its scenes have no place for one.
 */
@Route("display")
@RolesAllowed(StudioUser.DISPLAY)
public class DisplayView extends Div implements HasDynamicTitle {

    /** Milliseconds between a display's attempts to reconnect after a dropped connection (Vaadin's default is 5000). */
    static final int RECONNECT_MILLIS = 1000;

    private final DisplayService displays;
    private final H1 title = new H1();
    private final Paragraph side = new Paragraph();
    private final HoldTimer timer = HoldTimer.follower();
    private final BreathPacer pacer = new BreathPacer(5);
    private final Div stage = new Div();
    private final Div pairing = new Div();
    private final TextField code = new TextField();
    private @Nullable Runnable stopFollowing;
    private DisplayScene shown = DisplayScene.BLANK;
    /** This display, as it signed in: scenes arrive on other threads, which know no signed-in device. */
    private long displayId;

    public DisplayView(DisplayService displays) {
        this.displays = displays;
        addClassName("kiosk-display");
        title.addClassName("kiosk-display-title");
        side.addClassName("kiosk-display-side");
        timer.addClassName("kiosk-display-timer");
        pacer.addClassName("kiosk-display-pacer");
        Div dials = new Div(timer, pacer);
        dials.addClassName("kiosk-display-dials");
        stage.addClassName("kiosk-display-stage");
        stage.add(side, dials);

        code.setLabel(getTranslation("display.code"));
        code.setMaxLength(12);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "off");
        code.addClassName("kiosk-display-code");
        var pair = Touch.primary(getTranslation("display.pair"), tap -> pair());
        code.addKeyPressListener(Key.ENTER, enter -> pair());
        pairing.addClassName("kiosk-display-pairing");
        pairing.add(new Paragraph(getTranslation("display.pair.how")), code, pair);

        Div main = new Div(title, stage, pairing);
        main.addClassName("kiosk-display-main");
        Landmark.main(main);
        add(main, new ServerTime());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.title");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        DarkScreen.apply(ui, true);
        // A display has no one to tap "try again": after a dropped connection it comes back on its own, quickly.
        ui.getReconnectDialogConfiguration().setReconnectInterval(RECONNECT_MILLIS);
        ui.getReconnectDialogConfiguration().setReconnectAttempts(Integer.MAX_VALUE);
        displayId = DisplayUser.current().map(DisplayUser::deviceId).orElseThrow();
        showPairing(displays.display(displayId).orElse(null));
        stopFollowing = displays.follow(displayId, scene -> ui.access(() -> show(scene)));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopFollowing != null) {
            stopFollowing.run();
        }
    }

    private void pair() {
        try {
            ClientDisplay display = displays.pair(code.getValue());
            code.clear();
            Touch.showProblem(code, null);
            showPairing(display);
        } catch (DisplayRefusedException refused) {
            Touch.showProblem(code, refused.problem());
        }
    }

    /** The code form while unpaired; once paired, the scenes (blank until the tablet has a session open). */
    private void showPairing(@Nullable ClientDisplay display) {
        boolean paired = display != null && display.paired();
        pairing.setVisible(!paired);
        setClassName("paired", paired);
        if (!paired) {
            title.setText(getTranslation("display.title"));
            stage.setVisible(false);
        } else {
            show(shown);
        }
    }

    /** Shows a scene: only in place, so a running timer or pacer is never restarted by a scene that did not touch it. */
    void show(DisplayScene scene) {
        shown = scene;
        if (scene.kind() == DisplayScene.Kind.BLANK && !pairing.isVisible()) {
            // An unpairing also arrives as a dark scene: ask again for a code if it was one.
            ClientDisplay display = displays.display(displayId).orElse(null);
            if (display == null || !display.paired()) {
                showPairing(display);
                return;
            }
        }
        if (pairing.isVisible()) {
            return;
        }
        setClassName("blank", scene.kind() == DisplayScene.Kind.BLANK);
        stage.setVisible(scene.kind() != DisplayScene.Kind.BLANK);
        switch (scene.kind()) {
            case BLANK -> title.setText(getTranslation("display.waiting"));
            case RELAX -> {
                title.setText(getTranslation("display.relax"));
                side.setText(getTranslation("display.relax.breathe"));
            }
            case STRETCH -> {
                title.setText(scene.title());
                side.setText(scene.side());
                timer.follow(scene.holdSeconds(), scene.attempt(), scene.holdStartedAt(), scene.heldSeconds());
            }
        }
        timer.setVisible(scene.kind() == DisplayScene.Kind.STRETCH);
        side.setVisible(!side.getText().isEmpty());
        if (scene.kind() != DisplayScene.Kind.BLANK && (scene.pace() != pacer.pace() || scene.paceSince() != pacer.since())) {
            pacer.setPace(scene.pace(), scene.paceSince());
        }
    }
}
