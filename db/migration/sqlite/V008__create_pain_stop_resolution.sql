-- A sharp-pain stop stays a caution flag on the briefing until a therapist marks it resolved.
-- The resolution is a fact of its own (who, when, why); the pain stop itself never changes.
CREATE TABLE pain_stop_resolution (
    id                  INTEGER PRIMARY KEY,
    fact_id             TEXT    NOT NULL UNIQUE CHECK (length(fact_id) = 36),
    pain_stop_id        INTEGER NOT NULL REFERENCES pain_stop (id),
    resolved_by         INTEGER NOT NULL REFERENCES therapist (id),
    resolved_at         INTEGER NOT NULL,
    note                TEXT    CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
    voided_at           INTEGER,
    void_reason         TEXT    CHECK (void_reason IS NULL OR length(trim(void_reason)) BETWEEN 1 AND 2000),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL))
) STRICT;

CREATE UNIQUE INDEX pain_stop_resolution_one_per_stop ON pain_stop_resolution (pain_stop_id) WHERE voided_at IS NULL;

CREATE TRIGGER pain_stop_resolution_is_never_deleted BEFORE DELETE ON pain_stop_resolution
BEGIN
    SELECT RAISE(ABORT, 'resolutions are facts: void them, do not delete them');
END;
