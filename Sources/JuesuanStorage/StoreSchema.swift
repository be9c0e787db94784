/// The disclosure store's schema (决算公开数据库结构), as versioned migrations.
///
/// - `store_state`: one row; `data_version` increases by one on every import that changes stored content.
/// - `department`: stable ASCII id, name, region path (segments joined by `/`, e.g. `湖南省/株洲市/石峰区`).
/// - `disclosure`: one per department × fiscal year; unit (万元/元), publication date, current revision number.
/// - `revision`: every imported version of a disclosure, never overwritten — number (1, 2, …), importer,
///   import time (Unix milliseconds, UTC), SHA-256 of the canonical document (lowercase hex), and the canonical
///   document bytes themselves, which are the source of truth for export and decoding.
/// - Normalized projections of the current revision, for querying across departments (rebuilt on each import):
///   `table_state` (each table's state and reason), `table_cell` (every cell of every row, amounts as INTEGER
///   cents of the disclosure's unit, blank cells as NULL), `budget_line`, `scorecard`, `scorecard_fund`,
///   `scorecard_indicator` (with the target and actual parsed by the domain: kind, direction ≥ ≤ = > <, value,
///   upper value of a range, unit). Published decimals that are not money (scores, weights, percentages) are TEXT in
///   their canonical exact rendering; nothing is stored as REAL.
public enum StoreSchema {
    /// All migrations of the store, oldest first.
    public static let migrator = Migrator([
        Migration(version: 1, name: "disclosures, revisions and normalized tables", sql: version1),
    ])

    static let version1 = """
        CREATE TABLE store_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            data_version INTEGER NOT NULL
        ) STRICT;
        INSERT INTO store_state (id, data_version) VALUES (1, 0);

        CREATE TABLE department (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            region_path TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX department_by_region ON department (region_path);

        CREATE TABLE disclosure (
            id INTEGER PRIMARY KEY,
            department_id TEXT NOT NULL REFERENCES department (id),
            fiscal_year INTEGER NOT NULL,
            unit TEXT NOT NULL,
            published_on TEXT,
            current_revision INTEGER NOT NULL CHECK (current_revision >= 1),
            UNIQUE (department_id, fiscal_year)
        ) STRICT;
        CREATE INDEX disclosure_by_year ON disclosure (fiscal_year);

        CREATE TABLE revision (
            disclosure_id INTEGER NOT NULL REFERENCES disclosure (id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number >= 1),
            imported_by TEXT NOT NULL,
            imported_at_ms INTEGER NOT NULL,
            content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
            byte_count INTEGER NOT NULL,
            document BLOB NOT NULL,
            PRIMARY KEY (disclosure_id, number)
        ) STRICT;

        CREATE TABLE table_state (
            disclosure_id INTEGER NOT NULL REFERENCES disclosure (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            printed_number TEXT,
            title TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('data', 'empty', 'not_published')),
            empty_reason TEXT,
            note TEXT,
            row_count INTEGER NOT NULL,
            PRIMARY KEY (disclosure_id, kind)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE table_cell (
            disclosure_id INTEGER NOT NULL REFERENCES disclosure (id) ON DELETE CASCADE,
            table_kind TEXT NOT NULL,
            row_order INTEGER NOT NULL,
            side TEXT,
            line INTEGER,
            code TEXT,
            name TEXT,
            column_key TEXT NOT NULL,
            amount_cents INTEGER,
            PRIMARY KEY (disclosure_id, table_kind, row_order, column_key)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX table_cell_by_code ON table_cell (table_kind, column_key, code);
        CREATE INDEX table_cell_by_name ON table_cell (table_kind, column_key, name);

        CREATE TABLE budget_line (
            disclosure_id INTEGER NOT NULL REFERENCES disclosure (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            code TEXT,
            name TEXT NOT NULL,
            stated_path TEXT,
            initial_budget_cents INTEGER,
            adjusted_budget_cents INTEGER,
            final_amount_cents INTEGER,
            stated_execution_percent TEXT,
            PRIMARY KEY (disclosure_id, position)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX budget_line_by_code ON budget_line (code);

        CREATE TABLE scorecard (
            disclosure_id INTEGER NOT NULL REFERENCES disclosure (id) ON DELETE CASCADE,
            slug TEXT NOT NULL,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            sub_project TEXT,
            total_investment_cents INTEGER,
            of_which_appropriation_cents INTEGER,
            period TEXT,
            funds_weight TEXT,
            funds_published_execution_rate TEXT,
            funds_published_score TEXT,
            published_total_weight TEXT,
            published_total_score TEXT,
            published_grade TEXT,
            PRIMARY KEY (disclosure_id, slug)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE scorecard_fund (
            disclosure_id INTEGER NOT NULL,
            scorecard_slug TEXT NOT NULL,
            source TEXT NOT NULL,
            initial_budget_cents INTEGER,
            full_year_budget_cents INTEGER,
            executed_cents INTEGER,
            PRIMARY KEY (disclosure_id, scorecard_slug, source),
            FOREIGN KEY (disclosure_id, scorecard_slug) REFERENCES scorecard (disclosure_id, slug) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE scorecard_indicator (
            disclosure_id INTEGER NOT NULL,
            scorecard_slug TEXT NOT NULL,
            position INTEGER NOT NULL,
            level1 TEXT,
            level2 TEXT,
            name TEXT NOT NULL,
            target_text TEXT,
            target_kind TEXT NOT NULL,
            target_direction TEXT,
            target_value TEXT,
            target_upper_value TEXT,
            target_unit TEXT,
            actual_text TEXT,
            actual_kind TEXT NOT NULL,
            actual_value TEXT,
            actual_upper_value TEXT,
            actual_unit TEXT,
            weight TEXT,
            published_score TEXT,
            deviation_note TEXT,
            PRIMARY KEY (disclosure_id, scorecard_slug, position),
            FOREIGN KEY (disclosure_id, scorecard_slug) REFERENCES scorecard (disclosure_id, slug) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;
        """
}
