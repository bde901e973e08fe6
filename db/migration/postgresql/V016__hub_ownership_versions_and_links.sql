-- As db/migration/sqlite/V016. The chain's hub, trustworthy (README "A studio chain"; the tables exist on both engines, empty on a studio).
-- A row at the hub keeps the sending studio's version (its outbox place, which only grows): an older one is
-- ignored, so a replay never revives a voided fact or reverts a correction.
ALTER TABLE hub_record ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);

-- A client as the chain knows them: their home studio (the first to send them), which alone may change who they
-- are, and what a front desk looks them up by (the words of their name, folded and sorted; their birth year; the
-- last six digits of their phone), kept by the hub from the home studio's row.
CREATE TABLE hub_client (
    chain_client_id     TEXT    PRIMARY KEY CHECK (length(chain_client_id) = 36),
    home_studio_id      BIGINT  NOT NULL REFERENCES hub_studio (id),
    name_key            TEXT    CHECK (name_key IS NULL OR length(name_key) BETWEEN 1 AND 200),
    birth_year          INTEGER,
    phone_tail          TEXT    CHECK (phone_tail IS NULL OR length(phone_tail) = 6),
    created_at          BIGINT  NOT NULL
);
CREATE INDEX hub_client_name ON hub_client (name_key);
CREATE INDEX hub_client_born ON hub_client (birth_year) WHERE birth_year IS NOT NULL;
CREATE INDEX hub_client_phone ON hub_client (phone_tail) WHERE phone_tail IS NOT NULL;

-- A client brought over to another studio: who at that studio, when and why. Only then may that studio read the
-- client's record at the chain's other studios and add facts of its own for them.
CREATE TABLE hub_client_link (
    chain_client_id     TEXT    NOT NULL REFERENCES hub_client (chain_client_id),
    studio_id           BIGINT  NOT NULL REFERENCES hub_studio (id),
    person              TEXT    NOT NULL CHECK (length(person) BETWEEN 1 AND 100),
    reason              TEXT    NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    linked_at           BIGINT  NOT NULL,
    PRIMARY KEY (chain_client_id, studio_id)
);
CREATE INDEX hub_client_link_studio ON hub_client_link (studio_id);

-- What a hub held before: a client's home is the studio that sent them first; another studio holding a row of
-- theirs had brought them over. The search keys are filled by the hub on start (they are folded in Java).
INSERT INTO hub_client (chain_client_id, home_studio_id, created_at)
SELECT r.chain_client_id, r.studio_id, r.received_at FROM hub_record r
WHERE r.kind = 'client' AND r.chain_client_id IS NOT NULL
  AND r.id = (SELECT min(f.id) FROM hub_record f WHERE f.kind = 'client' AND f.chain_client_id = r.chain_client_id);
INSERT INTO hub_client_link (chain_client_id, studio_id, person, reason, linked_at)
SELECT DISTINCT r.chain_client_id, r.studio_id, 'before links were kept', 'held before links were kept', min(r.received_at)
FROM hub_record r JOIN hub_client c ON c.chain_client_id = r.chain_client_id
WHERE r.studio_id <> c.home_studio_id
GROUP BY r.chain_client_id, r.studio_id;
