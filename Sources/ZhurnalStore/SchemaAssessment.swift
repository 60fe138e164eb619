/// The tables of criteria rubrics, rubric scores, formative notes, outcomes and column levels (issue 4).
enum SchemaAssessment {
    static let sql = """
    CREATE TABLE rubrics(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        definition TEXT NOT NULL
    );

    CREATE TABLE column_rubrics(
        column_id INTEGER PRIMARY KEY REFERENCES lesson_columns(id) ON DELETE CASCADE,
        rubric_id INTEGER NOT NULL REFERENCES rubrics(id)
    );

    CREATE TABLE rubric_scores(
        column_id INTEGER NOT NULL REFERENCES lesson_columns(id) ON DELETE CASCADE,
        student_id INTEGER NOT NULL REFERENCES students(id),
        criterion TEXT NOT NULL,
        points INTEGER NOT NULL CHECK (points >= 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY(column_id, student_id, criterion)
    ) WITHOUT ROWID;

    CREATE TABLE formative_notes(
        column_id INTEGER NOT NULL REFERENCES lesson_columns(id) ON DELETE CASCADE,
        student_id INTEGER NOT NULL REFERENCES students(id),
        worked TEXT NOT NULL DEFAULT '',
        next_step TEXT NOT NULL DEFAULT '',
        self_assessment TEXT CHECK (self_assessment IN ('green', 'yellow', 'red')),
        level TEXT CHECK (level IN ('basic', 'advanced')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY(column_id, student_id)
    ) WITHOUT ROWID;

    CREATE TABLE outcomes(
        code TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('subject', 'regulatory', 'cognitive', 'communicative', 'personal'))
    ) WITHOUT ROWID;

    CREATE TABLE column_outcomes(
        column_id INTEGER NOT NULL REFERENCES lesson_columns(id) ON DELETE CASCADE,
        outcome_code TEXT NOT NULL REFERENCES outcomes(code),
        PRIMARY KEY(column_id, outcome_code)
    ) WITHOUT ROWID;

    CREATE TABLE column_levels(
        column_id INTEGER PRIMARY KEY REFERENCES lesson_columns(id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('basic', 'advanced'))
    );
    """
}
