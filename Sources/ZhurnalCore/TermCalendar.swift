/// One attestation period of the school year.
public struct Term: Codable, Hashable, Sendable {
    /// 1-based number within the year.
    public var number: Int
    public var start: LocalDate
    public var end: LocalDate

    public init(number: Int, start: LocalDate, end: LocalDate) {
        self.number = number
        self.start = start
        self.end = end
    }

    /// Whether the date lies within the term, both ends included.
    public func contains(_ date: LocalDate) -> Bool { start <= date && date <= end }
}

/// The school year's terms (docs/rules.md §6): quarters by default; trimesters, semesters or
/// exact dates as settings.
public struct TermCalendar: Codable, Equatable, Sendable {
    public var terms: [Term]

    public init(terms: [Term]) {
        self.terms = terms
    }

    /// Four quarters: 1 Sep – 31 Oct, 1 Nov – 31 Dec, 1 Jan – 31 Mar, 1 Apr – 31 May.
    public static func quarters(schoolYearStarting year: Int) -> TermCalendar {
        make(year, [((9, 1), (10, 31), 0), ((11, 1), (12, 31), 0), ((1, 1), (3, 31), 1), ((4, 1), (5, 31), 1)])
    }

    /// Three trimesters: 1 Sep – 30 Nov, 1 Dec – 28/29 Feb, 1 Mar – 31 May.
    public static func trimesters(schoolYearStarting year: Int) -> TermCalendar {
        make(year, [((9, 1), (11, 30), 0), ((12, 1), (2, LocalDate.daysIn(month: 2, year: year + 1)), 0), ((3, 1), (5, 31), 1)])
    }

    /// Two semesters: 1 Sep – 31 Dec, 1 Jan – 31 May.
    public static func semesters(schoolYearStarting year: Int) -> TermCalendar {
        make(year, [((9, 1), (12, 31), 0), ((1, 1), (5, 31), 1)])
    }

    /// The term that contains a date.
    public func term(containing date: LocalDate) -> Term? {
        terms.first { $0.contains(date) }
    }

    /// The term with a number.
    public func term(number: Int) -> Term? {
        terms.first { $0.number == number }
    }

    /// The term a journal is in on `today`: the one containing it; outside the school year the last
    /// term with a lesson on one of `lessonDates`, else the last term begun, else the first.
    /// `lessonDates` is read only when `today` is outside the year. The calendar must have a term
    /// (see ``isValid``).
    public func current(on today: LocalDate, lessonDates: @autoclosure () -> [LocalDate] = []) -> Term {
        term(containing: today) ?? latest(withLessonOn: lessonDates()) ?? terms.last { $0.start <= today } ?? terms[0]
    }

    /// The term a class's page opens in: the current term (``current(on:lessonDates:)``) when it has
    /// a lesson on one of `lessonDates`, else the latest term that has, else the current term.
    public func opening(on today: LocalDate, lessonDates: [LocalDate]) -> Term {
        let current = current(on: today)
        if lessonDates.contains(where: current.contains) { return current }
        return latest(withLessonOn: lessonDates) ?? current
    }

    /// The last term with a lesson on one of `dates`.
    public func latest(withLessonOn dates: [LocalDate]) -> Term? {
        terms.last { term in dates.contains(where: term.contains) }
    }

    /// The term after `term`, wrapping from the last to the first.
    public func term(after term: Term) -> Term {
        let index = terms.firstIndex { $0.number == term.number } ?? 0
        return terms[(index + 1) % terms.count]
    }

    /// The first and last day of the school year.
    public var yearRange: ClosedRange<LocalDate>? {
        guard let first = terms.first, let last = terms.last, first.start <= last.end else { return nil }
        return first.start...last.end
    }

    /// True when terms are numbered 1…n in order, each starts before it ends and none overlap.
    public var isValid: Bool {
        guard !terms.isEmpty else { return false }
        for (index, term) in terms.enumerated() {
            guard term.number == index + 1, term.start <= term.end else { return false }
            if index > 0, terms[index - 1].end >= term.start { return false }
        }
        return true
    }

    /// A date a teacher types: `ДД.ММ.ГГГГ` (or any form `LocalDate(parsing:)` reads), or `ДД.ММ`
    /// for that day in this calendar's school year (September–December of its first year,
    /// January–August of the next). Nil for anything else.
    public func date(parsing text: String) -> LocalDate? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || (parts.count == 3 && parts[2].isEmpty) else { return LocalDate(parsing: text) }
        guard let first = terms.first, parts[0].count <= 2, parts[1].count <= 2,
              (parts[0] + parts[1]).allSatisfy({ $0.isASCII && $0.isNumber }),
              let day = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        let startYear = Self.schoolYearStart(for: first.start)
        return LocalDate(year: month >= 9 ? startYear : startYear + 1, month: month, day: day)
    }

    /// The calendar year in which the school year containing `date` started (years start 1 September).
    public static func schoolYearStart(for date: LocalDate) -> Int {
        date.month >= 9 ? date.year : date.year - 1
    }

    private static func make(_ year: Int, _ spans: [((Int, Int), (Int, Int), Int)]) -> TermCalendar {
        TermCalendar(terms: spans.enumerated().map { index, span in
            let startYear = span.0.0 >= 9 ? year : year + 1
            let endYear = span.1.0 >= 9 ? year : year + 1
            return Term(number: index + 1,
                        start: LocalDate(year: startYear, month: span.0.0, day: span.0.1)!,
                        end: LocalDate(year: endYear, month: span.1.0, day: span.1.1)!)
        })
    }
}
