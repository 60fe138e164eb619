import ZhurnalCore

extension Journal {
    /// Applies a calendar file (all or nothing): its term rows replace the term table of the
    /// grades they list (empty grades: the school's own, and no parallel keeps its own); its
    /// holiday rows are added unless the calendar has them already.
    public func importCalendar(_ bytes: [UInt8], today: LocalDate) throws(ImportFailure) -> CalendarImportResult {
        let rows = try CSVImportFile.rows(bytes, required: CalendarRow.required, optional: CalendarRow.optional)
        var problems: [ImportRowError] = []
        var tables: [(grades: GradeRange?, line: Int, terms: [Term])] = []
        var holidays: [Holiday] = []
        for row in rows {
            switch CalendarRow.parse(row) {
            case .failure(let problem):
                problems.append(ImportRowError(line: row.line, problem: problem))
            case .success(let record):
                guard case .term(let number) = record.kind else {
                    holidays.append(Holiday(start: record.start, end: record.end, grades: record.grades))
                    continue
                }
                let term = Term(number: number, start: record.start, end: record.end)
                if let index = tables.firstIndex(where: { $0.grades == record.grades }) {
                    tables[index].terms.append(term)
                } else if let other = tables.first(where: { Self.overlap($0.grades, record.grades) }) {
                    problems.append(ImportRowError(line: row.line, problem: .overlappingGrades(
                        "\(record.grades?.description ?? "") / \(other.grades?.description ?? "")")))
                } else {
                    tables.append((record.grades, row.line, [term]))
                }
            }
        }
        for table in tables where !TermCalendar(terms: table.terms.sorted { $0.number < $1.number }).isValid {
            problems.append(ImportRowError(line: table.line, problem: .badTerms(grades: table.grades?.description ?? "")))
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems.sorted { $0.line < $1.line }) }
        do {
            return try write(needing: .school) { _ in
                var calendar = try schoolCalendar(today: today)
                for table in tables.sorted(by: { ($0.grades == nil ? 0 : 1) < ($1.grades == nil ? 0 : 1) }) {
                    calendar = calendar.replacingTerms(with: TermCalendar(terms: table.terms.sorted { $0.number < $1.number }),
                                                       grades: table.grades)
                }
                var added = 0
                for holiday in holidays where !calendar.holidays.contains(holiday) {
                    calendar.holidays.append(holiday)
                    added += 1
                }
                try saveSchoolCalendar(calendar, today: today)
                return CalendarImportResult(termTables: tables.count, holidays: added)
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }

    /// Whether two grade ranges of a file share a grade; the school's own table (nil) overlaps
    /// none, the parallels' tables take precedence over it.
    private static func overlap(_ a: GradeRange?, _ b: GradeRange?) -> Bool {
        guard let a, let b else { return false }
        return a.lower <= b.upper && b.lower <= a.upper
    }
}
