package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.HasElement;

/** Landmarks for the screens drawn without the frame (lock, sign-in, first start, summary, session). */
public final class Landmark {

    private Landmark() {
    }

    /** Marks the element as the page's one main landmark, where a screen reader's "skip to content" goes. */
    public static void main(HasElement element) {
        element.getElement().setAttribute("role", "main");
    }
}
