package com.stretchkiosk.visit.ui;

import jakarta.annotation.security.PermitAll;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.visit.VisitNotFoundException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for a session id that does not exist: a calm page and the way back to the clients, no stack trace. */
@PermitAll
@ParentLayout(MainLayout.class)
public class SessionNotFoundView extends VerticalLayout implements HasErrorParameter<VisitNotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<VisitNotFoundException> parameter) {
        removeAll();
        add(new H1(parameter.hasCustomMessage() ? parameter.getCustomMessage() : getTranslation("session.not-found")),
                Touch.primary(getTranslation("client.back"), tap -> getUI().ifPresent(ui -> ui.navigate(""))));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
