package com.stretchkiosk.therapist.ui;

import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.therapist.DeviceService;
import com.stretchkiosk.therapist.KeyMap;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * For a manager at an enrolled tablet: which pedal or clicker key does what on this tablet's session screen. A
 * key is set by pressing it on the pedal itself ("Press the key…"); a key does one thing at a time.
 */
class TabletKeys extends Div {

    private final DeviceService devices;
    private final long deviceId;
    private final Div rows = new Div();

    TabletKeys(DeviceService devices, long deviceId) {
        this.devices = devices;
        this.deviceId = deviceId;
        addClassNames("kiosk-briefing-section", "kiosk-tablet-keys");
        Button reset = Touch.secondary(getTranslation("tablets.keys.default"), tap -> {
            devices.setKeyMap(deviceId, KeyMap.DEFAULT);
            show();
        });
        add(new H2(getTranslation("tablets.keys.title")), new Paragraph(getTranslation("tablets.keys.intro")), rows, reset);
        show();
    }

    private void show() {
        rows.removeAll();
        KeyMap keys = devices.keyMap(deviceId);
        for (KeyMap.Action action : KeyMap.Action.values()) {
            Span name = new Span(getTranslation(Words.key("tablets.keys.action.", action)));
            name.addClassName("kiosk-therapist-name");
            // Each key as a key cap (<kbd>): "PgUp" in the studio's words, "F5" or "b" as printed on the key.
            Span current = new Span();
            current.addClassName("kiosk-therapist-status");
            if (keys.keysOf(action).isEmpty()) {
                current.setText(getTranslation("tablets.keys.none"));
            }
            keys.keysOf(action).forEach(key -> {
                // Each key a key cap that takes the key off when tapped (STOP keeps its last one).
                String keyName = KeyMap.name(key, this::getTranslation);
                Element cap = new Element("kbd");
                cap.setText(keyName);
                Button remove = new Button();
                remove.getElement().appendChild(cap, new Element("span").setText(" ×"));
                remove.addClassName("kiosk-key-cap");
                remove.setAriaLabel(getTranslation("tablets.keys.remove", keyName, getTranslation(Words.key("tablets.keys.action.", action))));
                remove.addClickListener(tap -> {
                    try {
                        devices.setKeyMap(deviceId, devices.keyMap(deviceId).without(key));
                    } catch (KeyMap.StopNeedsAKeyException refused) {
                        Touch.refused(getTranslation("tablets.keys.stop-needs-key"));
                    }
                    show();
                });
                current.add(remove);
            });
            Button press = Touch.secondary(getTranslation("tablets.keys.press"), tap -> listen(tap.getSource()));
            press.addClassName("kiosk-key-press");
            press.getElement().addEventListener("kiosk-key-chosen", chosen -> {
                String key = chosen.getEventData().get("event.detail.key").asString();
                try {
                    devices.setKeyMap(deviceId, devices.keyMap(deviceId).with(key, action));
                    Touch.saved(getTranslation("tablets.keys.saved", KeyMap.name(key, this::getTranslation),
                            getTranslation(Words.key("tablets.keys.action.", action))));
                } catch (KeyMap.StopNeedsAKeyException refused) {
                    Touch.refused(getTranslation("tablets.keys.stop-needs-key"));
                } catch (IllegalArgumentException refused) {
                    Touch.refused(getTranslation("tablets.keys.refused"));
                }
                show();
            }).addEventData("event.detail.key");
            Div row = new Div(name, current, press);
            row.addClassName("kiosk-therapist-row");
            rows.add(row);
        }
    }

    /** The next key pressed anywhere on the page is the one: the pedal's own key, whatever it sends. */
    private void listen(Button press) {
        press.setText(getTranslation("tablets.keys.now"));
        press.getElement().executeJs("""
                document.addEventListener('keydown', e => {
                  e.preventDefault();
                  e.stopPropagation();
                  this.dispatchEvent(new CustomEvent('kiosk-key-chosen', { detail: { key: e.key } }));
                }, { once: true, capture: true });""");
    }
}
