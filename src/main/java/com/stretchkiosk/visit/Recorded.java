package com.stretchkiosk.visit;

/**
 * What one tap stored, in one transaction: the fact, whether this tap stored it (false when it was already
 * there: a resend, a double tap, a second STOP for the same repetition), and the session's facts after it.
 */
public record Recorded<F>(F fact, boolean stored, SessionFacts facts) {
}
