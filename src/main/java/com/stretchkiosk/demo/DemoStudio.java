package com.stretchkiosk.demo;

/**
 * The size of a generated studio.
 *
 * @param clients             how many clients
 * @param longestHistoryYears years of weekly visits of the most loyal client (the first one)
 * @param seed                random seed: the same spec gives the same studio
 */
public record DemoStudio(int clients, int longestHistoryYears, long seed) {

    public DemoStudio {
        if (clients < 1 || longestHistoryYears < 0) {
            throw new IllegalArgumentException("A demo studio needs at least one client and a history of 0 or more years");
        }
    }

    /** About 30 clients, the oldest with two years of weekly visits. */
    public static DemoStudio small(long seed) {
        return new DemoStudio(30, 2, seed);
    }

    /** The benchmark studio: 50,000 clients, one of them with ten years of weekly visits. */
    public static DemoStudio large(long seed) {
        return new DemoStudio(50_000, 10, seed);
    }
}
