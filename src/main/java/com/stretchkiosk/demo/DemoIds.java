package com.stretchkiosk.demo;

/** Counters for the ids a generated studio gives its rows. */
final class DemoIds {

    long client;
    long visit;
    long attempt;
    long painStop;

    DemoIds(long client, long visit, long attempt, long painStop) {
        this.client = client;
        this.visit = visit;
        this.attempt = attempt;
        this.painStop = painStop;
    }
}
