package com.stretchkiosk.chain.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.chain.HubContact;
import com.stretchkiosk.chain.HubSyncService;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A studio in a chain says when it last reached its hub, and how many rows wait to be sent; the studio works the
 * same either way. Nothing shows in a studio without a hub.
 */
public class HubStatus extends Paragraph {

    public HubStatus(HubSyncService sender, StudioTime time) {
        addClassName("kiosk-hub-status");
        // A studio without a hub asks nothing of its outbox (which only grows there) on every open of the client list.
        setVisible(sender.configured());
        if (!sender.configured()) {
            return;
        }
        HubContact contact = sender.contact();
        String reached = contact.reachedAt() == null ? getTranslation("chain.hub.never") : time.dateTime(contact.reachedAt());
        boolean failingSince = contact.failedAt() != null && (contact.reachedAt() == null || contact.failedAt().isAfter(contact.reachedAt()));
        setText(getTranslation(!failingSince ? "chain.hub.reached" : contact.credentialRefused() ? "chain.hub.credential-refused"
                : "chain.hub.unreachable", reached, contact.waiting()));
        setClassName("kiosk-problem", failingSince);
    }
}
