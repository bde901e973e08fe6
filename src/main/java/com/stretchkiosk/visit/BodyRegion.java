package com.stretchkiosk.visit;

/**
 * Body-map regions for pain stops, after the 19 areas of the Widespread Pain Index with the detail these
 * stretches need.
 */
public enum BodyRegion {
    NECK(false),
    UPPER_TRAPEZIUS(true),
    SHOULDER(true),
    SHOULDER_BLADE(true),
    UPPER_ARM(true),
    FOREARM_HAND(true),
    UPPER_BACK(false),
    MID_BACK(false),
    LOWER_BACK(false),
    CHEST(false),
    HIP_BUTTOCK(true),
    BACK_OF_THIGH(true),
    FRONT_OF_THIGH(true),
    KNEE(true),
    CALF(true),
    FOOT(true),
    JAW_HEAD(false),
    OTHER(false);

    private final boolean sided;

    BodyRegion(boolean sided) {
        this.sided = sided;
    }

    /** True where the body has a left and a right one. */
    public boolean sided() {
        return sided;
    }
}
