package com.stretchkiosk.chain.ui;

import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.chain.ChainClient;
import com.stretchkiosk.chain.ChainQuery;
import com.stretchkiosk.chain.HubAnswer;
import com.stretchkiosk.chain.HubSyncService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;

/**
 * At a studio of a chain, when a name is not found here: "Search the chain" (by the chain's rule: a full name, or a
 * name with birth year or phone), then a client first seen at another studio is brought over, saying why: the hub
 * keeps who, when and why, and answers who the client is there; their pain stops there then show here as cautions.
 */
public class ChainSearch extends Div {

    /** Why a client is brought over, as a front desk would say it: the i18n keys of the chips. */
    static final List<String> REASONS = List.of("chain.bring.reason.booked", "chain.bring.reason.visiting", "chain.bring.reason.moving");

    private final HubSyncService hub;
    private final Consumer<ChainClient> bringOver;

    public ChainSearch(HubSyncService hub, String typed, Consumer<ChainClient> bringOver) {
        this.hub = hub;
        this.bringOver = bringOver;
        addClassName("kiosk-chain-search");
        setVisible(hub.configured());
        ChainQuery query = ChainQuery.typed(typed);
        if (!query.enough()) {
            Paragraph rule = new Paragraph(getTranslation("chain.search.rule"));
            rule.addClassName("kiosk-empty");
            add(rule);
            return;
        }
        var search = Touch.secondary(getTranslation("chain.search", typed.strip()), tap -> {
            removeAll();
            show(typed.strip(), hub.findInChain(query));
        });
        search.addClassName("kiosk-chain-search-button");
        add(search);
    }

    private void show(String typed, HubAnswer<List<ChainClient>> answer) {
        if (answer.answer().isEmpty()) {
            add(problem(answer));
            return;
        }
        if (answer.answer().get().isEmpty()) {
            add(new Paragraph(getTranslation("chain.search.none", typed)));
        }
        for (ChainClient client : answer.answer().get()) {
            Span who = new Span(getTranslation("chain.search.found", client.fullName(),
                    client.birthYear() == null ? "—" : client.birthYear().toString(), client.studio()));
            who.addClassName("kiosk-therapist-name");
            Div row = new Div(who);
            row.addClassName("kiosk-therapist-row");
            var bring = Touch.secondary(getTranslation("chain.search.bring"), pick -> askWhy(row, client));
            bring.setAriaLabel(getTranslation("chain.search.bring.named", client.fullName(), client.studio()));
            row.add(bring);
            add(row);
        }
    }

    /** The row asks why the client comes here; a reason brings them over. */
    private void askWhy(Div row, ChainClient client) {
        row.removeAll();
        Span why = new Span(getTranslation("chain.bring.why", client.fullName()));
        why.addClassName("kiosk-therapist-name");
        Div reasons = new Div();
        reasons.addClassName("kiosk-chain-reasons");
        for (String reason : REASONS) {
            reasons.add(Touch.secondary(getTranslation(reason), tap -> {
                HubAnswer<ChainClient> brought = hub.bringOver(client.chainClientId(), getTranslation(reason));
                if (brought.answer().isPresent()) {
                    bringOver.accept(brought.answer().get());
                } else {
                    row.add(problem(brought));
                }
            }));
        }
        row.add(why, reasons);
    }

    private Paragraph problem(HubAnswer<?> answer) {
        Paragraph out = new Paragraph(getTranslation(answer.unreachable() ? "chain.search.unreachable"
                : answer.tooOften() ? "chain.search.too-often" : answer.status() == 401 ? "chain.search.revoked" : "chain.search.refused"));
        out.addClassName("kiosk-problem");
        return out;
    }
}
