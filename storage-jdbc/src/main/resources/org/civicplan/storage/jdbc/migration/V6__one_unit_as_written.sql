-- Issue 15: an item keeps its reporting unit and its responsible official's unit as the plan writes
-- them ("Sở Tài chính"), beside the codes (reporting_unit, responsible_unit stay canonical), as V3
-- did for the lead and coordinating units. Null when the unit was given by its code.
-- IF NOT EXISTS: H2 and MariaDB commit each DDL statement at once, so a process killed between two
-- of these (or after them, before Flyway recorded it) runs the script again.
ALTER TABLE items ADD COLUMN IF NOT EXISTS reporting_as_written ${cp_text};
ALTER TABLE items ADD COLUMN IF NOT EXISTS responsible_unit_as_written ${cp_text};
