-- Who voided a fact: the therapist or manager signed in when it was undone or corrected. NULL for voids made
-- before this column existed and for those the upgrades made. Set once, with voided_at, never after.
ALTER TABLE attempt ADD COLUMN voided_by INTEGER REFERENCES therapist (id);
ALTER TABLE pain_stop ADD COLUMN voided_by INTEGER REFERENCES therapist (id);

CREATE TRIGGER attempt_voided_by_only_with_void
    BEFORE UPDATE OF voided_by ON attempt
    WHEN NEW.voided_by IS NOT NULL AND (NEW.voided_at IS NULL OR OLD.voided_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'voided_by is set with the void, once');
END;

CREATE TRIGGER pain_stop_voided_by_only_with_void
    BEFORE UPDATE OF voided_by ON pain_stop
    WHEN NEW.voided_by IS NOT NULL AND (NEW.voided_at IS NULL OR OLD.voided_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'voided_by is set with the void, once');
END;

-- A correction names the attempt it replaces, which must be of the same visit, stretch and repetition.
CREATE TRIGGER attempt_supersedes_its_own_kind
    BEFORE INSERT ON attempt
    WHEN NEW.supersedes_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM attempt o
                        WHERE o.id = NEW.supersedes_id AND o.visit_id = NEW.visit_id AND o.stretch_id = NEW.stretch_id
                          AND o.repetition = NEW.repetition)
BEGIN
    SELECT RAISE(ABORT, 'a correction replaces an attempt of the same visit, stretch and repetition');
END;

-- The one reading of the facts: every attempt of a standing visit, with the visit's client, therapist (who
-- measured it) and start, its pain stop, that stop's latest standing details and standing resolution.
-- Session, history and figures all read it; "standing" (not voided) is the attempt's voided_at IS NULL,
-- and voiding a pain stop voids its attempt with it.
CREATE VIEW attempt_fact AS
SELECT a.id,
       a.fact_id,
       a.visit_id,
       v.client_id,
       v.therapist_id,
       v.started_at        AS visit_started_at,
       a.stretch_id,
       a.side,
       a.repetition,
       a.outcome,
       a.unit,
       a.range_reached,
       a.pressure,
       a.breathing,
       a.breath_count,
       a.hold_seconds,
       a.note_chips,
       a.note,
       a.recorded_at,
       a.supersedes_id,
       a.voided_at,
       a.void_reason,
       a.voided_by,
       s.id                AS pain_stop_id,
       s.fact_id           AS pain_stop_fact_id,
       s.occurred_at       AS pain_stop_occurred_at,
       s.range_at_stop,
       s.voided_at         AS pain_stop_voided_at,
       s.void_reason       AS pain_stop_void_reason,
       d.body_region,
       d.body_side,
       d.pain_score,
       d.pain_kind,
       d.note              AS pain_note,
       r.resolved_at       AS pain_stop_resolved_at,
       r.resolved_by       AS pain_stop_resolved_by
FROM attempt a
         JOIN visit v ON v.id = a.visit_id AND v.voided_at IS NULL
         LEFT JOIN pain_stop s ON s.attempt_id = a.id
         LEFT JOIN pain_stop_detail d ON d.id = (SELECT max(x.id) FROM pain_stop_detail x
                                                 WHERE x.pain_stop_id = s.id AND x.voided_at IS NULL)
         LEFT JOIN pain_stop_resolution r ON r.pain_stop_id = s.id AND r.voided_at IS NULL;
