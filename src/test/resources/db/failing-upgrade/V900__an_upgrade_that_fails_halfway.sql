-- A test's upgrade that fails after changing something: the kiosk must put the database back as it was.
CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY);
INSERT INTO client_that_does_not_exist (id) VALUES (1);
