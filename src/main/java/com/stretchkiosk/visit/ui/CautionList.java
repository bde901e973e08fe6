package com.stretchkiosk.visit.ui;

import com.stretchkiosk.visit.StopCaution;
import com.stretchkiosk.visit.VisitSheet;
import com.stretchkiosk.base.ui.Touch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Every caution that stands: the client's precautions, then each unresolved sharp-pain stop, the newest first, then
 * those at the chain's other studios (or that they could not be checked).
 */
class CautionList extends Div {

    CautionList(VisitSheet sheet, SessionText text) {
        addClassName("kiosk-caution-list");
        add(new H2(getTranslation("session.cautions.title")));
        if (sheet.visit().precautions() != null) {
            Paragraph precautions = new Paragraph(getTranslation("session.cautions.precautions", sheet.visit().precautions()));
            precautions.addClassName("kiosk-caution-precautions");
            add(precautions);
        }
        UnorderedList stops = new UnorderedList();
        for (StopCaution caution : sheet.cautions()) {
            ListItem item = new ListItem(text.caution(caution));
            item.addClassName("kiosk-caution-stop");
            stops.add(item);
        }
        for (String line : text.otherStudios().lines()) {
            ListItem item = new ListItem(line);
            item.addClassNames("kiosk-caution-stop", "kiosk-caution-chain");
            stops.add(item);
        }
        if (stops.getComponentCount() > 0) {
            add(stops);
        }
        if (text.otherStudios().unreachable()) {
            Paragraph unknown = new Paragraph(getTranslation("chain.cautions.unreachable"));
            unknown.addClassName("kiosk-problem");
            add(unknown);
        }
    }

    /** With a Close button, for when it takes the place of the active stretch's middle. */
    CautionList closable(Runnable onClose) {
        Button close = Touch.secondary(getTranslation("session.cautions.close"), tap -> onClose.run());
        close.addClassName("kiosk-caution-close");
        addComponentAsFirst(close);
        return this;
    }

    static boolean hasAny(VisitSheet sheet, SessionText text) {
        return sheet.visit().precautions() != null || !sheet.cautions().isEmpty() || text.otherStudios().count() > 0;
    }
}
