package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.chain.HubSyncService;
import com.stretchkiosk.chain.ui.ChainCautionList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.List;

/**
 * At a studio of a chain, the client's standing pain stops at the chain's other studios, among the session's
 * cautions: asked of the hub in the background when the screen opens (a slow hub never delays it), shown in the
 * header's count and the caution list once known, and "could not be checked" when the hub is out of reach.
 */
final class OtherStudios {

    private List<String> lines = List.of();
    private boolean unreachable;

    List<String> lines() {
        return lines;
    }

    boolean unreachable() {
        return unreachable;
    }

    /** Cautions to count in the header: each stop, and one for "could not be checked". */
    int count() {
        return lines.size() + (unreachable ? 1 : 0);
    }

    /** Asks the hub, off the request, and runs {@code known} in the UI once the answer is in. */
    void ask(HubSyncService hub, long clientId, UI ui, Component words, StudioTime time, Measures measures, Runnable known) {
        if (!hub.configured()) {
            return;
        }
        Thread.ofVirtual().name("chain-cautions").start(() -> hub.chainIdOf(clientId).ifPresent(chainId -> {
            HubSyncService.ChainCautions found = hub.cautionsOf(chainId);
            try {
                ui.access(() -> {
                    unreachable = !found.reached();
                    lines = found.cautions().stream()
                            .map(caution -> ChainCautionList.describe(caution, words::getTranslation, time, measures)).toList();
                    known.run();
                });
            } catch (UIDetachedException gone) {
                // The screen was left before the hub answered: nothing to show it on.
            }
        }));
    }
}
