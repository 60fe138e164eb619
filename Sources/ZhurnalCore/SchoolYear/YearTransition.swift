/// The end of a school year (docs/user-guide.md §17): every class moves up a grade
/// (7А → 8А) into the next school year, the 9th and 11th grades graduate, classes without a grade
/// in their name stay as they are, and the calendar moves a year on.
public enum YearTransition {
    /// The grades whose students finish school at the year's end (основное и среднее общее).
    public static let graduatingGrades: Set<Int> = [9, 11]

    /// What becomes of a class at the year's end.
    public enum Fate: Hashable, Sendable {
        /// It moves up a grade under this name.
        case movesUp(to: String)
        /// Its students graduate (repeaters stay in its grade).
        case graduates
        /// Its name has no grade: it stays as it is.
        case stays
    }

    /// The fate of the class with this name: «7А» moves up to «8А», «9Б» and «11А» graduate,
    /// «Кружок» stays.
    public static func fate(ofClass name: String) -> Fate {
        guard let grade = GradeRange.grade(ofClass: name) else { return .stays }
        if graduatingGrades.contains(grade) { return .graduates }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { ("0"..."9").contains($0) }.count
        return .movesUp(to: "\(grade + 1)" + trimmed.dropFirst(digits))
    }

    /// The last day of the school year: the latest end of the school's and the parallels' terms;
    /// nil when the calendar has no valid terms.
    public static func lastDay(of calendar: SchoolCalendar) -> LocalDate? {
        let tables = [calendar.terms] + Array(calendar.gradeTerms.values)
        guard tables.allSatisfy(\.isValid) else { return nil }
        return tables.compactMap(\.yearRange?.upperBound).max()
    }

    /// The calendar of the next school year: every term and holiday on the same days a year later
    /// (29 February becomes 28), a draft the завуч corrects.
    public static func nextCalendar(_ calendar: SchoolCalendar) -> SchoolCalendar {
        let terms = { (table: TermCalendar) in
            TermCalendar(terms: table.terms.map { Term(number: $0.number, start: yearLater($0.start), end: yearLater($0.end)) })
        }
        return SchoolCalendar(terms: terms(calendar.terms), gradeTerms: calendar.gradeTerms.mapValues(terms),
                              holidays: calendar.holidays.map {
                                  Holiday(start: yearLater($0.start), end: yearLater($0.end), grades: $0.grades)
                              })
    }

    /// The same day a year later; 29 February becomes 28 February.
    static func yearLater(_ date: LocalDate) -> LocalDate {
        let year = date.year + 1
        return LocalDate(year: year, month: date.month, day: min(date.day, LocalDate.daysIn(month: date.month, year: year)))
            ?? date.adding(days: 365)
    }
}
