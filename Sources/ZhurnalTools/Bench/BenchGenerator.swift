import Foundation
import ZhurnalCore
import ZhurnalStore

/// Builds a synthetic school for `zhurnal bench` straight into an empty journal, deterministically
/// from a seed: classes of students with Russian names, the subjects of `BenchScale`, a lesson
/// column on four weekdays of five per subject through the scale's terms, entries (marks around each
/// student's level, absences, cells left empty), the first контрольная работа of each term scored
/// by criteria (the demo's rubric), and formative notes on some 2s. Writes go through the store's
/// `BulkWriter` and `Journal` (with their history rows), one transaction per class.
public struct BenchGenerator {
    public let scale: BenchScale
    public let seed: UInt64
    public static let schoolYear = 2026
    /// The settings key marking a file as built by the bench: "scale seed school".
    public static let markerKey = "bench"

    public init(scale: BenchScale, seed: UInt64) {
        self.scale = scale
        self.seed = seed
    }

    /// The school settings of every bench school (the default quarters of 2026/27).
    public static func settings(school: Int) -> SchoolSettings {
        var settings = SchoolSettings.defaults(schoolName: "Школа № \(school + 1) (бенчмарк)", schoolYearStarting: schoolYear)
        settings.schoolName = "Школа № \(school + 1) (бенчмарк)"
        return settings
    }

    /// The last day with lessons, used as the bench's "today".
    public var today: LocalDate {
        Self.settings(school: 0).calendar.terms[scale.terms - 1].end
    }

    /// Writes school number `school` (0-based; each has its own seed) into an empty `journal`;
    /// `progress` gets the class-subject pairs done and their total.
    public func write(school: Int, into journal: Journal, progress: (Int, Int) -> Void = { _, _ in }) throws {
        var random = SeededGenerator(seed: seed &+ UInt64(school) &* 0x9E37_79B9)
        let settings = Self.settings(school: school)
        let terms = Array(settings.calendar.terms.prefix(scale.terms))
        try journal.atomically {
            try journal.saveSchoolSettings(settings)
            try journal.setSetting(Data("\(scale.rawValue) \(seed) \(school)".utf8), named: Self.markerKey)
        }
        let rubricID = try journal.saveRubric(DemoAssessment.rubric).rubricID
        let subjectIDs = try scale.subjectNames.map { try journal.findOrCreateSubject(named: $0).id }
        for classIndex in 0..<scale.classes {
            try journal.atomically {
                let schoolClass = try journal.findOrCreateClass(named: BenchScale.className(classIndex))
                let students = try makeRoster(count: scale.students(inClass: classIndex), random: &random).map {
                    try journal.addStudent(classID: schoolClass.id, lastName: $0.last, firstName: $0.first, middleName: $0.middle)
                }
                let levels = students.map { _ in 250 + Int(random.next() % 240) }
                for (subjectIndex, subjectID) in subjectIDs.enumerated() {
                    let lessons = Self.lessonDays(terms: terms, skipping: subjectIndex % 5 + 1)
                    try writeSubject(lessons: lessons, classID: schoolClass.id, subjectID: subjectID, students: students,
                                     levels: levels, rubricID: rubricID, journal: journal, random: &random)
                    progress(classIndex * subjectIDs.count + subjectIndex + 1, scale.classes * subjectIDs.count)
                }
            }
        }
    }

    /// Weekdays of the terms except weekends and one weekday per subject.
    static func lessonDays(terms: [Term], skipping weekday: Int) -> [(day: LocalDate, term: Int)] {
        terms.flatMap { term in
            (term.start.dayNumber...term.end.dayNumber).map(LocalDate.init(dayNumber:))
                .filter { $0.weekday <= 5 && $0.weekday != weekday }.map { ($0, term.number) }
        }
    }

    private func makeRoster(count: Int, random: inout SeededGenerator) -> [(last: String, first: String, middle: String)] {
        var used = Set<String>()
        var roster: [(last: String, first: String, middle: String)] = []
        while roster.count < count {
            let person = RussianNames.person(using: &random)
            guard used.insert("\(person.last) \(person.first)").inserted else { continue }
            roster.append(person)
        }
        return roster.sorted { ($0.last, $0.first) < ($1.last, $1.first) }
    }

    /// One class's subject: its columns and entries; the term's first control work is scored by
    /// criteria instead of marks.
    private func writeSubject(lessons: [(day: LocalDate, term: Int)], classID: Int, subjectID: Int, students: [Student],
                              levels: [Int], rubricID: Int, journal: Journal, random: inout SeededGenerator) throws {
        var scored: [(column: Int, student: Int, mark: Int)] = []
        var noted: [(column: Int, student: Int)] = []
        var rubricColumns: [Int] = []
        try journal.bulkWrite { writer in
            var termsScored = Set<Int>()
            for (number, lesson) in lessons.enumerated() {
                let kind = number % 10 == 9 ? "control" : number % 5 == 4 ? "independent"
                    : ["answer", "classwork", "homework"][number % 3]
                let everyone = kind == "control" || kind == "independent"
                let column = try writer.addColumn(classID: classID, subjectID: subjectID, date: lesson.day, kindCode: kind)
                let rubric = kind == "control" && termsScored.insert(lesson.term).inserted
                if rubric { rubricColumns.append(column) }
                for (index, student) in students.enumerated() {
                    guard everyone || random.chance(580) else { continue }
                    if random.chance(40) {
                        try writer.setEntry(columnID: column, studentID: student.id, to: .absence(.absent))
                        continue
                    }
                    let noisy = levels[index] + Int(random.next() % 141) - 70
                    let mark = min(5, max(2, (noisy + 50) / 100))
                    if rubric {
                        scored.append((column, student.id, mark))
                        continue
                    }
                    try writer.setEntry(columnID: column, studentID: student.id, to: .mark(mark))
                    if mark == 2 && random.chance(150) { noted.append((column, student.id)) }
                }
            }
        }
        for column in rubricColumns { try journal.attachRubric(rubricID, toColumn: column) }
        for (number, cell) in scored.enumerated() {
            try journal.scoreRubric(columnID: cell.column, studentID: cell.student,
                                    points: DemoAssessment.points(for: cell.mark, variant: number).mapValues { $0 })
        }
        for cell in noted {
            try journal.setNote(columnID: cell.column, studentID: cell.student, to: Self.note)
        }
    }

    private static let note = FormativeNote(worked: "записал условие и начал решение",
                                            nextStep: "повторить правило и решить две задачи с проверкой",
                                            selfAssessment: .red, level: .basic)
}
