-- As db/migration/sqlite/V015: one standing attempt per repetition slot (duplicates that earlier versions stored
-- are voided, one kept standing), and the range at a stop as a detail of its own.
UPDATE attempt
SET voided_at   = (extract(epoch FROM now()) * 1000)::BIGINT,
    void_reason = 'A second attempt in the same repetition (voided by the upgrade to one attempt per repetition)'
WHERE id IN (
    SELECT id FROM (
        SELECT id, row_number() OVER (
                   PARTITION BY visit_id, stretch_id, side, repetition
                   ORDER BY CASE outcome WHEN 'STOPPED_FOR_PAIN' THEN 0 WHEN 'COMPLETED' THEN 1 ELSE 2 END,
                            CASE WHEN range_reached IS NULL THEN 1 ELSE 0 END,
                            id) AS place
        FROM attempt
        WHERE voided_at IS NULL) ranked
    WHERE place > 1);

DROP INDEX attempt_one_pain_stop_per_repetition;
CREATE UNIQUE INDEX attempt_one_per_repetition
    ON attempt (visit_id, stretch_id, side, repetition)
    WHERE voided_at IS NULL;

ALTER TABLE pain_stop_detail ADD COLUMN range_answer TEXT CHECK (range_answer IS NULL OR range_answer IN ('MEASURED', 'NOT_MEASURED'));
ALTER TABLE pain_stop_detail ADD COLUMN range_at_stop INTEGER CHECK (range_at_stop IS NULL OR range_at_stop BETWEEN -180 AND 180);
ALTER TABLE pain_stop_detail ADD CONSTRAINT pain_stop_detail_range_answered CHECK (
    (range_answer IS NULL AND range_at_stop IS NULL)
    OR (range_answer = 'MEASURED' AND range_at_stop IS NOT NULL)
    OR (range_answer = 'NOT_MEASURED' AND range_at_stop IS NULL));

DROP TRIGGER pain_stop_detail_is_immutable ON pain_stop_detail;
CREATE TRIGGER pain_stop_detail_is_immutable BEFORE UPDATE ON pain_stop_detail FOR EACH ROW
    WHEN (OLD.voided_at IS NOT NULL
        OR NEW.fact_id IS DISTINCT FROM OLD.fact_id OR NEW.pain_stop_id IS DISTINCT FROM OLD.pain_stop_id
        OR NEW.body_region IS DISTINCT FROM OLD.body_region OR NEW.body_side IS DISTINCT FROM OLD.body_side
        OR NEW.pain_score IS DISTINCT FROM OLD.pain_score OR NEW.pain_kind IS DISTINCT FROM OLD.pain_kind
        OR NEW.note IS DISTINCT FROM OLD.note OR NEW.recorded_at IS DISTINCT FROM OLD.recorded_at
        OR NEW.range_answer IS DISTINCT FROM OLD.range_answer OR NEW.range_at_stop IS DISTINCT FROM OLD.range_at_stop)
    EXECUTE FUNCTION refuse('pain stop details are facts: void them, do not change them');

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
