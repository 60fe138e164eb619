import ZhurnalCore

extension Journal {
    /// The thematic plan (КТП) of a class and subject, by number.
    public func planTopics(classID: Int, subjectID: Int) throws -> [PlanTopic] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT number, topic, homework FROM plan_topics WHERE class_id = ? AND subject_id = ? ORDER BY number
                """)
            try statement.bind(classID, at: 1)
            try statement.bind(subjectID, at: 2)
            return try statement.map { PlanTopic(number: $0.int("number"), topic: $0.string("topic"), homework: $0.string("homework")) }
        }
    }

    /// Replaces the plan of a class and subject and assigns it to the class's lessons of the
    /// subject within `year` in date order (`ThematicPlan.assign`); hand-typed topics stay.
    @discardableResult
    public func setPlan(_ topics: [PlanTopic], classID: Int, subjectID: Int,
                        year: ClosedRange<LocalDate>?) throws -> PlanAssignment {
        try write(needing: nil) { history in try replacePlan(topics, classID: classID, subjectID: subjectID, year: year, history: history) }
    }

    func replacePlan(_ topics: [PlanTopic], classID: Int, subjectID: Int, year: ClosedRange<LocalDate>?,
                     history: HistoryWriter) throws -> PlanAssignment {
        try history.policy.require(.journal(classID: classID, subjectID: subjectID))
        try connection.run("DELETE FROM plan_topics WHERE class_id = ? AND subject_id = ?", classID, subjectID)
        let insert = try connection.cachedStatement(
            "INSERT INTO plan_topics(class_id, subject_id, number, topic, homework) VALUES (?, ?, ?, ?, ?)")
        for topic in topics {
            try insert.bind([classID, subjectID, topic.number, topic.topic, topic.homework])
            try insert.run()
        }
        return try assign(topics, classID: classID, subjectID: subjectID, year: year, history: history)
    }

    /// Writes the plan's topics into the columns, with a `column_edit` history row per change.
    func assign(_ topics: [PlanTopic], classID: Int, subjectID: Int, year: ClosedRange<LocalDate>?,
                history: HistoryWriter) throws -> PlanAssignment {
        let columns = try self.columns(classID: classID, subjectID: subjectID, dates: year)
        let assignment = ThematicPlan.assign(topics, to: columns.map {
            PlannedLesson(id: $0.id, date: $0.date, lesson: $0.lesson, topic: $0.topic, homework: $0.homework,
                          fromPlan: $0.topicFromPlan)
        })
        let byID = Dictionary(uniqueKeysWithValues: columns.map { ($0.id, $0) })
        for change in assignment.changes {
            guard let old = byID[change.id] else { continue }
            var column = old
            column.topic = change.topic
            column.homework = change.homework
            column.topicFromPlan = change.fromPlan
            try save(column, replacing: old, history: history)
        }
        return assignment
    }
}
