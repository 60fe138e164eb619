/// Schema version 1: one school per file.
enum SchemaV1 {
    static let sql = """
    CREATE TABLE settings(
        key TEXT PRIMARY KEY NOT NULL,
        value BLOB NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE classes(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    );

    CREATE TABLE students(
        id INTEGER PRIMARY KEY,
        class_id INTEGER NOT NULL REFERENCES classes(id),
        last_name TEXT NOT NULL,
        first_name TEXT NOT NULL,
        middle_name TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
    );
    CREATE INDEX students_by_class ON students(class_id, position);

    CREATE TABLE subjects(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    );

    CREATE TABLE lesson_columns(
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        class_id INTEGER NOT NULL REFERENCES classes(id),
        subject_id INTEGER NOT NULL REFERENCES subjects(id),
        date TEXT NOT NULL,
        kind_code TEXT NOT NULL,
        weight_hundredths INTEGER CHECK (weight_hundredths IS NULL OR weight_hundredths BETWEEN 1 AND 10000),
        topic TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
    );
    CREATE INDEX lesson_columns_by_class_subject_date ON lesson_columns(class_id, subject_id, date, position);

    CREATE TABLE entries(
        column_id INTEGER NOT NULL REFERENCES lesson_columns(id),
        student_id INTEGER NOT NULL REFERENCES students(id),
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY(column_id, student_id)
    ) WITHOUT ROWID;

    CREATE TABLE final_marks(
        student_id INTEGER NOT NULL REFERENCES students(id),
        subject_id INTEGER NOT NULL REFERENCES subjects(id),
        term INTEGER NOT NULL CHECK (term >= 0),
        value TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY(student_id, subject_id, term)
    ) WITHOUT ROWID;

    CREATE TABLE history(
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        kind TEXT NOT NULL,
        class_id INTEGER,
        subject_id INTEGER,
        column_id INTEGER,
        student_id INTEGER,
        term INTEGER,
        old_value TEXT,
        new_value TEXT,
        reason TEXT,
        operation INTEGER
    );
    CREATE INDEX history_by_cell ON history(column_id, student_id, id);
    CREATE TABLE undo_log(
        history_id INTEGER PRIMARY KEY,
        state TEXT NOT NULL CHECK (state IN ('undone', 'inverse', 'dropped')),
        seq INTEGER NOT NULL
    );
    CREATE INDEX undo_log_by_state ON undo_log(state, seq);

    CREATE TRIGGER history_no_update BEFORE UPDATE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
    CREATE TRIGGER history_no_delete BEFORE DELETE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
    """
}
