-- Issue 15: an item keeps its deadline and its units as the plan writes them, beside the
-- canonical values (deadline_code and item_units stay what sorting, codes and the review use).
-- deadline_text: the phrase as written ("chậm nhất ngày 15/11/2021");
-- deadline_reading: what it was read as (DeadlineForms), so it reads back equal without re-reading;
-- lead_as_written / coord_as_written: the names as written, one per line (escaped as in ItemText).
-- IF NOT EXISTS: H2 and MariaDB commit each DDL statement at once, so a process killed between two
-- of these (CrashSafetyTest killed one there) runs the script again.
ALTER TABLE items ADD COLUMN IF NOT EXISTS deadline_text ${cp_text};
ALTER TABLE items ADD COLUMN IF NOT EXISTS deadline_reading ${cp_text};
ALTER TABLE items ADD COLUMN IF NOT EXISTS lead_as_written ${cp_text};
ALTER TABLE items ADD COLUMN IF NOT EXISTS coord_as_written ${cp_text};
