-- Issue 15: a unit keeps the other names documents call it by (OrgUnit.aliases, the "aliases" of a
-- unit in JSON format version 2), which the unit-name resolver answers to. One alias per line,
-- escaped as in ItemText (as lead_as_written in V3); null for none.
-- IF NOT EXISTS: H2 and MariaDB commit DDL at once, so a process killed after the ALTER and before
-- Flyway recorded it runs this again.
ALTER TABLE units ADD COLUMN IF NOT EXISTS aliases ${cp_text};
