import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// The write path's policy (docs/reliability.md, "One write path"): a locked term refuses every
/// kind of write to its data and nothing changes; a read-only journal refuses every write; marks
/// and attendance wait for their lesson's day while its topic may be written before.
@Suite struct WritePolicyTests {
    let scratch = Scratch()

    /// What a refused write must leave as it was: every table's rows, the entries, the history.
    private struct Snapshot: Equatable {
        let counts: JournalCounts
        let history: [HistoryRecord]
        let finals: [FinalMarkRecord]
        let columns: [LessonColumn]
        let points: [Int: [String: Int]]
        let level: AchievementLevel?
        let tags: [String]

        init(_ f: Fixture) throws {
            let j = f.journal
            counts = try j.counts()
            history = try j.recentHistory(limit: 10_000)
            finals = try j.finalMarks(classID: f.schoolClass.id, term: 1)
            columns = try j.columns(classID: f.schoolClass.id, subjectID: f.subject.id)
            points = try j.rubricPoints(columnID: f.columns[0].id)
            level = try j.level(ofColumn: f.columns[0].id)
            tags = try j.outcomeTags(columnID: f.columns[0].id)
        }
    }

    /// A fixture in term 1 (September 2026) with a mark, a final mark, a rubric with points and a
    /// note, then term 1 locked.
    private func lockedFixture() throws -> (Fixture, rubricID: Int) {
        let f = try Fixture(try scratch.journal())
        let j = f.journal, column = f.columns[0].id, student = f.students[0].id
        var control = f.columns[0]
        control.kindCode = "control"
        try j.updateColumn(control)
        try j.setEntry(columnID: f.columns[1].id, studentID: student, to: .mark(4))
        try j.setFinalMark(studentID: student, subjectID: f.subject.id, term: 1, to: "4")
        let rubric = try j.saveRubric(tenPointRubric()).rubricID
        try j.attachRubric(rubric, toColumn: column)
        try j.scoreRubric(columnID: column, studentID: student, points: ["1": 6, "2": 2])
        try j.setNote(columnID: column, studentID: student, to: FormativeNote(worked: "решил", nextStep: "проверить"))
        try j.saveOutcome(Outcome(code: "П2", name: "задачи", type: .subject))
        try j.setTermLocked(true, term: TermLock(term: 1, kind: .quarter))
        return (f, rubric)
    }

    private static let csvHeader = "class,subject,date,work,weight,student,mark\n"

    /// Every kind of write, each aimed at term 1's data.
    private static func writes() -> [(String, (Fixture, Int) throws -> Void)] { [
        ("entry", { f, _ in _ = try f.journal.setEntry(columnID: f.columns[0].id, studentID: f.students[1].id, to: .mark(5)) }),
        ("entry cleared", { f, _ in _ = try f.journal.setEntry(columnID: f.columns[1].id, studentID: f.students[0].id, to: nil) }),
        ("final mark", { f, _ in _ = try f.journal.setFinalMark(studentID: f.students[0].id, subjectID: f.subject.id, term: 1, to: "5", reason: "проект") }),
        ("column add", { f, _ in _ = try f.journal.addColumn(classID: f.schoolClass.id, subjectID: f.subject.id,
                                                          date: LocalDate(year: 2026, month: 9, day: 10)!, kindCode: "test") }),
        ("column edit", { f, _ in var column = f.columns[1]; column.topic = "Проценты"; try f.journal.updateColumn(column) }),
        ("column moved out of the term", { f, _ in var column = f.columns[1]
            column.date = LocalDate(year: 2027, month: 2, day: 1)!; try f.journal.updateColumn(column) }),
        ("column delete", { f, _ in _ = try f.journal.deleteColumn(id: f.columns[1].id) }),
        ("rubric score", { f, _ in _ = try f.journal.scoreRubric(columnID: f.columns[0].id, studentID: f.students[0].id, points: ["2": 3]) }),
        ("rubric re-derivation", { f, _ in
            var stricter = tenPointRubric()
            stricter.scale = RubricScale(basis: .points, steps: [RubricStep(mark: 2, minimum: 0), RubricStep(mark: 3, minimum: 5),
                                                                 RubricStep(mark: 4, minimum: 9), RubricStep(mark: 5, minimum: 10)])
            _ = try f.journal.saveRubric(stricter) }),
        ("rubric detach", { f, _ in try f.journal.attachRubric(nil, toColumn: f.columns[0].id) }),
        ("formative note", { f, _ in _ = try f.journal.setNote(columnID: f.columns[0].id, studentID: f.students[1].id,
                                                           to: FormativeNote(worked: "начал", nextStep: "закончить")) }),
        ("outcome tags", { f, _ in try f.journal.tagColumn(f.columns[0].id, outcomes: ["П2"]) }),
        ("level", { f, _ in try f.journal.setLevel(.advanced, ofColumn: f.columns[0].id) }),
        ("bulk write", { f, _ in _ = try f.journal.bulkWrite { try $0.setEntry(columnID: f.columns[1].id, studentID: f.students[2].id, to: .mark(3)) } }),
        ("marks import", { f, _ in _ = try f.journal.importMarks(Array((csvHeader
            + "7А,Математика,2026-09-02,тест,,Иванов Пётр,5\n").utf8), kinds: WorkKind.defaults) }),
        ("final-marks import", { f, _ in _ = try f.journal.importFinalMarks(Array(("class,subject,term,student,mark,reason\n"
            + "7А,Математика,1,Иванов Пётр,5,олимпиада\n").utf8)) }),
        ("rubric-scores import", { f, _ in _ = try f.journal.importRubricScores(Array(("class,subject,date,work,student,criterion,points\n"
            + "7А,Математика,2026-09-02,контрольная работа,Иванов Пётр,1,3\n").utf8), kinds: WorkKind.defaults) }),
        ("undo", { f, _ in _ = try f.journal.undo() }),
        ("several writes at once", { f, _ in try f.journal.atomically {
            _ = try f.journal.setEntry(columnID: f.columns[1].id, studentID: f.students[1].id, to: .mark(2)) } }),
    ] }

    @Test(arguments: writes().indices)
    func aLockedTermRefusesEveryKindOfWrite(index: Int) throws {
        let (name, write) = Self.writes()[index]
        let (f, rubric) = try lockedFixture()
        let before = try Snapshot(f)
        var refusal: (any Error)?
        do { try write(f, rubric) } catch { refusal = error }
        let termLocked = refusal.map { "\($0)".contains("termLocked(1)") } ?? false
        #expect(termLocked, "\(name): \(refusal.map { "\($0)" } ?? "not refused")")
        #expect(try Snapshot(f) == before, "\(name) changed something")
    }

    @Test func aLockedTermStaysLockedForEveryConnectionAndOpensAgain() throws {
        let (f, _) = try lockedFixture()
        let other = try Journal(path: scratch.path("journal.sqlite"), today: Scratch.endOfYear, user: "other")
        #expect(try other.lockedTerms() == [TermLock(term: 1, kind: .quarter)])
        #expect(throws: StoreError.termLocked(1)) {
            try other.setEntry(columnID: f.columns[0].id, studentID: f.students[2].id, to: .mark(5))
        }
        // Another term's lessons are open.
        let winter = try other.addColumn(classID: f.schoolClass.id, subjectID: f.subject.id,
                                         date: LocalDate(year: 2027, month: 1, day: 20)!, kindCode: "test")
        #expect(try other.setEntry(columnID: winter.id, studentID: f.students[2].id, to: .mark(5)))
        try f.journal.setTermLocked(false, term: TermLock(term: 1, kind: .quarter))
        #expect(try other.setEntry(columnID: f.columns[0].id, studentID: f.students[2].id, to: .mark(5)))
    }

    @Test func aRedoIntoALockedTermIsRefused() throws {
        let f = try Fixture(try scratch.journal())
        try f.journal.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(5))
        _ = try f.journal.undo()
        try f.journal.setTermLocked(true, term: TermLock(term: 1, kind: .quarter))
        let before = try Snapshot(f)
        #expect(throws: StoreError.termLocked(1)) { try f.journal.redo() }
        #expect(try Snapshot(f) == before)
    }

    @Test func aReadOnlyJournalRefusesEveryWrite() throws {
        let (f, rubric) = try lockedFixture()
        try f.journal.setTermLocked(false, term: TermLock(term: 1, kind: .quarter))
        let path = scratch.path("journal.sqlite")
        let readOnly = try Journal(path: path, readOnly: true, today: Scratch.endOfYear, user: "teacher")
        let frozen = Fixture(journal: readOnly, from: f)
        let before = FileState(path: path)
        for (name, write) in Self.writes() + [("lock", { f, _ in try f.journal.setTermLocked(true, term: TermLock(term: 2, kind: .quarter)) })] {
            var refusal: (any Error)?
            do { try write(frozen, rubric) } catch { refusal = error }
            #expect(refusal.map { "\($0)".contains("readOnly") } ?? false, "\(name): \(refusal.map { "\($0)" } ?? "not refused")")
        }
        #expect(FileState(path: path) == before)
    }

    @Test func marksWaitForTheLessonsDayButItsTopicMayBeWrittenBefore() throws {
        let f = try Fixture(try scratch.journal(today: LocalDate(year: 2026, month: 9, day: 1)!))
        let j = f.journal
        let upcoming = f.columns[0]
        #expect(upcoming.date == LocalDate(year: 2026, month: 9, day: 2)!)
        let before = try Snapshot(f)
        for entry in [Entry.mark(5), .absence(.absent)] {
            #expect(throws: StoreError.upcomingLesson(upcoming.date)) {
                try j.setEntry(columnID: upcoming.id, studentID: f.students[0].id, to: entry)
            }
        }
        #expect(throws: (any Error).self) {
            try j.importMarks(Array((Self.csvHeader + "7А,Математика,2026-09-02,тест,,Иванов Пётр,5\n").utf8),
                              kinds: WorkKind.defaults)
        }
        #expect(try Snapshot(f) == before)
        var topic = upcoming
        topic.topic = "Дроби: домашнее задание № 12"
        try j.updateColumn(topic)
        #expect(try j.column(id: upcoming.id)?.topic == topic.topic)
        // Today's lesson takes marks.
        #expect(try j.setEntry(columnID: f.columns[1].id, studentID: f.students[0].id, to: .mark(5)))
    }
}

extension Fixture {
    /// The same school seen through another connection.
    init(journal: Journal, from other: Fixture) {
        self.journal = journal
        schoolClass = other.schoolClass
        subject = other.subject
        students = other.students
        columns = other.columns
    }
}
