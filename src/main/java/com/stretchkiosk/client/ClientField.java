package com.stretchkiosk.client;

/** The fields of a client's details, for refusals shown next to the field. */
public enum ClientField {
    FULL_NAME,
    PHONE,
    BIRTH_YEAR,
    PRECAUTIONS,
    CONSENT_ON
}
