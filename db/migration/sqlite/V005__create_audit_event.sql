-- Who did what to which record, from which tablet, with what outcome. No clinical values.
-- Append-only: the triggers below refuse UPDATE and DELETE.
CREATE TABLE audit_event (
    id                  INTEGER PRIMARY KEY,
    occurred_at         INTEGER NOT NULL,
    actor_id            INTEGER REFERENCES therapist (id),
    device_id           INTEGER REFERENCES device (id),
    -- No foreign key: the trail outlives a client erased on request.
    client_id           INTEGER,
    record_type         TEXT    CHECK (record_type IS NULL OR length(record_type) BETWEEN 1 AND 50),
    record_id           TEXT    CHECK (record_id IS NULL OR length(record_id) BETWEEN 1 AND 50),
    action              TEXT    NOT NULL CHECK (length(action) BETWEEN 1 AND 50),
    outcome             TEXT    NOT NULL CHECK (outcome IN ('OK', 'DENIED', 'FAILED'))
) STRICT;

CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX audit_event_client ON audit_event (client_id) WHERE client_id IS NOT NULL;
CREATE INDEX audit_event_actor ON audit_event (actor_id) WHERE actor_id IS NOT NULL;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
