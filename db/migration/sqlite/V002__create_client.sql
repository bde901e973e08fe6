-- Clients are archived, never deleted in normal use; every edit bumps the version so a stale save is refused.
CREATE TABLE client (
    id                  INTEGER PRIMARY KEY,
    full_name           TEXT    NOT NULL CHECK (length(full_name) BETWEEN 1 AND 100 AND full_name = trim(full_name)),
    -- Lower-case, accent-free copy of the name for search as you type.
    search_name         TEXT    NOT NULL CHECK (length(search_name) <= 100),
    phone               TEXT    CHECK (phone IS NULL OR length(phone) BETWEEN 1 AND 30),
    -- Digits of the phone number for search.
    search_phone        TEXT    CHECK (search_phone IS NULL OR (length(search_phone) <= 30 AND trim(search_phone, '0123456789') = '')),
    birth_year          INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    precautions         TEXT    CHECK (precautions IS NULL OR length(precautions) BETWEEN 1 AND 2000),
    consent_on          TEXT    CHECK (consent_on IS NULL OR date(consent_on) IS consent_on),
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    archived_at         INTEGER,
    version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT;

CREATE INDEX client_search_name ON client (search_name);
CREATE INDEX client_search_phone ON client (search_phone) WHERE search_phone IS NOT NULL;
CREATE INDEX client_updated_at ON client (updated_at);
