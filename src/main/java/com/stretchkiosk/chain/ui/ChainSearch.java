package com.stretchkiosk.chain.ui;

import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.chain.ChainClient;
import com.stretchkiosk.chain.HubSyncService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * At a studio of a chain, when a name is not found here: "Search the chain", then a client first seen at another
 * studio is brought over with their chain-wide id, so that their pain stops there show here as cautions.
 */
public class ChainSearch extends Div {

    public ChainSearch(HubSyncService hub, String name, Consumer<ChainClient> bringOver) {
        addClassName("kiosk-chain-search");
        var search = Touch.secondary(getTranslation("chain.search", name), tap -> {
            removeAll();
            Optional<List<ChainClient>> found = hub.findInChain(name);
            if (found.isEmpty()) {
                Paragraph out = new Paragraph(getTranslation("chain.search.unreachable"));
                out.addClassName("kiosk-problem");
                add(out);
                return;
            }
            if (found.get().isEmpty()) {
                add(new Paragraph(getTranslation("chain.search.none", name)));
            }
            for (ChainClient client : found.get()) {
                Span who = new Span(getTranslation("chain.search.found", client.fullName(),
                        client.birthYear() == null ? "—" : client.birthYear().toString(), client.studio()));
                who.addClassName("kiosk-therapist-name");
                var bring = Touch.secondary(getTranslation("chain.search.bring"), pick -> bringOver.accept(client));
                bring.setAriaLabel(getTranslation("chain.search.bring.named", client.fullName(), client.studio()));
                Div row = new Div(who, bring);
                row.addClassName("kiosk-therapist-row");
                add(row);
            }
        });
        search.addClassName("kiosk-chain-search-button");
        setVisible(hub.configured());
        add(search);
    }
}
