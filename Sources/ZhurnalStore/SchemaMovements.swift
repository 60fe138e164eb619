/// Students over time (issue 17): each student's dated movements — arrival, departure, transfer
/// to another class, rename — from which his enrollment in classes is derived. A student with
/// no movement is in his class for good.
enum SchemaMovements {
    static let sql = """
    CREATE TABLE movements(
        id INTEGER PRIMARY KEY,
        student_id INTEGER NOT NULL REFERENCES students(id),
        kind TEXT NOT NULL CHECK (kind IN ('arrive', 'leave', 'transfer', 'rename')),
        date TEXT NOT NULL,
        class_id INTEGER NOT NULL REFERENCES classes(id),
        to_class_id INTEGER REFERENCES classes(id),
        reason TEXT NOT NULL DEFAULT '',
        order_no TEXT NOT NULL DEFAULT '',
        old_name TEXT NOT NULL DEFAULT '',
        new_name TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX movements_by_student ON movements(student_id, date);
    CREATE INDEX movements_by_class ON movements(class_id);
    CREATE INDEX movements_by_target ON movements(to_class_id);
    """
}
