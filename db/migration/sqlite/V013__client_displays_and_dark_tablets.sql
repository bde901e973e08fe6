-- A device is a studio tablet (therapists sign in on it by PIN) or a client display (a TV's browser or a spare
-- tablet that shows the client the pacer and the hold countdown, and nothing else). A display is paired with one
-- tablet by a short code shown on that tablet; the pairing lasts until someone unpairs it or a manager revokes it.
ALTER TABLE device ADD COLUMN kind TEXT NOT NULL DEFAULT 'TABLET' CHECK (kind IN ('TABLET', 'DISPLAY'));
ALTER TABLE device ADD COLUMN paired_tablet_id INTEGER REFERENCES device (id)
    CHECK (paired_tablet_id IS NULL OR (kind = 'DISPLAY' AND paired_tablet_id <> id));
-- A dark screen for a dim studio, set per tablet by a manager.
ALTER TABLE device ADD COLUMN dark INTEGER NOT NULL DEFAULT 0 CHECK (dark IN (0, 1));
