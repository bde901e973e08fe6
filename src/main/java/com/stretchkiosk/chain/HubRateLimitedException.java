package com.stretchkiosk.chain;

import java.time.Duration;

/** A studio asked the hub about people more often than its limit allows (429): when it may ask again. */
public class HubRateLimitedException extends HubRequestRefusedException {

    private final Duration retryAfter;

    public HubRateLimitedException(Duration retryAfter, String reason) {
        super(429, reason);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
