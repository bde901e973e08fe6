-- Managers sign in with their name: names are unique, whatever their case.
CREATE UNIQUE INDEX therapist_name_unique ON therapist (lower(display_name));
