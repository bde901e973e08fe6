package com.stretchkiosk.chain.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.chain.ChainCaution;
import com.stretchkiosk.chain.HubSyncService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * On a client's page at a studio of a chain, first: the sharp-pain stops the client had at the chain's other
 * studios that stand (not voided, not resolved there), or, when the hub cannot be asked, that they could not be
 * checked: a missing warning must never look like no warning.
 */
public class ChainCautionList extends Div {

    /** One stop in words: "✕ Studio A, 24 Nov 2026: sharp-pain stop on Levator scapulae, Left at depth 6: stay below it". */
    public static String describe(ChainCaution caution, java.util.function.BiFunction<String, Object[], String> words, StudioTime time,
            Measures measures) {
        String side = "NONE".equals(caution.side()) ? ""
                : ", " + words.apply("session.side." + caution.side().toLowerCase(java.util.Locale.ROOT), new Object[0]);
        String where = caution.stretch() + side;
        String date = time.date(caution.occurredAt());
        return caution.rangeAtStop() == null
                ? words.apply("chain.cautions.stop.no-range", new Object[] {caution.studio(), date, where})
                : words.apply("chain.cautions.stop", new Object[] {caution.studio(), date, where,
                        measures.format(MeasureUnit.valueOf(caution.unit()), caution.rangeAtStop())});
    }

    private final HubSyncService hub;
    private final String chainClientId;
    private final StudioTime time;
    private final Measures measures;

    /** Says it is checking; the hub is asked off the request when it is shown, so a slow hub never holds the page. */
    public ChainCautionList(HubSyncService hub, String chainClientId, StudioTime time, Measures measures) {
        this.hub = hub;
        this.chainClientId = chainClientId;
        this.time = time;
        this.measures = measures;
        addClassNames("kiosk-caution", "kiosk-chain-cautions");
        add(new H2(getTranslation("chain.cautions.title")), new Paragraph(getTranslation("chain.cautions.checking")));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        Thread.ofVirtual().name("chain-cautions").start(() -> {
            HubSyncService.ChainCautions found = hub.cautionsOf(chainClientId);
            try {
                ui.access(() -> show(found));
            } catch (UIDetachedException gone) {
                // The page was left before the hub answered.
            }
        });
    }

    private void show(HubSyncService.ChainCautions found) {
        removeAll();
        if (!found.reached()) {
            add(new H2(getTranslation("chain.cautions.title")));
            Paragraph unknown = new Paragraph(getTranslation("chain.cautions.unreachable"));
            unknown.addClassName("kiosk-problem");
            add(unknown);
            return;
        }
        setVisible(!found.cautions().isEmpty());
        if (found.cautions().isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ChainCaution caution : found.cautions()) {
            list.add(new ListItem(describe(caution, this::getTranslation, time, measures)));
        }
        add(new H2(getTranslation("chain.cautions.title")), list);
    }
}
