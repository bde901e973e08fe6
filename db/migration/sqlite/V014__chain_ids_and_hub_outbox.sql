-- A studio in a chain (README "A studio chain"): every client has a chain-wide id, and every row the hub should
-- have is queued, in order, in the hub outbox by the triggers below, in the transaction that wrote it. The
-- hub sender reads the queue after its cursor and sends the rows as they are then. A studio without a hub keeps
-- the queue (three numbers a row) so that joining a chain later sends its whole history.
ALTER TABLE client ADD COLUMN chain_id TEXT CHECK (chain_id IS NULL OR length(chain_id) = 36);

CREATE TRIGGER client_gets_a_chain_id AFTER INSERT ON client WHEN NEW.chain_id IS NULL
BEGIN
    UPDATE client SET chain_id = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
        || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
    WHERE id = NEW.id;
END;

UPDATE client SET chain_id = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
    || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX client_chain_id ON client (chain_id);

CREATE TABLE hub_outbox (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT    NOT NULL CHECK (kind IN ('client', 'stretch', 'visit', 'attempt', 'pain_stop',
                                                     'pain_stop_detail', 'pain_rating', 'pain_stop_resolution')),
    row_id              INTEGER NOT NULL
) STRICT;

-- Where the sender stands: the last queued row the hub acknowledged, and when the hub was last reached.
CREATE TABLE hub_cursor (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    last_sent_id         INTEGER NOT NULL DEFAULT 0,
    reached_at          INTEGER,
    failed_at           INTEGER,
    problem             TEXT    CHECK (problem IS NULL OR length(problem) BETWEEN 1 AND 500)
) STRICT;
INSERT INTO hub_cursor (id) VALUES (1);

-- The history so far, in the order the rows depend on each other.
INSERT INTO hub_outbox (kind, row_id) SELECT 'stretch', id FROM stretch ORDER BY id;
INSERT INTO hub_outbox (kind, row_id) SELECT 'client', id FROM client ORDER BY id;
INSERT INTO hub_outbox (kind, row_id) SELECT 'visit', id FROM visit ORDER BY id;
INSERT INTO hub_outbox (kind, row_id) SELECT 'attempt', id FROM attempt ORDER BY id;
INSERT INTO hub_outbox (kind, row_id) SELECT 'pain_stop', id FROM pain_stop ORDER BY id;
INSERT INTO hub_outbox (kind, row_id) SELECT 'pain_stop_detail', id FROM pain_stop_detail ORDER BY id;
INSERT INTO hub_outbox (kind, row_id) SELECT 'pain_rating', id FROM pain_rating ORDER BY id;
INSERT INTO hub_outbox (kind, row_id) SELECT 'pain_stop_resolution', id FROM pain_stop_resolution ORDER BY id;

CREATE TRIGGER client_added_to_hub AFTER INSERT ON client BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('client', NEW.id); END;
CREATE TRIGGER client_changed_to_hub AFTER UPDATE ON client BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('client', NEW.id); END;
CREATE TRIGGER stretch_added_to_hub AFTER INSERT ON stretch BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('stretch', NEW.id); END;
CREATE TRIGGER stretch_changed_to_hub AFTER UPDATE ON stretch BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('stretch', NEW.id); END;
CREATE TRIGGER visit_added_to_hub AFTER INSERT ON visit BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('visit', NEW.id); END;
CREATE TRIGGER visit_changed_to_hub AFTER UPDATE ON visit BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('visit', NEW.id); END;
CREATE TRIGGER attempt_added_to_hub AFTER INSERT ON attempt BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('attempt', NEW.id); END;
CREATE TRIGGER attempt_voided_to_hub AFTER UPDATE ON attempt BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('attempt', NEW.id); END;
CREATE TRIGGER pain_stop_added_to_hub AFTER INSERT ON pain_stop BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('pain_stop', NEW.id); END;
CREATE TRIGGER pain_stop_voided_to_hub AFTER UPDATE ON pain_stop BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('pain_stop', NEW.id); END;
CREATE TRIGGER pain_stop_detail_added_to_hub AFTER INSERT ON pain_stop_detail
BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('pain_stop_detail', NEW.id); END;
CREATE TRIGGER pain_stop_detail_voided_to_hub AFTER UPDATE ON pain_stop_detail
BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('pain_stop_detail', NEW.id); END;
CREATE TRIGGER pain_rating_added_to_hub AFTER INSERT ON pain_rating BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('pain_rating', NEW.id); END;
CREATE TRIGGER pain_rating_voided_to_hub AFTER UPDATE ON pain_rating BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('pain_rating', NEW.id); END;
CREATE TRIGGER pain_stop_resolution_added_to_hub AFTER INSERT ON pain_stop_resolution
BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('pain_stop_resolution', NEW.id); END;
CREATE TRIGGER pain_stop_resolution_voided_to_hub AFTER UPDATE ON pain_stop_resolution
BEGIN INSERT INTO hub_outbox (kind, row_id) VALUES ('pain_stop_resolution', NEW.id); END;

-- The hub's side (a kiosk in hub mode, on PostgreSQL; the tables exist on both engines, empty on a studio).
-- A studio of the chain, with the hash of the credential the hub issued to it.
CREATE TABLE hub_studio (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 100),
    credential_hash     TEXT    NOT NULL UNIQUE CHECK (length(credential_hash) BETWEEN 20 AND 255),
    created_at          INTEGER NOT NULL,
    revoked_at          INTEGER,
    reached_at          INTEGER
) STRICT;

-- Every row a studio sent, as it sent it (JSON): facts by their fact id, which is the chain's; a client or a
-- stretch by the studio's own row id. A fact id belongs to the studio that sent it first.
CREATE TABLE hub_record (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT    NOT NULL CHECK (length(kind) BETWEEN 1 AND 30),
    record_key          TEXT    NOT NULL CHECK (length(record_key) BETWEEN 1 AND 80),
    studio_id           INTEGER NOT NULL REFERENCES hub_studio (id),
    chain_client_id     TEXT    CHECK (chain_client_id IS NULL OR length(chain_client_id) = 36),
    body                TEXT    NOT NULL CHECK (length(body) BETWEEN 2 AND 20000),
    received_at         INTEGER NOT NULL,
    changed_at          INTEGER NOT NULL,
    UNIQUE (kind, record_key)
) STRICT;
CREATE INDEX hub_record_client ON hub_record (chain_client_id) WHERE chain_client_id IS NOT NULL;
CREATE INDEX hub_record_studio ON hub_record (studio_id);
