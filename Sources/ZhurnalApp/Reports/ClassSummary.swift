import ZhurnalCore

/// A class's summary over all its subjects for one period: each subject's summary, and each
/// student's category (отличник, хорошист, с одной «3», неуспевающий) from the marks that count.
public struct ClassSummary: Sendable {
    public var className: String
    public var period: SummaryPeriod
    /// What the calendar calls its terms, to name the period.
    public var termKind: TermKind
    public var subjects: [SubjectSummary]
    /// Students in journal order.
    public var students: [SubjectInput.Student]
    /// Each student's category; absent when the student has no counting mark at all.
    public var categories: [Int: StudentCategory]

    /// Combines subject summaries of one class and period.
    public init(className: String, period: SummaryPeriod, termKind: TermKind, students: [SubjectInput.Student],
                subjects: [SubjectSummary]) {
        self.className = className
        self.period = period
        self.termKind = termKind
        self.students = students
        self.subjects = subjects
        var categories: [Int: StudentCategory] = [:]
        for student in students {
            let marks = subjects.compactMap { subject in
                subject.rows.first { $0.studentID == student.id }?.effective
            }
            categories[student.id] = StudentCategory.of(marks)
        }
        self.categories = categories
    }

    /// How many students fall into a category.
    public func count(of category: StudentCategory) -> Int {
        categories.values.filter { $0 == category }.count
    }
}

extension ClassTotals {
    /// The totals of a class summary's students' categories.
    public init(_ summary: ClassSummary) {
        self.init(categories: Array(summary.categories.values))
    }
}
