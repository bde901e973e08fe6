package com.stretchkiosk.client.ui;

import com.stretchkiosk.base.StudioUser;
import jakarta.annotation.security.RolesAllowed;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.client.ClientSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;

/** The start screen: find a client by name or phone as you type, today's and recent clients, or add one. */
@RolesAllowed(StudioUser.THERAPIST)
@Route(value = "", layout = MainLayout.class)
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

    /** Milliseconds of typing pause before the search runs. */
    static final int SEARCH_PAUSE_MILLIS = 150;

    private final ClientService clients;
    private final com.stretchkiosk.chain.HubSyncService hub;
    private final StudioTime time;
    private final TextField search = new TextField();
    private final Div results = new Div();

    public ClientsView(ClientService clients, StudioTime time, com.stretchkiosk.chain.HubSyncService hub) {
        this.hub = hub;
        this.clients = clients;
        this.time = time;
        addClassName("kiosk-clients");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);

        search.setPlaceholder(getTranslation("clients.search.placeholder"));
        search.setAriaLabel(getTranslation("clients.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_PAUSE_MILLIS);
        search.addClassName("kiosk-search");
        search.addValueChangeListener(change -> showResults());

        var newClient = Touch.primary(getTranslation("clients.new"), tap -> addClient());
        newClient.setIcon(VaadinIcon.PLUS.create());
        Div bar = new Div(search, newClient);
        bar.addClassName("kiosk-search-bar");

        results.addClassName("kiosk-client-results");
        add(new H1(getTranslation("clients.title")), bar, results, new com.stretchkiosk.chain.ui.HubStatus(hub, time));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        search.focus();
        showResults();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title");
    }

    private void showResults() {
        results.removeAll();
        String query = search.getValue().strip();
        if (!query.isEmpty()) {
            List<ClientSummary> found = clients.search(query);
            if (found.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("clients.search.none", query));
                none.addClassName("kiosk-empty");
                var addNamed = Touch.secondary(getTranslation("clients.new.named", query), tap -> addClient());
                results.add(none, addNamed, new com.stretchkiosk.chain.ui.ChainSearch(hub, query, chainClient -> {
                    var brought = clients.bringOver(new com.stretchkiosk.client.ClientDraft(chainClient.fullName(), chainClient.phone(),
                            chainClient.birthYear(), chainClient.precautions(), null), chainClient.chainClientId());
                    getUI().ifPresent(ui -> ui.navigate("clients/" + brought.id()));
                }));
            } else {
                results.add(section(getTranslation("clients.search.found", found.size()), found));
            }
            return;
        }
        List<ClientSummary> today = clients.visitedToday();
        if (!today.isEmpty()) {
            results.add(section(getTranslation("clients.today"), today));
        }
        List<ClientSummary> recent = clients.recent().stream().filter(c -> !today.contains(c)).toList();
        if (!recent.isEmpty()) {
            results.add(section(getTranslation("clients.recent"), recent));
        }
        if (today.isEmpty() && recent.isEmpty()) {
            Paragraph first = new Paragraph(getTranslation("clients.empty"));
            first.addClassName("kiosk-empty");
            results.add(first);
        }
    }

    private Div section(String title, List<ClientSummary> summaries) {
        Div tiles = new Div();
        tiles.addClassName("kiosk-tiles");
        for (ClientSummary summary : summaries) {
            ClientTile tile = new ClientTile(summary, time);
            tile.addClickListener(tap -> getUI().ifPresent(ui -> ui.navigate(ClientDetailsView.class,
                    ClientDetailsView.parameters(summary.id()))));
            tiles.add(tile);
        }
        Div section = new Div(new H2(title), tiles);
        section.addClassName("kiosk-section");
        return section;
    }

    /** A new client; a search that found nobody passes its text on as the name. */
    private void addClient() {
        String query = search.getValue().strip();
        QueryParameters prefill = query.isEmpty() || query.chars().anyMatch(Character::isDigit)
                ? QueryParameters.empty()
                : QueryParameters.simple(Map.of(ClientEditorView.NAME_PARAMETER, query));
        getUI().ifPresent(ui -> ui.navigate(ClientEditorView.class, prefill));
    }
}
