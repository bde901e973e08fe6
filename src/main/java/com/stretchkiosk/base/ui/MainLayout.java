package com.stretchkiosk.base.ui;

import com.stretchkiosk.base.StudioUser;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.router.RouterLayout;
import java.util.Objects;

/** The kiosk's frame: a slim header with the studio's name and the way home, and the page below it. */
@PermitAll
public class MainLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public MainLayout(AuthenticationContext authentication) {
        addClassName("kiosk-shell");
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("kiosk-brand");
        brand.getElement().setAttribute("role", "link");
        brand.addClickListener(click -> UI.getCurrent().navigate(""));
        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.addClassName("kiosk-signed-in");
        Button signOut = new Button(getTranslation("app.sign-out"), tap -> authentication.logout());
        signOut.addClassName("kiosk-sign-out");
        Header header = new Header(brand);
        if (authentication.hasRole(StudioUser.MANAGER)) {
            for (String[] link : new String[][] {{"manager/catalog", "app.nav.catalog"}, {"manager/therapists", "app.nav.therapists"},
                {"manager/tablets", "app.nav.tablets"}, {"manager/backups", "app.nav.backups"},
                {"manager/figures", "app.nav.figures"}, {"manager/audit", "app.nav.audit"}}) {
                Button nav = new Button(getTranslation(link[1]), tap -> UI.getCurrent().navigate(link[0]));
                nav.addClassName("kiosk-nav");
                header.add(nav);
            }
        }
        Button lock = new Button(getTranslation("app.lock"), tap -> Lock.lockNow());
        lock.addClassName("kiosk-lock");
        header.add(who, lock, signOut);
        header.addClassName("kiosk-header");
        content.addClassName("kiosk-content");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }
}
