import ZhurnalCore

extension Journal {
    /// The school calendar: the school's terms (the settings' calendar), the terms of parallels
    /// that have their own, and the holidays.
    public func schoolCalendar(today: LocalDate) throws -> SchoolCalendar {
        let terms = try schoolSettings(today: today).calendar
        return try read {
            var byGrade: [Int: [Term]] = [:]
            try connection.cachedStatement("SELECT grade, number, start, end FROM calendar_terms ORDER BY grade, number")
                .forEachRow { row in
                    guard let start = LocalDate(parsing: row.string(2)), let end = LocalDate(parsing: row.string(3)) else { return }
                    byGrade[row.int(0), default: []].append(Term(number: row.int(1), start: start, end: end))
                }
            let holidays = try connection.cachedStatement("SELECT start, end, grade_from, grade_to FROM holidays ORDER BY start, id")
                .map { row -> Holiday? in
                    guard let start = LocalDate(parsing: row.string(0)), let end = LocalDate(parsing: row.string(1)) else { return nil }
                    let grades = row.optionalInt(2).flatMap { lower in row.optionalInt(3).flatMap { GradeRange(lower, $0) } }
                    return Holiday(start: start, end: end, grades: grades)
                }
            return SchoolCalendar(terms: terms, gradeTerms: byGrade.mapValues(TermCalendar.init(terms:)),
                                  holidays: holidays.compactMap { $0 })
        }
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
