package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.ui.OffTheRequest;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.chain.ChainCaution;
import com.stretchkiosk.chain.HubSyncService;
import com.stretchkiosk.chain.ui.ChainBriefing;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.StopCaution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * At a studio of a chain, the client's standing pain stops at the chain's other studios, among the session's
 * cautions: asked of the hub in the background when the screen opens (a slow hub never delays it). A stop on a
 * stretch this studio has too (same name and unit) guides like one of ours: the tile's mark, "stay below", what
 * "Same as last" offers. One on a stretch this studio does not have is listed in words. When the hub is out of
 * reach the cautions say the stops could not be checked.
 */
final class OtherStudios {

    private List<String> lines = List.of();
    private boolean unreachable;

    /** Stops elsewhere on stretches this studio does not have, in words. */
    List<String> lines() {
        return lines;
    }

    boolean unreachable() {
        return unreachable;
    }

    /** Cautions to count in the header beyond the sheet's own: the stops in words, and one for "could not be checked". */
    int count() {
        return lines.size() + (unreachable ? 1 : 0);
    }

    /**
     * Asks the hub, off the request; once the answer is in, {@code known} gets the stops that map onto this studio's
     * stretches, in the UI.
     */
    void ask(HubSyncService hub, long clientId, List<Stretch> catalog, UI ui, Component words, StudioTime time, Measures measures,
            java.util.function.Consumer<List<StopCaution>> known) {
        if (!hub.configured()) {
            return;
        }
        record Answer(boolean reached, List<StopCaution> mapped, List<String> inWords) {
        }
        OffTheRequest.ask(ui, "chain-cautions", () -> hub.chainIdOf(clientId).map(chainId -> {
            HubSyncService.ChainCautions found = hub.cautionsOf(chainId);
            List<StopCaution> mapped = new ArrayList<>();
            List<String> inWords = new ArrayList<>();
            for (ChainCaution caution : found.cautions()) {
                Optional<StopCaution> here = onOurStretch(caution, catalog);
                if (here.isPresent()) {
                    mapped.add(here.get());
                } else {
                    inWords.add(ChainBriefing.describe(caution, words::getTranslation, time, measures));
                }
            }
            return new Answer(found.reached(), mapped, List.copyOf(inWords));
        }), found -> found.ifPresent(answer -> {
            unreachable = !answer.reached();
            lines = answer.inWords();
            known.accept(answer.mapped());
        }));
    }

    /** The stop on this studio's stretch of the same name and unit, if it has one. */
    static Optional<StopCaution> onOurStretch(ChainCaution caution, List<Stretch> catalog) {
        MeasureUnit unit = MeasureUnit.valueOf(caution.unit());
        Side side = Side.valueOf(caution.side());
        return catalog.stream().filter(stretch -> stretch.name().equalsIgnoreCase(caution.stretch()) && stretch.unit() == unit
                        && (side == Side.NONE) != stretch.sided())
                .findFirst().map(stretch -> StopCaution.atOtherStudio(caution.studio(), stretch.id(), side, unit, caution.rangeAtStop(),
                        caution.occurredAt()));
    }
}
