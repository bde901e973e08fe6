package com.stretchkiosk.base;

/**
 * What an enrolled device is (device.kind): a studio tablet, where therapists switch on by PIN, or a client display,
 * which shows the client the pacer and the hold countdown of the tablet it is paired with. Here, in base, because the
 * therapist feature enrols both and the display feature pairs them.
 */
public enum DeviceKind {
    TABLET,
    DISPLAY
}
