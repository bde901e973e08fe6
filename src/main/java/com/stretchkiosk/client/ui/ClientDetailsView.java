package com.stretchkiosk.client.ui;

import com.stretchkiosk.base.StudioUser;
import jakarta.annotation.security.RolesAllowed;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.client.Client;
import com.stretchkiosk.client.ClientNotFoundException;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.history.HistoryService;
import com.stretchkiosk.chain.ui.ChainBriefing;
import com.stretchkiosk.history.ui.ClientBriefing;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.VisitService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/** A client's page: precautions first, then the details, with Edit. */
@RolesAllowed(StudioUser.THERAPIST)
@Route(value = "clients/:" + ClientDetailsView.CLIENT_ID + "([0-9]{1,18})", layout = MainLayout.class)
public class ClientDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CLIENT_ID = "clientId";

    private final ClientService clients;
    private final VisitService visits;
    private final HistoryService history;
    private final TherapistService therapists;
    private final StudioTime time;
    private final Measures measures;
    private final com.stretchkiosk.chain.HubSyncService hub;
    private String title = "";

    public ClientDetailsView(ClientService clients, VisitService visits, HistoryService history, TherapistService therapists,
            StudioTime time, Measures measures, com.stretchkiosk.chain.HubSyncService hub) {
        this.hub = hub;
        this.measures = measures;
        this.clients = clients;
        this.visits = visits;
        this.history = history;
        this.therapists = therapists;
        this.time = time;
        addClassName("kiosk-client-details");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    static RouteParameters parameters(long clientId) {
        return new RouteParameters(CLIENT_ID, Long.toString(clientId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(CLIENT_ID).orElseThrow();
        try {
            show(clients.open(id));
        } catch (ClientNotFoundException e) {
            event.rerouteToError(e, getTranslation("client.not-found"));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Client client) {
        removeAll();
        title = client.fullName();
        H1 name = new H1(client.fullName());
        var edit = Touch.secondary(getTranslation("client.edit"), tap -> getUI().ifPresent(ui ->
                ui.navigate(ClientEditorView.class, parameters(client.id()))));
        edit.setIcon(VaadinIcon.EDIT.create());
        var back = Touch.secondary(getTranslation("client.back"), tap -> getUI().ifPresent(ui ->
                ui.navigate(ClientsView.class)));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        Div heading = new Div(back, name, edit);
        heading.addClassName("kiosk-page-heading");
        add(heading);

        boolean open = visits.openVisitOf(client.id()).isPresent();
        var session = Touch.primary(getTranslation(open ? "client.session.resume" : "client.session.start"),
                tap -> getUI().ifPresent(ui -> ui.navigate("clients/" + client.id() + "/session")));
        session.setIcon(VaadinIcon.PLAY.create());
        session.addClassName("kiosk-start-session");
        add(session);

        Div facts = new Div();
        facts.addClassName("kiosk-facts");
        facts.add(fact(getTranslation("client.field.phone"), client.phone() == null
                ? getTranslation("client.none") : client.phone()));
        facts.add(fact(getTranslation("client.field.birth-year"), client.birthYear() == null
                ? getTranslation("client.none")
                : getTranslation("client.birth-year.with-age", client.birthYear(), time.today().getYear() - client.birthYear())));
        Span consent = fact(getTranslation("client.field.consent"), client.consentOn() == null
                ? getTranslation("client.consent.missing")
                : getTranslation("client.consent.given-on", time.date(client.consentOn())));
        if (client.consentOn() == null) {
            consent.addClassName("kiosk-warning");
        }
        facts.add(consent);
        facts.add(fact(getTranslation("client.added"), time.date(client.createdAt())));
        // At a studio of a chain: the pain stops the client had at its other studios come first, the sessions there
        // after this studio's own briefing.
        ChainBriefing chain = hub.configured() ? hub.chainIdOf(client.id())
                .map(chainId -> new ChainBriefing(hub, chainId, time, measures)).orElse(null) : null;
        if (chain != null) {
            add(chain);
        }
        add(new ClientBriefing(history, therapists, time, measures, client.id(), client.precautions()));
        if (chain != null) {
            add(chain.sessions());
        }
        add(facts);
    }

    private static Span fact(String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("kiosk-fact-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("kiosk-fact-value");
        Span fact = new Span(labelSpan, valueSpan);
        fact.addClassName("kiosk-fact");
        return fact;
    }
}
