-- An import into an empty portfolio marks the portfolio first, in a transaction of its own, and
-- clears the mark after the import committed. A mark found when the store is opened means the import
-- never finished: its rows are deleted (see Stores.recoverInterruptedImport). H2 showed a killed
-- import's commit half applied after reopening (RELIABILITY.md); the mark makes it all or nothing.
-- IF NOT EXISTS: H2 and MariaDB commit DDL at once, so a process killed after the ALTER and before
-- Flyway recorded it runs this again.
ALTER TABLE portfolios ADD COLUMN IF NOT EXISTS import_pending BOOLEAN DEFAULT FALSE NOT NULL;
