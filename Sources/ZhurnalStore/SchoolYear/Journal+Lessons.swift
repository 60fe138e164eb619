import ZhurnalCore

extension Journal {
    /// Creates the lessons of the timetable over `dates` (docs/rules.md §6, "Calendar, holidays,
    /// timetable"), for one class or all, one subject or all, in one transaction: one column of
    /// kind `kindCode` per timetable lesson on each school day of the class; columns already there
    /// are kept (see `LessonGenerator`). Lessons of a subject with a thematic plan get its topics.
    public func generateLessons(dates: ClosedRange<LocalDate>, classID: Int? = nil, subjectID: Int? = nil,
                                calendar: SchoolCalendar, kindCode: String) throws -> LessonGenerationResult {
        let classes = try self.classes().filter { classID == nil || $0.id == classID }
        return try write(needing: nil) { history in
            var result = LessonGenerationResult()
            for schoolClass in classes {
                let timetable = try self.timetable(classID: schoolClass.id)
                guard !timetable.lessons.isEmpty else { continue }
                result.classes += 1
                let grade = GradeRange.grade(ofClass: schoolClass.name)
                let existing = try columns(classID: schoolClass.id, dates: dates)
                let plan = LessonGenerator.plan(
                    dates: dates, timetable: timetable, calendar: calendar, grade: grade,
                    subjects: subjectID.map { [$0] },
                    existing: existing.map {
                        ExistingLesson(id: $0.id, subject: $0.subjectID, date: $0.date, lesson: $0.lesson, position: $0.position)
                    })
                let byID = Dictionary(uniqueKeysWithValues: existing.map { ($0.id, $0) })
                for (id, lesson) in plan.numbered {
                    guard let old = byID[id] else { continue }
                    var column = old
                    column.lesson = lesson
                    try save(column, replacing: old, history: history)
                }
                var next: [String: Int] = [:]
                for column in existing {
                    let key = "\(column.subjectID) \(column.date.iso)"
                    next[key] = max(next[key] ?? 0, column.position + 1)
                }
                for lesson in plan.created {
                    try history.check(.lesson(lesson.date, classID: schoolClass.id))
                    let key = "\(lesson.subject) \(lesson.date.iso)"
                    let position = next[key] ?? 0
                    next[key] = position + 1
                    let snapshot = ColumnSnapshot(date: lesson.date, kindCode: kindCode, weight: nil, topic: "",
                                                  position: position, lesson: lesson.lesson)
                    let column = try insertColumn(id: nil, classID: schoolClass.id, subjectID: lesson.subject, snapshot: snapshot)
                    try history.append(.columnAdd, classID: schoolClass.id, subjectID: lesson.subject, columnID: column.id,
                                       old: nil, new: snapshot.encoded)
                }
                result.created += plan.created.count
                result.numbered += plan.numbered.count
                let touched = Set(plan.created.map(\.subject) + plan.numbered.compactMap { byID[$0.id]?.subjectID })
                for subject in touched.sorted() {
                    let topics = try planTopics(classID: schoolClass.id, subjectID: subject)
                    guard !topics.isEmpty else { continue }
                    let assignment = try assign(topics, classID: schoolClass.id, subjectID: subject,
                                                year: calendar.terms(forGrade: grade).yearRange, history: history)
                    result.topics += assignment.changes.filter(\.fromPlan).count
                }
            }
            return result
        }
    }

    /// The class's columns (every subject) dated within `dates`.
    private func columns(classID: Int, dates: ClosedRange<LocalDate>) throws -> [LessonColumn] {
        let statement = try connection.cachedStatement("""
            SELECT \(Self.columnColumns) FROM lesson_columns WHERE class_id = ? AND date BETWEEN ? AND ?
            ORDER BY date, position, id
            """)
        try statement.bind(classID, at: 1)
        try Self.bind(dates, to: statement, at: 2)
        let at = LessonColumnIndexes(statement)
        return try statement.map { Self.column($0, at: at) }
    }
}
