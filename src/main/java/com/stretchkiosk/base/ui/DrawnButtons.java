package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import java.util.List;

/**
 * Buttons the browser draws from their words (frontend/kiosk.js): one element on the server with the words in its
 * {@code labels} attribute, rather than a button and a text per word. A session screen holds a dozen rows of them;
 * drawn as server-side buttons they were the largest part of its memory and of every answer that reset them. A tap
 * arrives as a {@code kiosk-tap} event with the button's index, which is checked here before it counts.
 */
public abstract class DrawnButtons extends Component implements HasStyle {

    /** The browser's event for a tapped button; {@code event.detail.index} is its place among the words. */
    static final String TAP = "kiosk-tap";
    static final String INDEX = "event.detail.index";

    private List<String> labels = List.of();

    protected DrawnButtons() {
        getElement().addEventListener(TAP, event -> {
            // What the browser says is input: only an index of a button drawn here counts.
            var index = event.getEventData().get(INDEX);
            if (index != null && index.isIntegralNumber() && index.asInt() >= 0 && index.asInt() < labels.size()) {
                tapped(index.asInt());
            }
        }).addEventData(INDEX);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(Lock.SCRIPT);
    }

    /** A button was tapped: {@code index} is its place among the words. */
    protected abstract void tapped(int index);

    /** The buttons' words, in their order on screen. */
    public List<String> labels() {
        return labels;
    }

    protected final void setLabels(List<String> words) {
        labels = List.copyOf(words);
        setAttribute("labels", Touch.jsonArray(labels));
    }

    /** Sets an attribute when it differs from what the browser has: only a change goes into the answer. */
    protected final void setAttribute(String name, String value) {
        Touch.setAttribute(this, name, value);
    }
}
