/// The school year's calendar (docs/rules.md §6): the school's terms, the
/// terms of parallels that differ (quarters for 5–9, half-years for 10–11), and holidays.
public struct SchoolCalendar: Equatable, Sendable {
    /// The terms of every grade without terms of its own.
    public var terms: TermCalendar
    /// The terms of grades that have their own, by grade.
    public var gradeTerms: [Int: TermCalendar]
    public var holidays: [Holiday]

    public init(terms: TermCalendar, gradeTerms: [Int: TermCalendar] = [:], holidays: [Holiday] = []) {
        self.terms = terms
        self.gradeTerms = gradeTerms
        self.holidays = holidays
    }

    /// The terms of a class of `grade` (nil: a class whose name has no grade).
    public func terms(forGrade grade: Int?) -> TermCalendar {
        grade.flatMap { gradeTerms[$0] } ?? terms
    }

    /// The terms of the class with this name.
    public func terms(forClass name: String) -> TermCalendar {
        terms(forGrade: GradeRange.grade(ofClass: name))
    }

    /// Whether `date` is a school day for a class of `grade`: inside one of its terms and not in a
    /// holiday that covers the grade. Which weekdays have lessons is the timetable's business.
    public func isSchoolDay(_ date: LocalDate, grade: Int?) -> Bool {
        terms(forGrade: grade).term(containing: date) != nil && !holidays.contains { $0.covers(date, grade: grade) }
    }

    /// The calendar with `calendar` as the terms of `grades`; nil grades means every grade: the
    /// school's terms are replaced and no grade keeps terms of its own.
    public func replacingTerms(with calendar: TermCalendar, grades: GradeRange?) -> SchoolCalendar {
        var copy = self
        if let grades {
            for grade in grades.grades { copy.gradeTerms[grade] = calendar }
        } else {
            copy.terms = calendar
            copy.gradeTerms = [:]
        }
        return copy
    }

    /// The grade ranges that share a term table of their own, in grade order: grades 5…9 with the
    /// same quarters make one range.
    public var gradeGroups: [(grades: GradeRange, terms: TermCalendar)] {
        var groups: [(grades: GradeRange, terms: TermCalendar)] = []
        for grade in gradeTerms.keys.sorted() {
            guard let calendar = gradeTerms[grade] else { continue }
            if let last = groups.last, last.grades.upper == grade - 1, last.terms == calendar,
               let wider = GradeRange(last.grades.lower, grade) {
                groups[groups.count - 1].grades = wider
            } else if let single = GradeRange(grade, grade) {
                groups.append((single, calendar))
            }
        }
        return groups
    }
}
