import ZhurnalCore

extension Journal {
    /// A class's weekly timetable (subjects by id).
    public func timetable(classID: Int) throws -> Timetable {
        try read {
            let statement = try connection.cachedStatement(
                "SELECT weekday, lesson, subject_id FROM timetable WHERE class_id = ? ORDER BY weekday, lesson")
            try statement.bind(classID, at: 1)
            let lessons = try statement.map { TimetableLesson(weekday: $0.int("weekday"), lesson: $0.int("lesson"), subject: $0.int("subject_id")) }
            return Timetable(lessons) ?? Timetable([])!
        }
    }

    /// Replaces a class's timetable; every subject in it joins the class's curriculum.
    public func setTimetable(classID: Int, _ timetable: Timetable) throws {
        try write(needing: .school) { _ in try replaceTimetable(classID: classID, timetable) }
    }

    /// Sets the subject of one weekday and lesson of a class; nil empties it.
    public func setTimetableLesson(classID: Int, weekday: Int, lesson: Int, subjectID: Int?) throws {
        try write(needing: .school) { _ in
            try connection.run("DELETE FROM timetable WHERE class_id = ? AND weekday = ? AND lesson = ?", classID, weekday, lesson)
            guard let subjectID else { return }
            try connection.run("INSERT INTO timetable(class_id, weekday, lesson, subject_id) VALUES (?, ?, ?, ?)",
                               classID, weekday, lesson, subjectID)
            try joinCurriculum(classID: classID, subjectID: subjectID)
        }
    }

    func replaceTimetable(classID: Int, _ timetable: Timetable) throws {
        try connection.run("DELETE FROM timetable WHERE class_id = ?", classID)
        let insert = try connection.cachedStatement(
            "INSERT INTO timetable(class_id, weekday, lesson, subject_id) VALUES (?, ?, ?, ?)")
        for lesson in timetable.lessons {
            try insert.bind([classID, lesson.weekday, lesson.lesson, lesson.subject])
            try insert.run()
        }
        for subject in Set(timetable.lessons.map(\.subject)) { try joinCurriculum(classID: classID, subjectID: subject) }
    }

    /// Adds a pair to the curriculum unless it is there.
    func joinCurriculum(classID: Int, subjectID: Int) throws {
        try connection.run("INSERT OR IGNORE INTO curriculum(class_id, subject_id) VALUES (?, ?)", classID, subjectID)
    }
}
