/// Schema step "external results": results of external procedures (ВПР, ОГЭ, ЕГЭ, regional
/// monitoring), one row per procedure, subject and student.
enum SchemaExternal {
    static let sql = """
    CREATE TABLE external_results(
        id INTEGER PRIMARY KEY,
        procedure TEXT NOT NULL,
        subject_id INTEGER NOT NULL REFERENCES subjects(id),
        student_id INTEGER NOT NULL REFERENCES students(id),
        date TEXT NOT NULL,
        score INTEGER,
        mark INTEGER NOT NULL CHECK (mark BETWEEN 1 AND 5),
        UNIQUE(procedure, subject_id, student_id)
    );
    CREATE INDEX external_results_by_procedure ON external_results(procedure);
    """
}
