package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.therapist.Pin;
import com.stretchkiosk.therapist.PinCheck;
import com.stretchkiosk.therapist.Therapist;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Therapist tiles, then a large PIN pad: switching people on an enrolled tablet, one-handed. */
class PinPad extends Div {

    private final TherapistService therapists;
    private final long deviceId;
    private final Consumer<StudioUser> onSignedIn;
    private final Span dots = new Span();
    private final Paragraph problem = new Paragraph();
    private @Nullable Therapist chosen;
    private String typed = "";

    PinPad(TherapistService therapists, long deviceId, Consumer<StudioUser> onSignedIn) {
        this.therapists = therapists;
        this.deviceId = deviceId;
        this.onSignedIn = onSignedIn;
        addClassName("kiosk-pin-pad");
        problem.addClassName("kiosk-problem");
        showTiles();
    }

    private void showTiles() {
        removeAll();
        chosen = null;
        typed = "";
        add(new H2(getTranslation("pin.who")));
        Div tiles = new Div();
        tiles.addClassName("kiosk-tiles");
        for (Therapist therapist : therapists.withPin()) {
            Button tile = new Button(therapist.displayName(), tap -> showPad(therapist));
            tile.addClassName("kiosk-therapist-tile");
            tiles.add(tile);
        }
        add(tiles);
    }

    private void showPad(Therapist therapist) {
        removeAll();
        chosen = therapist;
        typed = "";
        dots.addClassName("kiosk-pin-dots");
        showDots();
        problem.setText("");
        Div keys = new Div();
        keys.addClassName("kiosk-pin-keys");
        for (String key : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"}) {
            Button button = new Button(switch (key) {
                case "OK" -> getTranslation("pin.ok");
                default -> key;
            }, tap -> press(key));
            button.addClassName("kiosk-pin-key");
            if ("OK".equals(key)) {
                button.addClassName("kiosk-pin-ok");
            }
            if ("⌫".equals(key)) {
                button.setAriaLabel(getTranslation("pin.delete"));
            }
            keys.add(button);
        }
        Button someoneElse = Touch.secondary(getTranslation("pin.someone-else"), tap -> showTiles());
        someoneElse.addClassName("kiosk-pin-someone-else");
        add(new H2(getTranslation("pin.for", therapist.displayName())), dots, problem, keys, someoneElse);
    }

    private void press(String key) {
        switch (key) {
            case "⌫" -> typed = typed.isEmpty() ? "" : typed.substring(0, typed.length() - 1);
            case "OK" -> check();
            default -> typed = typed.length() < Pin.MAX_LENGTH ? typed + key : typed;
        }
        showDots();
    }

    private void showDots() {
        dots.setText("●".repeat(typed.length()) + "○".repeat(Math.max(0, Pin.MIN_LENGTH - typed.length())));
    }

    private void check() {
        Therapist therapist = chosen;
        if (therapist == null) {
            return;
        }
        PinCheck check = therapists.checkPin(therapist.id(), typed, deviceId);
        typed = "";
        if (check.outcome() == PinCheck.Outcome.OK && check.user() != null) {
            onSignedIn.accept(check.user());
            return;
        }
        try {
            Thread.sleep(TherapistService.PIN_FAILURE_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        problem.setText(switch (check.outcome()) {
            case DISABLED -> getTranslation("pin.disabled");
            case TABLET_REVOKED -> getTranslation("pin.tablet-revoked");
            default -> getTranslation("pin.wrong", Pin.MAX_FAILURES - check.failures());
        });
    }
}
