-- One sharp-pain stop per repetition. A double tap, a resent request or a tap on a slow answer opens the
-- stop already stored instead of storing another (the service checks first; this index makes it a rule).
-- Stops that earlier versions stored more than once for one repetition are voided here, the first one
-- standing, with a reason that says why; nothing is deleted.
UPDATE pain_stop
SET voided_at   = CAST(strftime('%s', 'now') AS INTEGER) * 1000,
    void_reason = 'Repeated STOP for the same repetition (merged by the upgrade to one stop per repetition)'
WHERE voided_at IS NULL
  AND attempt_id IN (
      SELECT a.id FROM attempt a
      WHERE a.voided_at IS NULL AND a.outcome = 'STOPPED_FOR_PAIN'
        AND a.id <> (SELECT min(b.id) FROM attempt b
                     WHERE b.voided_at IS NULL AND b.outcome = 'STOPPED_FOR_PAIN' AND b.visit_id = a.visit_id
                       AND b.stretch_id = a.stretch_id AND b.side = a.side AND b.repetition = a.repetition));

UPDATE attempt
SET voided_at   = CAST(strftime('%s', 'now') AS INTEGER) * 1000,
    void_reason = 'Repeated STOP for the same repetition (merged by the upgrade to one stop per repetition)'
WHERE voided_at IS NULL AND outcome = 'STOPPED_FOR_PAIN'
  AND id <> (SELECT min(b.id) FROM attempt b
             WHERE b.voided_at IS NULL AND b.outcome = 'STOPPED_FOR_PAIN' AND b.visit_id = attempt.visit_id
               AND b.stretch_id = attempt.stretch_id AND b.side = attempt.side AND b.repetition = attempt.repetition);

CREATE UNIQUE INDEX attempt_one_pain_stop_per_repetition
    ON attempt (visit_id, stretch_id, side, repetition)
    WHERE outcome = 'STOPPED_FOR_PAIN' AND voided_at IS NULL;
