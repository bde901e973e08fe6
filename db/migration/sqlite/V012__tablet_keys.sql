-- Which pedal or clicker key does what on a tablet's session screen (therapist.KeyMap, one "key<TAB>ACTION" a
-- line); NULL: the default map. Set by a manager on that tablet.
ALTER TABLE device ADD COLUMN key_map TEXT CHECK (key_map IS NULL OR length(key_map) BETWEEN 1 AND 2000);
