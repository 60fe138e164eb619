/// The school year's tables (issue 16): curriculum, terms of parallels, holidays, timetable and
/// the thematic plan; lesson columns gain a lesson number, homework and the plan's mark on a topic.
enum SchemaSchoolYear {
    static let sql = """
    CREATE TABLE curriculum(
        class_id INTEGER NOT NULL REFERENCES classes(id),
        subject_id INTEGER NOT NULL REFERENCES subjects(id),
        teacher TEXT NOT NULL DEFAULT '',
        hours_hundredths INTEGER CHECK (hours_hundredths IS NULL OR hours_hundredths BETWEEN 1 AND 4000),
        PRIMARY KEY(class_id, subject_id)
    ) WITHOUT ROWID;

    CREATE TABLE calendar_terms(
        grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 11),
        number INTEGER NOT NULL CHECK (number >= 1),
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        PRIMARY KEY(grade, number)
    ) WITHOUT ROWID;

    CREATE TABLE holidays(
        id INTEGER PRIMARY KEY,
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        grade_from INTEGER CHECK (grade_from IS NULL OR grade_from BETWEEN 1 AND 11),
        grade_to INTEGER CHECK (grade_to IS NULL OR grade_to BETWEEN 1 AND 11)
    );

    CREATE TABLE timetable(
        class_id INTEGER NOT NULL REFERENCES classes(id),
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        lesson INTEGER NOT NULL CHECK (lesson BETWEEN 1 AND 10),
        subject_id INTEGER NOT NULL REFERENCES subjects(id),
        PRIMARY KEY(class_id, weekday, lesson)
    ) WITHOUT ROWID;

    CREATE TABLE plan_topics(
        class_id INTEGER NOT NULL REFERENCES classes(id),
        subject_id INTEGER NOT NULL REFERENCES subjects(id),
        number INTEGER NOT NULL CHECK (number >= 1),
        topic TEXT NOT NULL,
        homework TEXT NOT NULL DEFAULT '',
        PRIMARY KEY(class_id, subject_id, number)
    ) WITHOUT ROWID;

    ALTER TABLE lesson_columns ADD COLUMN lesson INTEGER;
    ALTER TABLE lesson_columns ADD COLUMN homework TEXT NOT NULL DEFAULT '';
    ALTER TABLE lesson_columns ADD COLUMN topic_from_plan INTEGER NOT NULL DEFAULT 0;
    """
}
