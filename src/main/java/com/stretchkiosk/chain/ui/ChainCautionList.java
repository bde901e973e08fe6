package com.stretchkiosk.chain.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.chain.ChainCaution;
import com.stretchkiosk.chain.HubSyncService;
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

    public ChainCautionList(HubSyncService hub, String chainClientId, StudioTime time, Measures measures) {
        addClassNames("kiosk-caution", "kiosk-chain-cautions");
        HubSyncService.ChainCautions found = hub.cautionsOf(chainClientId);
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
            String side = "NONE".equals(caution.side()) ? "" : ", " + getTranslation("session.side." + caution.side().toLowerCase(java.util.Locale.ROOT));
            String where = caution.stretch() + side;
            String date = time.date(caution.occurredAt());
            list.add(new ListItem(caution.rangeAtStop() == null
                    ? getTranslation("chain.cautions.stop.no-range", caution.studio(), date, where)
                    : getTranslation("chain.cautions.stop", caution.studio(), date, where,
                            measures.format(MeasureUnit.valueOf(caution.unit()), caution.rangeAtStop()))));
        }
        add(new H2(getTranslation("chain.cautions.title")), list);
    }
}
