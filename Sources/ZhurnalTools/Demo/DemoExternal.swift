import ZhurnalCore
import ZhurnalStore

/// The demo school's ВПР in October: mathematics and Russian in every class, scored in primary
/// points on each subject's scale. The external mark follows the student's final mark of the
/// first term, lowered or raised for a share of the class that differs by class: 5А marks
/// objectively, 7Б's marks are high (about a third of the class is lowered, which the objectivity
/// screen highlights), 9А is in between.
enum DemoExternal {
    /// The procedure's name as stored.
    static let procedure = "ВПР"

    /// One subject's paper: its points→mark scale, the top score and the day in October.
    struct Paper {
        let subjects: Set<String>
        let scale: PointsScale
        let maximum: Int
        let day: Int
    }

    static let papers = [
        Paper(subjects: ["Математика", "Алгебра"], scale: PointsScale(parsing: "6,10,14")!, maximum: 19, day: 14),
        Paper(subjects: ["Русский язык"], scale: PointsScale(parsing: "18,29,40")!, maximum: 47, day: 16),
    ]

    /// Per class (by name): the share lowered and the share raised, in per mille.
    static let deviation: [String: (lowered: Int, raised: Int)] = ["5А": (80, 40), "7Б": (340, 30), "9А": (180, 90)]

    /// Writes the results of every class present in `journal`.
    static func write(into journal: Journal, schoolYear: Int) throws {
        var random = SeededGenerator(seed: 1_702)
        var results: [ExternalResult] = []
        for schoolClass in try journal.classes() {
            let share = deviation[schoolClass.name] ?? (lowered: 150, raised: 50)
            for subject in try journal.subjects(withColumnsInClass: schoolClass.id) {
                guard let paper = papers.first(where: { $0.subjects.contains(subject.name) }),
                      let date = LocalDate(year: schoolYear, month: 10, day: paper.day) else { continue }
                for record in try journal.finalMarks(classID: schoolClass.id, subjectID: subject.id, term: 1) {
                    guard let journalMark = Int(record.value), (2...5).contains(journalMark) else { continue }
                    let draw = random.perMille()
                    let shift = draw < share.lowered ? -1 : draw < share.lowered + share.raised ? 1 : 0
                    let mark = min(5, max(2, journalMark + shift))
                    results.append(ExternalResult(procedure: procedure, classID: schoolClass.id, subjectID: subject.id,
                                                  studentID: record.studentID, date: date,
                                                  score: score(for: mark, on: paper, random: &random), mark: mark))
                }
            }
        }
        try journal.saveExternalResults(results)
    }

    /// A primary score inside the band of `mark` on the paper's scale.
    static func score(for mark: Int, on paper: Paper, random: inout SeededGenerator) -> Int {
        let bounds = [0] + paper.scale.minimums + [paper.maximum + 1]
        let low = bounds[mark - 2], high = bounds[mark - 1]
        return low + Int(random.next() % UInt64(high - low))
    }
}
