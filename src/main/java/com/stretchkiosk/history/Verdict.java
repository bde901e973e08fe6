package com.stretchkiosk.history;

/** What the change from the first to the latest range says, against the measurement noise. */
public enum Verdict {
    IMPROVED,
    DECLINED,
    WITHIN_NOISE,
    TOO_FEW
}
