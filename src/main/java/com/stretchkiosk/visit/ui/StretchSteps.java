package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.ui.Lock;
import com.stretchkiosk.base.ui.Touch;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import java.util.List;

/**
 * A stretch's numbered steps. The browser draws the list from one attribute (frontend/kiosk.js,
 * {@code kiosk-steps}): one element on the server instead of a list item and a text per step.
 */
@Tag("kiosk-steps")
class StretchSteps extends Component implements HasStyle {

    private List<String> steps = List.of();

    StretchSteps() {
        addClassName("kiosk-steps");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(Lock.SCRIPT);
    }

    void show(List<String> shown) {
        steps = List.copyOf(shown);
        getElement().setAttribute("steps", Touch.jsonArray(steps));
    }

    List<String> steps() {
        return steps;
    }
}
