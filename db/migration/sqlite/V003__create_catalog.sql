-- The stretch catalog: editable by managers, retired rather than deleted once it has history.
CREATE TABLE stretch_group (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 100),
    sort_order          INTEGER NOT NULL
) STRICT;

CREATE TABLE stretch (
    id                  INTEGER PRIMARY KEY,
    group_id            INTEGER NOT NULL REFERENCES stretch_group (id),
    name                TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 100),
    position            TEXT    NOT NULL CHECK (length(trim(position)) BETWEEN 1 AND 100),
    sided               INTEGER NOT NULL CHECK (sided IN (0, 1)),
    repetitions         INTEGER NOT NULL CHECK (repetitions BETWEEN 1 AND 10),
    hold_seconds        INTEGER NOT NULL CHECK (hold_seconds BETWEEN 5 AND 300),
    unit                TEXT    NOT NULL CHECK (unit IN ('DEGREES', 'CENTIMETRES', 'DEPTH')),
    range_min           INTEGER NOT NULL CHECK (range_min BETWEEN -180 AND 180),
    range_max           INTEGER NOT NULL CHECK (range_max BETWEEN -180 AND 180),
    sort_order          INTEGER NOT NULL,
    retired_at          INTEGER,
    version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK (range_min < range_max),
    CHECK (unit <> 'DEPTH' OR (range_min >= 0 AND range_max <= 10))
) STRICT;

CREATE TABLE stretch_step (
    stretch_id          INTEGER NOT NULL REFERENCES stretch (id),
    step_number         INTEGER NOT NULL CHECK (step_number BETWEEN 1 AND 20),
    instruction         TEXT    NOT NULL CHECK (length(trim(instruction)) BETWEEN 1 AND 300),
    PRIMARY KEY (stretch_id, step_number)
) STRICT;
