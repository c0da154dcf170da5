-- civicplan schema, one history for H2, PostgreSQL and MariaDB/MySQL.
-- Dialect differences are three Flyway placeholders, set by JdbcSchema from the database product:
--   ${cp_id}            identifier column: binary/"C" collation so distinct ids never compare equal
--   ${cp_text}          long text (H2 CLOB, PostgreSQL TEXT, MariaDB MEDIUMTEXT)
--   ${cp_table_options} MariaDB: InnoDB, utf8mb4, utf8mb4_bin; empty elsewhere
-- Every table carries portfolio_id (the tenant) and leads its primary key with it, so one database
-- serves several portfolios and a sharded engine can distribute every table by it.
-- Periods are stored as their stable code plus start/end dates so SQL can filter on them.
-- Money is DECIMAL(38,0) whole dong.

CREATE TABLE portfolios (
    portfolio_id ${cp_id} NOT NULL,
    audit_seq BIGINT NOT NULL,
    PRIMARY KEY (portfolio_id)
) ${cp_table_options};

CREATE TABLE units (
    portfolio_id ${cp_id} NOT NULL,
    unit_code ${cp_id} NOT NULL,
    name ${cp_text} NOT NULL,
    short_name ${cp_text},
    kind VARCHAR(40) NOT NULL,
    parent_code ${cp_id},
    PRIMARY KEY (portfolio_id, unit_code),
    FOREIGN KEY (portfolio_id) REFERENCES portfolios (portfolio_id)
) ${cp_table_options};

CREATE TABLE programs (
    portfolio_id ${cp_id} NOT NULL,
    program_id ${cp_id} NOT NULL,
    doc_symbol VARCHAR(200),
    doc_date DATE,
    title ${cp_text} NOT NULL,
    issuer ${cp_id} NOT NULL,
    term VARCHAR(200),
    period_code VARCHAR(40) NOT NULL,
    period_start DATE,
    period_end DATE,
    has_committee BOOLEAN NOT NULL,
    standing_agency ${cp_id},
    version BIGINT NOT NULL,
    PRIMARY KEY (portfolio_id, program_id),
    FOREIGN KEY (portfolio_id) REFERENCES portfolios (portfolio_id)
) ${cp_table_options};

-- viewpoints (kind 'viewpoint') and goals (kind 'goal') in order
CREATE TABLE program_texts (
    portfolio_id ${cp_id} NOT NULL,
    program_id ${cp_id} NOT NULL,
    kind VARCHAR(20) NOT NULL,
    ordinal INT NOT NULL,
    body ${cp_text} NOT NULL,
    PRIMARY KEY (portfolio_id, program_id, kind, ordinal),
    FOREIGN KEY (portfolio_id, program_id) REFERENCES programs (portfolio_id, program_id)
) ${cp_table_options};

CREATE TABLE program_sections (
    portfolio_id ${cp_id} NOT NULL,
    program_id ${cp_id} NOT NULL,
    ordinal INT NOT NULL,
    section_key ${cp_id} NOT NULL,
    title ${cp_text} NOT NULL,
    body ${cp_text},
    PRIMARY KEY (portfolio_id, program_id, ordinal),
    FOREIGN KEY (portfolio_id, program_id) REFERENCES programs (portfolio_id, program_id)
) ${cp_table_options};

CREATE TABLE program_indicators (
    portfolio_id ${cp_id} NOT NULL,
    program_id ${cp_id} NOT NULL,
    ordinal INT NOT NULL,
    indicator_code ${cp_id} NOT NULL,
    PRIMARY KEY (portfolio_id, program_id, ordinal),
    FOREIGN KEY (portfolio_id, program_id) REFERENCES programs (portfolio_id, program_id)
) ${cp_table_options};

-- steering committee: role 'head' / 'deputy' / 'member'
CREATE TABLE steering_members (
    portfolio_id ${cp_id} NOT NULL,
    program_id ${cp_id} NOT NULL,
    member_role VARCHAR(20) NOT NULL,
    ordinal INT NOT NULL,
    name ${cp_text},
    post ${cp_text},
    unit_code ${cp_id},
    PRIMARY KEY (portfolio_id, program_id, member_role, ordinal),
    FOREIGN KEY (portfolio_id, program_id) REFERENCES programs (portfolio_id, program_id)
) ${cp_table_options};

CREATE TABLE plans (
    portfolio_id ${cp_id} NOT NULL,
    plan_id ${cp_id} NOT NULL,
    program_id ${cp_id},
    parent_plan_id ${cp_id},
    issuer ${cp_id} NOT NULL,
    doc_symbol VARCHAR(200),
    doc_date DATE,
    title ${cp_text} NOT NULL,
    issue_by_code VARCHAR(40),
    issue_by_start DATE,
    issue_by_end DATE,
    purpose ${cp_text},
    content ${cp_text},
    organisation ${cp_text},
    status VARCHAR(40) NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (portfolio_id, plan_id),
    FOREIGN KEY (portfolio_id) REFERENCES portfolios (portfolio_id)
) ${cp_table_options};
CREATE INDEX plans_by_program ON plans (portfolio_id, program_id);
CREATE INDEX plans_by_parent ON plans (portfolio_id, parent_plan_id);

CREATE TABLE plan_appendix_sections (
    portfolio_id ${cp_id} NOT NULL,
    plan_id ${cp_id} NOT NULL,
    ordinal INT NOT NULL,
    title ${cp_text} NOT NULL,
    PRIMARY KEY (portfolio_id, plan_id, ordinal),
    FOREIGN KEY (portfolio_id, plan_id) REFERENCES plans (portfolio_id, plan_id)
) ${cp_table_options};

-- the current revision of each appendix item; earlier revisions are in item_history.
-- children_hash digests the child rows, so an edit that leaves them alone is a single UPDATE.
CREATE TABLE items (
    portfolio_id ${cp_id} NOT NULL,
    item_id ${cp_id} NOT NULL,
    plan_id ${cp_id} NOT NULL,
    item_number INT NOT NULL,
    kind VARCHAR(40) NOT NULL,
    section_no INT,
    title ${cp_text} NOT NULL,
    content ${cp_text},
    product_kind VARCHAR(40),
    product_description ${cp_text},
    product_quantity INT,
    approval_level VARCHAR(40),
    start_date DATE,
    deadline_code VARCHAR(40),
    deadline_start DATE,
    deadline_end DATE,
    public_investment BOOLEAN NOT NULL,
    pi_estimated_total DECIMAL(38, 0),
    pi_project_group VARCHAR(200),
    pi_note ${cp_text},
    scope VARCHAR(40) NOT NULL,
    has_responsible BOOLEAN NOT NULL,
    responsible_name ${cp_text},
    responsible_post ${cp_text},
    responsible_unit ${cp_id},
    reporting_unit ${cp_id},
    lead_rationale ${cp_text},
    regular_budget BOOLEAN NOT NULL,
    staff INT,
    resources_note ${cp_text},
    status VARCHAR(40) NOT NULL,
    completed_on DATE,
    revision INT NOT NULL,
    children_hash VARCHAR(64),
    version BIGINT NOT NULL,
    PRIMARY KEY (portfolio_id, item_id),
    FOREIGN KEY (portfolio_id, plan_id) REFERENCES plans (portfolio_id, plan_id)
) ${cp_table_options};
CREATE INDEX items_by_plan ON items (portfolio_id, plan_id, item_number);
CREATE INDEX items_by_due ON items (portfolio_id, deadline_end);

-- lead (role 'lead') and coordinating (role 'coord') units in order
CREATE TABLE item_units (
    portfolio_id ${cp_id} NOT NULL,
    item_id ${cp_id} NOT NULL,
    unit_role VARCHAR(20) NOT NULL,
    ordinal INT NOT NULL,
    unit_code ${cp_id} NOT NULL,
    PRIMARY KEY (portfolio_id, item_id, unit_role, ordinal),
    FOREIGN KEY (portfolio_id, item_id) REFERENCES items (portfolio_id, item_id)
) ${cp_table_options};
CREATE INDEX item_units_by_unit ON item_units (portfolio_id, unit_code);

CREATE TABLE item_funding (
    portfolio_id ${cp_id} NOT NULL,
    item_id ${cp_id} NOT NULL,
    ordinal INT NOT NULL,
    source VARCHAR(40) NOT NULL,
    funding_year INT NOT NULL,
    amount DECIMAL(38, 0) NOT NULL,
    PRIMARY KEY (portfolio_id, item_id, ordinal),
    FOREIGN KEY (portfolio_id, item_id) REFERENCES items (portfolio_id, item_id)
) ${cp_table_options};

CREATE TABLE item_indicators (
    portfolio_id ${cp_id} NOT NULL,
    item_id ${cp_id} NOT NULL,
    ordinal INT NOT NULL,
    indicator_code ${cp_id} NOT NULL,
    PRIMARY KEY (portfolio_id, item_id, ordinal),
    FOREIGN KEY (portfolio_id, item_id) REFERENCES items (portfolio_id, item_id)
) ${cp_table_options};
CREATE INDEX item_indicators_by_indicator ON item_indicators (portfolio_id, indicator_code);

CREATE TABLE item_prerequisites (
    portfolio_id ${cp_id} NOT NULL,
    item_id ${cp_id} NOT NULL,
    ordinal INT NOT NULL,
    prerequisite_id ${cp_id} NOT NULL,
    PRIMARY KEY (portfolio_id, item_id, ordinal),
    FOREIGN KEY (portfolio_id, item_id) REFERENCES items (portfolio_id, item_id)
) ${cp_table_options};

-- earlier revisions: a few columns for queries plus the whole revision in the compact text form
-- of ItemText (documented in the module README)
CREATE TABLE item_history (
    portfolio_id ${cp_id} NOT NULL,
    item_id ${cp_id} NOT NULL,
    revision INT NOT NULL,
    plan_id ${cp_id} NOT NULL,
    deadline_code VARCHAR(40),
    snapshot ${cp_text} NOT NULL,
    PRIMARY KEY (portfolio_id, item_id, revision),
    FOREIGN KEY (portfolio_id, item_id) REFERENCES items (portfolio_id, item_id)
) ${cp_table_options};

CREATE TABLE indicators (
    portfolio_id ${cp_id} NOT NULL,
    indicator_code ${cp_id} NOT NULL,
    program_id ${cp_id} NOT NULL,
    name ${cp_text} NOT NULL,
    unit_of_measure ${cp_text},
    kind VARCHAR(40) NOT NULL,
    direction VARCHAR(40) NOT NULL,
    baseline_text VARCHAR(100),
    baseline_num DECIMAL(38, 10),
    baseline_period VARCHAR(40),
    target_comparison VARCHAR(40),
    target_text VARCHAR(100),
    target_num DECIMAL(38, 10),
    target_period_code VARCHAR(40),
    target_period_start DATE,
    target_period_end DATE,
    frequency VARCHAR(40),
    data_source ${cp_text},
    reporting_unit ${cp_id},
    version BIGINT NOT NULL,
    PRIMARY KEY (portfolio_id, indicator_code),
    FOREIGN KEY (portfolio_id) REFERENCES portfolios (portfolio_id)
) ${cp_table_options};
CREATE INDEX indicators_by_program ON indicators (portfolio_id, program_id);

CREATE TABLE indicator_targets (
    portfolio_id ${cp_id} NOT NULL,
    indicator_code ${cp_id} NOT NULL,
    ordinal INT NOT NULL,
    comparison VARCHAR(40) NOT NULL,
    value_text VARCHAR(100) NOT NULL,
    value_num DECIMAL(38, 10) NOT NULL,
    period_code VARCHAR(40) NOT NULL,
    period_start DATE,
    period_end DATE,
    PRIMARY KEY (portfolio_id, indicator_code, ordinal),
    FOREIGN KEY (portfolio_id, indicator_code) REFERENCES indicators (portfolio_id, indicator_code)
) ${cp_table_options};

-- value_text is the exact value (round trip); value_num, numerator, denominator are for SQL aggregates
-- period_sort orders like the in-memory store: start, else end, else 9999-12-31
CREATE TABLE measurements (
    portfolio_id ${cp_id} NOT NULL,
    indicator_code ${cp_id} NOT NULL,
    period_code VARCHAR(40) NOT NULL,
    unit_code ${cp_id} NOT NULL,
    period_start DATE,
    period_end DATE,
    period_sort DATE NOT NULL,
    kind VARCHAR(40) NOT NULL,
    value_text VARCHAR(200) NOT NULL,
    value_num DECIMAL(38, 10) NOT NULL,
    numerator DECIMAL(38, 10),
    denominator DECIMAL(38, 10),
    milestone BOOLEAN,
    source_text ${cp_text},
    PRIMARY KEY (portfolio_id, indicator_code, period_code, unit_code),
    FOREIGN KEY (portfolio_id, indicator_code) REFERENCES indicators (portfolio_id, indicator_code)
) ${cp_table_options};
CREATE INDEX measurements_in_order ON measurements (portfolio_id, indicator_code, period_sort, period_code, unit_code);
CREATE INDEX measurements_latest ON measurements (portfolio_id, indicator_code, unit_code, period_end);

CREATE TABLE reports (
    portfolio_id ${cp_id} NOT NULL,
    report_id ${cp_id} NOT NULL,
    program_id ${cp_id} NOT NULL,
    unit_code ${cp_id} NOT NULL,
    period_code VARCHAR(40) NOT NULL,
    period_start DATE,
    period_end DATE,
    status VARCHAR(40) NOT NULL,
    narrative ${cp_text},
    return_reason ${cp_text},
    version BIGINT NOT NULL,
    PRIMARY KEY (portfolio_id, report_id),
    FOREIGN KEY (portfolio_id) REFERENCES portfolios (portfolio_id)
) ${cp_table_options};
CREATE INDEX reports_by_period ON reports (portfolio_id, program_id, period_code, unit_code);

-- difficulties (kind 'difficulty') and proposals (kind 'proposal') in order
CREATE TABLE report_texts (
    portfolio_id ${cp_id} NOT NULL,
    report_id ${cp_id} NOT NULL,
    kind VARCHAR(20) NOT NULL,
    ordinal INT NOT NULL,
    body ${cp_text} NOT NULL,
    PRIMARY KEY (portfolio_id, report_id, kind, ordinal),
    FOREIGN KEY (portfolio_id, report_id) REFERENCES reports (portfolio_id, report_id)
) ${cp_table_options};

CREATE TABLE report_items (
    portfolio_id ${cp_id} NOT NULL,
    report_id ${cp_id} NOT NULL,
    ordinal INT NOT NULL,
    item_id ${cp_id} NOT NULL,
    status VARCHAR(40) NOT NULL,
    percent_done INT NOT NULL,
    completed_on DATE,
    note ${cp_text},
    PRIMARY KEY (portfolio_id, report_id, ordinal),
    FOREIGN KEY (portfolio_id, report_id) REFERENCES reports (portfolio_id, report_id)
) ${cp_table_options};

CREATE TABLE report_spent (
    portfolio_id ${cp_id} NOT NULL,
    report_id ${cp_id} NOT NULL,
    item_ordinal INT NOT NULL,
    ordinal INT NOT NULL,
    source VARCHAR(40) NOT NULL,
    funding_year INT NOT NULL,
    amount DECIMAL(38, 0) NOT NULL,
    PRIMARY KEY (portfolio_id, report_id, item_ordinal, ordinal),
    FOREIGN KEY (portfolio_id, report_id, item_ordinal) REFERENCES report_items (portfolio_id, report_id, ordinal)
) ${cp_table_options};

CREATE TABLE adjustments (
    portfolio_id ${cp_id} NOT NULL,
    adjustment_id ${cp_id} NOT NULL,
    item_id ${cp_id} NOT NULL,
    base_revision INT NOT NULL,
    proposed_by ${cp_id} NOT NULL,
    reason ${cp_text} NOT NULL,
    proposed_item ${cp_text} NOT NULL,
    status VARCHAR(40) NOT NULL,
    proposed_at_s BIGINT NOT NULL,
    proposed_at_ns INT NOT NULL,
    decided_by ${cp_id},
    decided_at_s BIGINT,
    decided_at_ns INT,
    decision_note ${cp_text},
    version BIGINT NOT NULL,
    PRIMARY KEY (portfolio_id, adjustment_id),
    FOREIGN KEY (portfolio_id) REFERENCES portfolios (portfolio_id)
) ${cp_table_options};
CREATE INDEX adjustments_by_item ON adjustments (portfolio_id, item_id, proposed_at_s, proposed_at_ns);

-- append-only: the code never updates or deletes these rows
CREATE TABLE audit_log (
    portfolio_id ${cp_id} NOT NULL,
    seq BIGINT NOT NULL,
    at_s BIGINT NOT NULL,
    at_ns INT NOT NULL,
    actor_unit ${cp_id} NOT NULL,
    actor_user ${cp_id} NOT NULL,
    action_code VARCHAR(100) NOT NULL,
    entity_type VARCHAR(64) NOT NULL,
    entity_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (portfolio_id, seq),
    FOREIGN KEY (portfolio_id) REFERENCES portfolios (portfolio_id)
) ${cp_table_options};
CREATE INDEX audit_by_entity ON audit_log (portfolio_id, entity_type, entity_id, seq);

CREATE TABLE audit_changes (
    portfolio_id ${cp_id} NOT NULL,
    seq BIGINT NOT NULL,
    ordinal INT NOT NULL,
    field VARCHAR(500) NOT NULL,
    before_value ${cp_text},
    after_value ${cp_text},
    PRIMARY KEY (portfolio_id, seq, ordinal),
    FOREIGN KEY (portfolio_id, seq) REFERENCES audit_log (portfolio_id, seq)
) ${cp_table_options};
