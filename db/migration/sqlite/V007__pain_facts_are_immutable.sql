-- A visit has one pain-before and one pain-after rating that counts; a correction voids the old one first.
CREATE UNIQUE INDEX pain_rating_one_per_moment ON pain_rating (visit_id, moment) WHERE voided_at IS NULL;

-- Pain-stop details are facts too: never changed, never deleted; the latest one of a stop counts.
CREATE TRIGGER pain_stop_detail_is_immutable
    BEFORE UPDATE ON pain_stop_detail
    WHEN OLD.voided_at IS NOT NULL
        OR NEW.fact_id IS NOT OLD.fact_id OR NEW.pain_stop_id IS NOT OLD.pain_stop_id
        OR NEW.body_region IS NOT OLD.body_region OR NEW.body_side IS NOT OLD.body_side
        OR NEW.pain_score IS NOT OLD.pain_score OR NEW.pain_kind IS NOT OLD.pain_kind
        OR NEW.note IS NOT OLD.note OR NEW.recorded_at IS NOT OLD.recorded_at
BEGIN
    SELECT RAISE(ABORT, 'pain stop details are facts: void them, do not change them');
END;

CREATE TRIGGER pain_stop_detail_is_never_deleted BEFORE DELETE ON pain_stop_detail
BEGIN
    SELECT RAISE(ABORT, 'pain stop details are facts: void them, do not delete them');
END;

CREATE TRIGGER pain_rating_is_immutable
    BEFORE UPDATE ON pain_rating
    WHEN OLD.voided_at IS NOT NULL
        OR NEW.fact_id IS NOT OLD.fact_id OR NEW.visit_id IS NOT OLD.visit_id OR NEW.moment IS NOT OLD.moment
        OR NEW.score IS NOT OLD.score OR NEW.recorded_at IS NOT OLD.recorded_at
BEGIN
    SELECT RAISE(ABORT, 'pain ratings are facts: void them, do not change them');
END;

CREATE TRIGGER pain_rating_is_never_deleted BEFORE DELETE ON pain_rating
BEGIN
    SELECT RAISE(ABORT, 'pain ratings are facts: void them, do not delete them');
END;
