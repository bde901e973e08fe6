-- A visit is one client's stretch session. Everything tapped during it is a fact: it carries the id made
-- at the tap (fact_id, UNIQUE, so a resend is a no-op), is never updated in place or deleted, and is
-- voided with a reason instead.

CREATE TABLE visit (
    id                  INTEGER PRIMARY KEY,
    fact_id             TEXT    NOT NULL UNIQUE CHECK (length(fact_id) = 36),
    client_id           INTEGER NOT NULL REFERENCES client (id),
    therapist_id        INTEGER NOT NULL REFERENCES therapist (id),
    device_id           INTEGER REFERENCES device (id),
    started_at          INTEGER NOT NULL,
    ended_at            INTEGER,
    closing_note        TEXT    CHECK (closing_note IS NULL OR length(closing_note) BETWEEN 1 AND 2000),
    voided_at           INTEGER,
    void_reason         TEXT    CHECK (void_reason IS NULL OR length(trim(void_reason)) BETWEEN 1 AND 2000),
    CHECK (ended_at IS NULL OR ended_at >= started_at),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL))
) STRICT;

-- At most one open visit per client.
CREATE UNIQUE INDEX visit_one_open_per_client ON visit (client_id) WHERE ended_at IS NULL AND voided_at IS NULL;
CREATE INDEX visit_client_started ON visit (client_id, started_at);
CREATE INDEX visit_started ON visit (started_at);

-- Pain on the 0-10 scale, asked before the first stretch and after the last.
CREATE TABLE pain_rating (
    id                  INTEGER PRIMARY KEY,
    fact_id             TEXT    NOT NULL UNIQUE CHECK (length(fact_id) = 36),
    visit_id            INTEGER NOT NULL REFERENCES visit (id),
    moment              TEXT    NOT NULL CHECK (moment IN ('BEFORE', 'AFTER')),
    score               INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    recorded_at         INTEGER NOT NULL,
    voided_at           INTEGER,
    void_reason         TEXT    CHECK (void_reason IS NULL OR length(trim(void_reason)) BETWEEN 1 AND 2000),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL))
) STRICT;

CREATE INDEX pain_rating_visit ON pain_rating (visit_id);

-- One stretch, one side, one repetition.
CREATE TABLE attempt (
    id                  INTEGER PRIMARY KEY,
    fact_id             TEXT    NOT NULL UNIQUE CHECK (length(fact_id) = 36),
    visit_id            INTEGER NOT NULL REFERENCES visit (id),
    stretch_id          INTEGER NOT NULL REFERENCES stretch (id),
    side                TEXT    NOT NULL CHECK (side IN ('LEFT', 'RIGHT', 'NONE')),
    repetition          INTEGER NOT NULL CHECK (repetition BETWEEN 1 AND 10),
    outcome             TEXT    NOT NULL CHECK (outcome IN ('COMPLETED', 'STOPPED_FOR_PAIN', 'SKIPPED')),
    -- The unit is kept with the value: the catalog may change its unit later.
    unit                TEXT    NOT NULL CHECK (unit IN ('DEGREES', 'CENTIMETRES', 'DEPTH')),
    range_reached       INTEGER CHECK (range_reached IS NULL OR range_reached BETWEEN -180 AND 180),
    pressure            INTEGER CHECK (pressure IS NULL OR pressure BETWEEN 0 AND 10),
    breathing           TEXT    CHECK (breathing IS NULL OR breathing IN ('SLOW_DIAPHRAGMATIC', 'SHALLOW_CHEST', 'HELD_BREATH')),
    breath_count        INTEGER CHECK (breath_count IS NULL OR breath_count BETWEEN 0 AND 100),
    hold_seconds        INTEGER CHECK (hold_seconds IS NULL OR hold_seconds BETWEEN 0 AND 600),
    -- Quick note chips, comma separated, from TIGHT, GUARDING, RELAXED.
    note_chips          TEXT    CHECK (note_chips IS NULL OR (trim(note_chips, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_,') = '' AND length(note_chips) BETWEEN 1 AND 100)),
    note                TEXT    CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
    recorded_at         INTEGER NOT NULL,
    -- A correction is a new attempt that names the one it replaces (which is voided).
    supersedes_id       INTEGER REFERENCES attempt (id),
    voided_at           INTEGER,
    void_reason         TEXT    CHECK (void_reason IS NULL OR length(trim(void_reason)) BETWEEN 1 AND 2000),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL)),
    CHECK (outcome <> 'SKIPPED' OR range_reached IS NULL),
    CHECK (unit <> 'DEPTH' OR range_reached IS NULL OR range_reached BETWEEN 0 AND 10)
) STRICT;

CREATE INDEX attempt_visit ON attempt (visit_id);
CREATE INDEX attempt_stretch_visit ON attempt (stretch_id, visit_id);

-- A range outside the stretch's plausible bounds is refused even if a bug lets it past the service.
CREATE TRIGGER attempt_range_within_stretch_bounds
    BEFORE INSERT ON attempt
    WHEN NEW.range_reached IS NOT NULL
        AND EXISTS (SELECT 1 FROM stretch s
                    WHERE s.id = NEW.stretch_id
                      AND (NEW.range_reached < s.range_min OR NEW.range_reached > s.range_max))
BEGIN
    SELECT RAISE(ABORT, 'range_reached is outside the stretch''s plausible range');
END;

-- Facts are immutable: only the void columns may change, once.
CREATE TRIGGER attempt_is_immutable
    BEFORE UPDATE ON attempt
    WHEN OLD.voided_at IS NOT NULL
        OR NEW.fact_id IS NOT OLD.fact_id OR NEW.visit_id IS NOT OLD.visit_id OR NEW.stretch_id IS NOT OLD.stretch_id
        OR NEW.side IS NOT OLD.side OR NEW.repetition IS NOT OLD.repetition OR NEW.outcome IS NOT OLD.outcome
        OR NEW.unit IS NOT OLD.unit OR NEW.range_reached IS NOT OLD.range_reached OR NEW.pressure IS NOT OLD.pressure
        OR NEW.breathing IS NOT OLD.breathing OR NEW.breath_count IS NOT OLD.breath_count
        OR NEW.hold_seconds IS NOT OLD.hold_seconds OR NEW.note_chips IS NOT OLD.note_chips OR NEW.note IS NOT OLD.note
        OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.supersedes_id IS NOT OLD.supersedes_id
BEGIN
    SELECT RAISE(ABORT, 'attempts are facts: void them, do not change them');
END;

CREATE TRIGGER attempt_is_never_deleted BEFORE DELETE ON attempt
BEGIN
    SELECT RAISE(ABORT, 'attempts are facts: void them, do not delete them');
END;

-- The most important fact: a sharp-pain stop. Written by one tap; details may follow in pain_stop_detail.
CREATE TABLE pain_stop (
    id                  INTEGER PRIMARY KEY,
    fact_id             TEXT    NOT NULL UNIQUE CHECK (length(fact_id) = 36),
    attempt_id          INTEGER NOT NULL UNIQUE REFERENCES attempt (id),
    occurred_at         INTEGER NOT NULL,
    range_at_stop       INTEGER CHECK (range_at_stop IS NULL OR range_at_stop BETWEEN -180 AND 180),
    voided_at           INTEGER,
    void_reason         TEXT    CHECK (void_reason IS NULL OR length(trim(void_reason)) BETWEEN 1 AND 2000),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL))
) STRICT;

-- Where, how bad and what kind: all optional, given in the panel after the stop. The latest
-- non-voided detail of a pain stop is the one that counts.
CREATE TABLE pain_stop_detail (
    id                  INTEGER PRIMARY KEY,
    fact_id             TEXT    NOT NULL UNIQUE CHECK (length(fact_id) = 36),
    pain_stop_id        INTEGER NOT NULL REFERENCES pain_stop (id),
    body_region         TEXT    CHECK (body_region IS NULL OR body_region IN (
                            'NECK', 'UPPER_TRAPEZIUS', 'SHOULDER', 'SHOULDER_BLADE', 'UPPER_ARM', 'FOREARM_HAND',
                            'UPPER_BACK', 'MID_BACK', 'LOWER_BACK', 'CHEST', 'HIP_BUTTOCK', 'BACK_OF_THIGH',
                            'FRONT_OF_THIGH', 'KNEE', 'CALF', 'FOOT', 'JAW_HEAD', 'OTHER')),
    body_side           TEXT    CHECK (body_side IS NULL OR body_side IN ('LEFT', 'RIGHT', 'BOTH', 'CENTRE')),
    pain_score          INTEGER CHECK (pain_score IS NULL OR pain_score BETWEEN 0 AND 10),
    pain_kind           TEXT    CHECK (pain_kind IS NULL OR pain_kind IN ('SHARP', 'SHOOTING', 'BURNING', 'CRAMP')),
    note                TEXT    CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
    recorded_at         INTEGER NOT NULL,
    voided_at           INTEGER,
    void_reason         TEXT    CHECK (void_reason IS NULL OR length(trim(void_reason)) BETWEEN 1 AND 2000),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL))
) STRICT;

CREATE INDEX pain_stop_detail_stop ON pain_stop_detail (pain_stop_id);

CREATE TRIGGER pain_stop_is_never_deleted BEFORE DELETE ON pain_stop
BEGIN
    SELECT RAISE(ABORT, 'pain stops are facts: void them, do not delete them');
END;

CREATE TRIGGER pain_stop_is_immutable
    BEFORE UPDATE ON pain_stop
    WHEN OLD.voided_at IS NOT NULL
        OR NEW.fact_id IS NOT OLD.fact_id OR NEW.attempt_id IS NOT OLD.attempt_id
        OR NEW.occurred_at IS NOT OLD.occurred_at OR NEW.range_at_stop IS NOT OLD.range_at_stop
BEGIN
    SELECT RAISE(ABORT, 'pain stops are facts: void them, do not change them');
END;
