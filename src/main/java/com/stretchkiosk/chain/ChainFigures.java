package com.stretchkiosk.chain;

import java.util.List;

/**
 * The chain's figures for its manager: each studio's over the last four weeks, the clients seen across the chain in
 * that time (a client seen at two studios counted once), and the clients ever seen at more than one studio.
 */
public record ChainFigures(List<ChainStudio> studios, int clients, int clientsOfSeveralStudios) {

    public int sessions() {
        return studios.stream().mapToInt(ChainStudio::sessions).sum();
    }

    public int repetitions() {
        return studios.stream().mapToInt(ChainStudio::repetitions).sum();
    }

    public int painStops() {
        return studios.stream().mapToInt(ChainStudio::painStops).sum();
    }

    /** Sharp-pain stops per 100 repetitions across the chain; none without repetitions. */
    public @org.jspecify.annotations.Nullable Double painStopsPer100() {
        return repetitions() == 0 ? null : 100.0 * painStops() / repetitions();
    }
}
