package com.stretchkiosk.base.ui;

import com.stretchkiosk.base.RecordNotFoundException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A client, session or visit that does not exist, whatever the address said (an unknown, negative, huge or
 * non-numeric id): one calm sentence and the way back to the clients, never a stack trace.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<RecordNotFoundException>, HasDynamicTitle {

    private String title = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        title = getTranslation(parameter.getException().messageKey());
        show(this, title);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The page's content: the sentence as the heading, and the way back. */
    static void show(VerticalLayout page, String sentence) {
        page.removeAll();
        page.addClassName("kiosk-not-found");
        page.add(new H1(sentence), Touch.primary(page.getTranslation("client.back"),
                tap -> page.getUI().ifPresent(ui -> ui.navigate(""))));
    }
}
