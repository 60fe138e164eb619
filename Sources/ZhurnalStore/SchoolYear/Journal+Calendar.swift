import ZhurnalCore

extension Journal {
    /// The school calendar: the school's terms (the settings' calendar), the terms of parallels
    /// that have their own, and the holidays.
    public func schoolCalendar(today: LocalDate) throws -> SchoolCalendar {
        let terms = try schoolSettings(today: today).calendar
        return try read {
            let holidays = try connection.cachedStatement("SELECT start, end, grade_from, grade_to FROM holidays ORDER BY start, id")
                .map { row -> Holiday? in
                    guard let start = LocalDate(parsing: row.string("start")), let end = LocalDate(parsing: row.string("end")) else {
                        return nil
                    }
                    let grades = row.optionalInt("grade_from").flatMap { lower in
                        row.optionalInt("grade_to").flatMap { GradeRange(lower, $0) }
                    }
                    return Holiday(start: start, end: end, grades: grades)
                }
            return SchoolCalendar(terms: terms, gradeTerms: try gradeTerms(), holidays: holidays.compactMap { $0 })
        }
    }

    /// The terms that apply to a class (docs/rules.md §6): its parallel's
    /// own terms, else the school's — `schoolTerms`, or the saved settings' when nil. The one
    /// answer every screen, report and lock asks for "which terms does this class have".
    public func termCalendar(forClass name: String, schoolTerms: TermCalendar? = nil) throws -> TermCalendar {
        let school = try schoolTerms ?? schoolSettings(today: today).calendar
        return SchoolCalendar(terms: school, gradeTerms: try read { try gradeTerms() }).terms(forClass: name)
    }

    /// The terms of every class by id, for the write policy's locks.
    func termCalendarsByClass(schoolTerms: TermCalendar) throws -> [Int: TermCalendar] {
        let calendar = SchoolCalendar(terms: schoolTerms, gradeTerms: try gradeTerms())
        return Dictionary(uniqueKeysWithValues: try classes().map { ($0.id, calendar.terms(forClass: $0.name)) })
    }

    /// The parallels' own terms (table `calendar_terms`), by grade.
    private func gradeTerms() throws -> [Int: TermCalendar] {
        var byGrade: [Int: [Term]] = [:]
        try connection.cachedStatement("SELECT grade, number, start, end FROM calendar_terms ORDER BY grade, number")
            .forEachRow { row in
                guard let start = LocalDate(parsing: row.string("start")), let end = LocalDate(parsing: row.string("end")) else {
                    return
                }
                byGrade[row.int("grade"), default: []].append(Term(number: row.int("number"), start: start, end: end))
            }
        return byGrade.mapValues(TermCalendar.init(terms:))
    }

    /// Saves the whole calendar in one transaction: the school's terms into the settings, the
    /// parallels' terms and the holidays into their tables.
    public func saveSchoolCalendar(_ calendar: SchoolCalendar, today: LocalDate) throws {
        var settings = try schoolSettings(today: today)
        settings.calendar = calendar.terms
        try write(needing: .school) { _ in
            try saveSchoolSettings(settings)
            try connection.run("DELETE FROM calendar_terms")
            let term = try connection.cachedStatement("INSERT INTO calendar_terms(grade, number, start, end) VALUES (?, ?, ?, ?)")
            for (grade, terms) in calendar.gradeTerms {
                for item in terms.terms {
                    try term.bind([grade, item.number, item.start.iso, item.end.iso])
                    try term.run()
                }
            }
            try connection.run("DELETE FROM holidays")
            let holiday = try connection.cachedStatement("INSERT INTO holidays(start, end, grade_from, grade_to) VALUES (?, ?, ?, ?)")
            for item in calendar.holidays {
                try holiday.bind([item.start.iso, item.end.iso, item.grades?.lower, item.grades?.upper])
                try holiday.run()
            }
        }
    }
}
