package com.stretchkiosk.client.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.client.ClientSummary;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/** A large tap target for one client: name, phone, birth year, last visit and a precautions badge. */
class ClientTile extends Composite<Div> implements ClickNotifier<ClientTile> {

    private final ClientSummary client;

    ClientTile(ClientSummary client, StudioTime time) {
        this.client = client;
        Div tile = getContent();
        tile.addClassName("kiosk-client-tile");
        tile.getElement().setAttribute("role", "button");
        tile.getElement().setAttribute("tabindex", "0");
        Span name = new Span(client.fullName());
        name.addClassName("kiosk-client-tile-name");
        tile.add(name);
        if (client.hasPrecautions()) {
            Span badge = new Span(tile.getTranslation("client.badge.precautions"));
            badge.addClassName("kiosk-badge-caution");
            tile.add(badge);
        }
        List<String> facts = new ArrayList<>();
        if (client.phone() != null) {
            facts.add(client.phone());
        }
        if (client.birthYear() != null) {
            facts.add(tile.getTranslation("client.tile.born", client.birthYear()));
        }
        if (client.lastVisitAt() == null) {
            facts.add(tile.getTranslation("client.tile.no-visit"));
        } else if (time.isToday(client.lastVisitAt())) {
            facts.add(tile.getTranslation("client.tile.visit-today", time.time(client.lastVisitAt())));
        } else {
            facts.add(tile.getTranslation("client.tile.last-visit", time.date(client.lastVisitAt())));
        }
        Span details = new Span(String.join(" · ", facts));
        details.addClassName("kiosk-client-tile-details");
        tile.add(details);
    }

    long clientId() {
        return client.id();
    }

    String fullName() {
        return client.fullName();
    }
}
