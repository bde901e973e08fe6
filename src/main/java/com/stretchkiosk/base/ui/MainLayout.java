package com.stretchkiosk.base.ui;

import com.stretchkiosk.base.StudioUser;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Objects;

/**
 * The kiosk's frame: a slim bar with the studio's name, who is signed in, Lock and Sign out, and the page below
 * it. A manager also has the manager screens in a side drawer: beside the page on a wide screen, and behind the
 * menu button in portrait, so that every screen is two taps away at any tablet width.
 */
@RolesAllowed(StudioUser.THERAPIST)
public class MainLayout extends AppLayout {

    /** The manager screens, in the order of the drawer: route and the key of its name. */
    static final String[][] MANAGER_SCREENS = {{"manager/catalog", "app.nav.catalog"}, {"manager/therapists", "app.nav.therapists"},
        {"manager/tablets", "app.nav.tablets"}, {"manager/backups", "app.nav.backups"}, {"manager/figures", "app.nav.figures"},
        {"manager/audit", "app.nav.audit"}};

    private final Main content = new Main();
    private final StatusLine status = new StatusLine();

    public MainLayout(AuthenticationContext authentication, com.stretchkiosk.base.KioskProperties properties) {
        boolean hub = properties.hub().enabled();
        addClassName("kiosk-shell");
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("kiosk-brand");
        brand.getElement().setAttribute("role", "link");
        brand.getElement().setAttribute("tabindex", "0");
        brand.addClickListener(click -> UI.getCurrent().navigate(""));
        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.addClassName("kiosk-signed-in");
        Button lock = new Button(getTranslation("app.lock"), tap -> Lock.lockNow());
        lock.addClassName("kiosk-lock");
        Button signOut = new Button(getTranslation("app.sign-out"), tap -> authentication.logout());
        signOut.addClassName("kiosk-sign-out");
        Div bar = new Div(brand, who, lock, signOut);
        bar.addClassName("kiosk-header");
        if (authentication.hasRole(StudioUser.MANAGER)) {
            DrawerToggle menu = new DrawerToggle();
            menu.setAriaLabel(getTranslation("app.nav.menu"));
            menu.addClassName("kiosk-menu");
            addToNavbar(menu);
            SideNav screens = new SideNav();
            screens.setLabel(getTranslation("app.nav.label"));
            screens.addItem(new SideNavItem(getTranslation("app.nav.clients"), ""));
            for (String[] screen : MANAGER_SCREENS) {
                screens.addItem(new SideNavItem(getTranslation(screen[1]), screen[0]));
            }
            if (hub) {
                // The chain's hub: its studios (chain.ui.ChainView).
                screens.addItem(new SideNavItem(getTranslation("app.nav.chain"), "manager/chain"));
            }
            screens.addClassName("kiosk-side-nav");
            addToDrawer(screens);
        } else {
            setDrawerOpened(false);
        }
        addToNavbar(bar);
        content.addClassName("kiosk-content");
        setContent(content);
    }

    /** The frame's status line, where a screen says what was saved or refused. */
    public StatusLine status() {
        return status;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        status.screenChanged();
        content.getElement().appendChild(status.getElement(), Objects.requireNonNull(view).getElement());
        // A new screen opens at its top, whatever the one before had scrolled to (the frame's content scrolls inside the
        // app layout, not the window: a session opened from far down a briefing opened scrolled past its heading).
        content.getElement().executeJs("for (let e = this; e; e = e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host)) {"
                + " if (e.scrollTop) e.scrollTop = 0; } window.scrollTo(0, 0);");
        // In portrait the drawer lies over the page: a chosen screen closes it.
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }
}
