-- A repetition is a slot: one session, one stretch, one side, one repetition number. A slot holds at most one
-- standing attempt, whatever its outcome (a double tap on Log, a queued tap replayed, two tablets): the service
-- checks first and this index makes it a rule. Earlier versions could store two attempts in one slot; the
-- upgrade keeps one standing (a pain stop before a measured repetition, before one without a range, before a
-- skip; the first of equals) and voids the others with a reason that says why. Nothing is deleted.
UPDATE attempt
SET voided_at   = CAST(strftime('%s', 'now') AS INTEGER) * 1000,
    void_reason = 'A second attempt in the same repetition (voided by the upgrade to one attempt per repetition)'
WHERE id IN (
    SELECT id FROM (
        SELECT id, row_number() OVER (
                   PARTITION BY visit_id, stretch_id, side, repetition
                   ORDER BY CASE outcome WHEN 'STOPPED_FOR_PAIN' THEN 0 WHEN 'COMPLETED' THEN 1 ELSE 2 END,
                            CASE WHEN range_reached IS NULL THEN 1 ELSE 0 END,
                            id) AS place
        FROM attempt
        WHERE voided_at IS NULL)
    WHERE place > 1);

DROP INDEX attempt_one_pain_stop_per_repetition;
CREATE UNIQUE INDEX attempt_one_per_repetition
    ON attempt (visit_id, stretch_id, side, repetition)
    WHERE voided_at IS NULL;

-- Where it hurt: the range at a stop is asked in its panel, confirmed or changed, or answered "not measured".
-- That answer is a detail like the others (voidable, the latest counts). range_answer NULL: not asked in this
-- detail, the range the STOP tap carried stands.
ALTER TABLE pain_stop_detail ADD COLUMN range_answer TEXT CHECK (range_answer IS NULL OR range_answer IN ('MEASURED', 'NOT_MEASURED'));
ALTER TABLE pain_stop_detail ADD COLUMN range_at_stop INTEGER CHECK (range_at_stop IS NULL OR range_at_stop BETWEEN -180 AND 180);

CREATE TRIGGER pain_stop_detail_range_answered
    BEFORE INSERT ON pain_stop_detail
    WHEN NOT ((NEW.range_answer IS NULL AND NEW.range_at_stop IS NULL)
        OR (NEW.range_answer = 'MEASURED' AND NEW.range_at_stop IS NOT NULL)
        OR (NEW.range_answer = 'NOT_MEASURED' AND NEW.range_at_stop IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'a range at a stop is given with the answer MEASURED, and only then');
END;

DROP TRIGGER pain_stop_detail_is_immutable;
CREATE TRIGGER pain_stop_detail_is_immutable
    BEFORE UPDATE ON pain_stop_detail
    WHEN OLD.voided_at IS NOT NULL
        OR NEW.fact_id IS NOT OLD.fact_id OR NEW.pain_stop_id IS NOT OLD.pain_stop_id
        OR NEW.body_region IS NOT OLD.body_region OR NEW.body_side IS NOT OLD.body_side
        OR NEW.pain_score IS NOT OLD.pain_score OR NEW.pain_kind IS NOT OLD.pain_kind
        OR NEW.note IS NOT OLD.note OR NEW.recorded_at IS NOT OLD.recorded_at
        OR NEW.range_answer IS NOT OLD.range_answer OR NEW.range_at_stop IS NOT OLD.range_at_stop
BEGIN
    SELECT RAISE(ABORT, 'pain stop details are facts: void them, do not change them');
END;

-- The one reading of the facts, now with the range a stop's latest answer gives (else the range of the tap).
DROP VIEW attempt_fact;
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
       CASE WHEN d.range_answer IS NULL THEN s.range_at_stop ELSE d.range_at_stop END AS range_at_stop,
       d.range_answer      AS range_answer,
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
