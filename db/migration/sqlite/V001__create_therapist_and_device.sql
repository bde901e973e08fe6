-- People who sign in, and the tablets enrolled to let therapists switch by PIN.
-- Instants are UTC epoch milliseconds in columns named *_at; dates are ISO text in columns named *_on.

CREATE TABLE therapist (
    id                  INTEGER PRIMARY KEY,
    display_name        TEXT    NOT NULL CHECK (length(trim(display_name)) BETWEEN 1 AND 100),
    role                TEXT    NOT NULL CHECK (role IN ('THERAPIST', 'MANAGER')),
    -- Argon2id or bcrypt hashes only; never a plain secret.
    password_hash       TEXT    CHECK (password_hash IS NULL OR length(password_hash) BETWEEN 20 AND 255),
    pin_hash            TEXT    CHECK (pin_hash IS NULL OR length(pin_hash) BETWEEN 20 AND 255),
    failed_pin_count    INTEGER NOT NULL DEFAULT 0 CHECK (failed_pin_count BETWEEN 0 AND 10),
    pin_disabled_at     INTEGER,
    deactivated_at      INTEGER,
    created_at          INTEGER NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT;

CREATE TABLE device (
    id                  INTEGER PRIMARY KEY,
    label               TEXT    NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 100),
    -- Only a hash of the long-lived device credential is kept.
    credential_hash     TEXT    NOT NULL UNIQUE CHECK (length(credential_hash) BETWEEN 20 AND 255),
    enrolled_by         INTEGER NOT NULL REFERENCES therapist (id),
    enrolled_at         INTEGER NOT NULL,
    last_seen_at        INTEGER,
    revoked_at          INTEGER,
    revoked_by          INTEGER REFERENCES therapist (id),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
) STRICT;
