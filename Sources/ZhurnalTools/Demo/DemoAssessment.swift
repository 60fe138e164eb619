import ZhurnalCore
import ZhurnalStore

/// The demo school's criteria rubric, outcomes and formative notes: in every class, the first
/// контрольная работа of Математика or Алгебра is scored by criteria (the points reproduce each
/// student's mark, so the averages stay as generated), tagged with outcomes and marked базовый;
/// the students with a 2 in the subject get a formative note on their latest 2.
enum DemoAssessment {
    /// The demo outcome catalogue.
    static let outcomes = [
        Outcome(code: "П1", name: "вычисления с дробями и выражениями", type: .subject),
        Outcome(code: "П2", name: "решение текстовых задач", type: .subject),
        Outcome(code: "Р1", name: "планирование и самопроверка решения", type: .regulatory),
        Outcome(code: "Пз1", name: "моделирование условия задачи", type: .cognitive),
        Outcome(code: "К1", name: "аргументация решения", type: .communicative),
        Outcome(code: "Л1", name: "ответственное отношение к учению", type: .personal),
    ]

    /// A 10-point контрольная on a percent scale.
    static let rubric = Rubric(name: "Контрольная работа (демо)", criteria: [
        RubricCriterion(code: "1", description: "вычисления", maxPoints: 3, outcome: "П1", group: "вычисления"),
        RubricCriterion(code: "2", description: "уравнение", maxPoints: 2, outcome: "П1", group: "вычисления"),
        RubricCriterion(code: "3", description: "текстовая задача", maxPoints: 3, outcome: "П2"),
        RubricCriterion(code: "4", description: "обоснование", maxPoints: 2, outcome: "К1"),
    ], scale: RubricScale(basis: .percent, steps: [
        RubricStep(mark: 2, minimum: 0), RubricStep(mark: 3, minimum: 50),
        RubricStep(mark: 4, minimum: 70), RubricStep(mark: 5, minimum: 90),
    ]))

    /// Points per criterion that give `mark` (the lower or upper total of its band, by `variant`).
    static func points(for mark: Int, variant: Int) -> [String: Int] {
        let totals = [2: [3, 4], 3: [5, 6], 4: [7, 8], 5: [9, 10]]
        var left = totals[mark]?[variant % 2] ?? 0
        var points: [String: Int] = [:]
        for criterion in rubric.criteria {
            let given = min(left, criterion.maxPoints)
            points[criterion.code] = given
            left -= given
        }
        return points
    }

    /// Writes the catalogue, the rubric and its scores, and the notes.
    static func write(into journal: Journal) throws {
        for outcome in outcomes { try journal.saveOutcome(outcome) }
        let rubricID = try journal.saveRubric(rubric).rubricID
        let subjects = try journal.subjects().filter { ["Математика", "Алгебра"].contains($0.name) }
        for schoolClass in try journal.classes() {
            for subject in subjects {
                let grid = try journal.grid(classID: schoolClass.id, subjectID: subject.id)
                guard let control = grid.columns.first(where: { $0.kindCode == "control" }) else { continue }
                try journal.attachRubric(rubricID, toColumn: control.id)
                try journal.setLevel(.basic, ofColumn: control.id)
                for (index, student) in grid.students.enumerated() {
                    guard case .mark(let mark) = grid.entries[CellKey(columnID: control.id, studentID: student.id)] else { continue }
                    try journal.scoreRubric(columnID: control.id, studentID: student.id,
                                            points: points(for: mark, variant: index).mapValues { $0 })
                }
                let noted = try writeNotes(grid, journal: journal)
                for column in grid.columns where column.id == control.id || noted.contains(column.id) {
                    let tags = column.id == control.id ? ["П1", "П2", "Р1"] : []
                    try journal.tagColumn(column.id, outcomes: tags + (noted.contains(column.id) ? ["Л1", "Пз1"] : []))
                }
                break
            }
        }
    }

    /// A note on each weak student's latest 2; returns the columns that got notes.
    private static func writeNotes(_ grid: JournalGrid, journal: Journal) throws -> Set<Int> {
        var noted = Set<Int>()
        for student in grid.students {
            guard let column = grid.columns.last(where: { grid.entries[CellKey(columnID: $0.id, studentID: student.id)] == .mark(2) })
            else { continue }
            try journal.setNote(columnID: column.id, studentID: student.id, to: FormativeNote(
                worked: "записал условие и начал решение", nextStep: "повторить правило и решить две задачи с проверкой",
                selfAssessment: .red, level: .basic))
            noted.insert(column.id)
        }
        return noted
    }
}
