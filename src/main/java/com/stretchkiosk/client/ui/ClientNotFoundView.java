package com.stretchkiosk.client.ui;

import jakarta.annotation.security.PermitAll;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.client.ClientNotFoundException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for a client id that does not exist (or was archived): a way back, no stack trace. */
@PermitAll
@ParentLayout(MainLayout.class)
public class ClientNotFoundView extends VerticalLayout implements HasErrorParameter<ClientNotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ClientNotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("client.not-found")),
                Touch.primary(getTranslation("client.back"), tap -> getUI().ifPresent(ui -> ui.navigate(ClientsView.class))));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
