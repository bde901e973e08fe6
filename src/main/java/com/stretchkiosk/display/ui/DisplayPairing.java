package com.stretchkiosk.display.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.display.ClientDisplay;
import com.stretchkiosk.display.DisplayService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * On a tablet: the client displays that follow it, each with Unpair, and "Pair a client display", which shows a
 * code to type on the display. The code goes away by itself once a display has used it.
 */
public class DisplayPairing extends Div {

    private final DisplayService displays;
    private final long tabletId;
    private final StudioTime time;
    private final Div list = new Div();
    private final Paragraph code = new Paragraph();
    private @Nullable Runnable stopWatching;

    public DisplayPairing(DisplayService displays, long tabletId, StudioTime time) {
        this.displays = displays;
        this.tabletId = tabletId;
        this.time = time;
        addClassName("kiosk-display-pairing-panel");
        code.addClassName("kiosk-pairing-code");
        code.setVisible(false);
        var pair = Touch.secondary(getTranslation("display.pairing.new"), tap -> {
            DisplayService.PairingCode shown = displays.pairingCode();
            code.removeAll();
            Span digits = new Span(shown.digits().substring(0, 3) + " " + shown.digits().substring(3));
            digits.addClassName("kiosk-pairing-digits");
            code.add(new Span(getTranslation("display.pairing.type")), digits,
                    new Span(getTranslation("display.pairing.until", time.time(shown.expiresAt()))));
            code.setVisible(true);
        });
        pair.addClassName("kiosk-pair-display");
        add(new H2(getTranslation("display.pairing.title")), list, code, pair);
        showDisplays(null);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        stopWatching = displays.watchPairing(tabletId, paired -> ui.access(() -> showDisplays(paired)));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopWatching != null) {
            stopWatching.run();
        }
    }

    private void showDisplays(@Nullable ClientDisplay justPaired) {
        list.removeAll();
        if (justPaired != null) {
            code.setVisible(false);
        }
        var following = displays.displaysOf(tabletId);
        if (following.isEmpty()) {
            list.add(new Paragraph(getTranslation("display.pairing.none")));
        }
        for (ClientDisplay display : following) {
            Span name = new Span(getTranslation(justPaired != null && justPaired.id() == display.id()
                    ? "display.pairing.just-paired" : "display.pairing.paired", display.label()));
            name.addClassName("kiosk-therapist-name");
            var unpair = Touch.secondary(getTranslation("display.pairing.unpair"), tap -> {
                displays.unpair(display.id());
                showDisplays(null);
            });
            unpair.setAriaLabel(getTranslation("display.pairing.unpair.named", display.label()));
            Div row = new Div(name, unpair);
            row.addClassName("kiosk-therapist-row");
            list.add(row);
        }
    }
}
