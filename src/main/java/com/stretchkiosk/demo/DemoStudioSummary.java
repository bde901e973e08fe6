package com.stretchkiosk.demo;

/** What a generated studio holds. */
public record DemoStudioSummary(int therapists, int clients, int visits, int attempts, int painStops, long millis) {
}
