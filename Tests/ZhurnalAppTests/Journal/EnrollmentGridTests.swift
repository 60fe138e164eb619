import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The journal grid follows enrollment (docs/user-guide.md §16): it shows the students
/// enrolled on some day of the term, shades their cells outside their days in the class and
/// refuses typing there with nothing written; the row results, the risk marks and the term
/// statistics count only the days each student was in the class.
@Suite struct EnrollmentGridTests {
    let scratch = ScratchFolder()
    static func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: 2026, month: month, day: day)! }

    /// The fixture's 7А Алгебра (07.09, 14.09, 18.09) after: Андреев transferred to 7Б from 15.09,
    /// Сидорова left on 14.09, Новиков arrived on 10.09, Орлов left on 31.08 (before the term).
    private func movedClass() throws -> (GridFixture, newcomer: Student) {
        let fixture = try GridFixture(scratch)
        let journal = fixture.journal
        let classID = fixture.students[0].classID
        let other = try journal.findOrCreateClass(named: "7Б")
        try journal.transfer(studentID: fixture.students[0].id, toClassID: other.id, date: Self.day(9, 15))
        try journal.leave(studentID: fixture.students[3].id, date: Self.day(9, 14), reason: "переезд", order: "15-в")
        let newcomer = try journal.arrive(classID: classID, lastName: "Новиков", firstName: "Олег", date: Self.day(9, 10))
        let early = try journal.addStudent(classID: classID, lastName: "Орлов", firstName: "Глеб")
        try journal.leave(studentID: early.id, date: Self.day(8, 31))
        return (fixture, newcomer)
    }

    /// The cell of a lesson column in a frame row (the names take 24 columns: the long one).
    private func cell(_ row: String, column: Int) -> String {
        row.columns(29 + column * GridLayout.cellWidth, GridLayout.cellWidth - 1).trimmingCharacters(in: .whitespaces)
    }

    private func row(_ frame: [String], _ name: String) throws -> String {
        try #require(frame.first { $0.contains(" \(name) ") || $0.contains("!\(name) ") }, "\(name) in \(frame)")
    }

    @Test func theGridShowsWhoWasInTheClassAndShadesTheOtherDays() throws {
        let (fixture, _) = try movedClass()
        let shell = try fixture.shell()
        let grid = try #require(shell.grid)
        #expect(grid.data.students.map(\.shortName) == ["Андреев Б.", "Константинопольская-Задунайская А.", "Новиков О.",
                                                        "Петров И.", "Сидорова М."])
        let frame = shell.frame
        #expect(!frame.contains { $0.contains("Орлов") }, "left before the term began")
        let shade = JournalGridScreen.shade(ascii: false)
        #expect(shade == "░░░░░")
        let andreev = try row(frame, "Андреев Б.")
        #expect([cell(andreev, column: 0), cell(andreev, column: 1), cell(andreev, column: 2)] == ["5", "4", shade], "\(andreev)")
        let sidorova = try row(frame, "Сидорова М.")
        #expect([cell(sidorova, column: 0), cell(sidorova, column: 1), cell(sidorova, column: 2)] == ["н", "5", shade])
        let novikov = try row(frame, "Новиков О.")
        #expect([cell(novikov, column: 0), cell(novikov, column: 1), cell(novikov, column: 2)] == [shade, "", ""])
        let petrov = try row(frame, "Петров И.")
        #expect(!petrov.contains("░"))
        // Those no longer in the class on 20.09 are dimmed: Андреев's row is the cursor's.
        let rendered = shell.render()
        let rowOf = { (name: String) in try #require(frame.firstIndex { $0.contains(name) }) }
        #expect(rendered[4, try rowOf("Сидорова М.")].style.role == .muted)
        #expect(rendered[4, try rowOf("Петров И.")].style.role == .normal)
        #expect(rendered[4, try rowOf("Новиков О.")].style.role == .normal)
        // The shaded cells are muted; a plain terminal without box characters gets slashes.
        var buffer = CellBuffer(size: Size(width: 100, height: 30))
        grid.draw(into: &buffer, context: DrawContext(language: .ru, glyphs: .ascii))
        let ascii = try row(buffer.lines(), "Новиков О.")
        #expect(cell(ascii, column: 0) == "/////")
    }

    @Test func aTransferredStudentIsInTheNewClassFromHisDay() throws {
        let (fixture, _) = try movedClass()
        let journal = fixture.journal
        let other = try #require(try journal.classes().first { $0.name == "7Б" })
        let subject = try #require(try journal.subjects().first)
        try journal.addColumn(classID: other.id, subjectID: subject.id, date: Self.day(9, 14), kindCode: "answer")
        try journal.addColumn(classID: other.id, subjectID: subject.id, date: Self.day(9, 16), kindCode: "answer")
        let pair = try #require(try fixture.session.classSubjects().first { $0.className == "7Б" })
        let grid = try JournalGridScreen(session: fixture.session, pair: pair)
        #expect(grid.data.students.map(\.shortName) == ["Андреев Б."])
        #expect(!grid.data.isEnrolled(fixture.students[0].id, on: Self.day(9, 14)))
        #expect(grid.data.isEnrolled(fixture.students[0].id, on: Self.day(9, 16)))
    }

    @Test func typingIntoAShadedCellIsRefusedAndNothingIsWritten() throws {
        let (fixture, newcomer) = try movedClass()
        var shell = try fixture.shell()
        let before = try fixture.journal.recentHistory(limit: 100)
        let version = try fixture.journal.dataVersion()
        // Андреев (row 0) on 18.09, after his transfer.
        shell.type("<home>ll")
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        shell.type("5")
        #expect(shell.grid?.input == "")
        #expect(shell.status?.kind == .error)
        let message = "Ученик не числится в классе 18.09.2026: отметки и пропуски — только в дни его обучения в классе"
        #expect(shell.frame.contains { $0.contains(message) }, "\(shell.frame)")
        shell.type("<del>")
        #expect(shell.status?.kind == .error)
        // Новиков (row 2) on 07.09, before his arrival: «н» is refused the same way.
        shell.type("jj<home>н")
        #expect(shell.grid?.cursor == GridCursor(row: 2, column: 0))
        #expect(shell.grid?.input == "")
        #expect(try fixture.journal.entry(columnID: fixture.columns[0].id, studentID: newcomer.id) == nil)
        #expect(try fixture.journal.entry(columnID: fixture.columns[2].id, studentID: fixture.students[0].id) == nil)
        #expect(try fixture.journal.recentHistory(limit: 100) == before)
        #expect(try fixture.journal.dataVersion() == version)
        // His own days take marks.
        shell.type("l4\r")
        #expect(try fixture.journal.entry(columnID: fixture.columns[1].id, studentID: newcomer.id) == .mark(4))
    }

    @Test func theTermStatisticsCountWhoIsInTheClassOnItsLastDay() throws {
        let (fixture, _) = try movedClass()
        let subject = fixture.pair.subjectID
        // Сидорова left before the term's end: she gets no term mark at all. Андреев (transferred)
        // has a «5», set for his new class: it does not count in 7А.
        #expect(throws: StoreError.self) {
            try fixture.journal.setFinalMark(studentID: fixture.students[3].id, subjectID: subject, term: 1, to: "2")
        }
        try fixture.journal.setFinalMark(studentID: fixture.students[0].id, subjectID: subject, term: 1, to: "5")
        try fixture.journal.setFinalMark(studentID: fixture.students[2].id, subjectID: subject, term: 1, to: "3")
        let grid = try JournalGridScreen(session: fixture.session, pair: fixture.pair)
        let stats = grid.termStatistics
        #expect(stats.n2 == 0 && stats.n5 == 0 && stats.n3 == 1)
        // Петров's «3»; Константинопольская and Новиков have too few marks so far.
        #expect(stats.enrolled == 3 && stats.tooFewMarks == 2 && stats.counted == 1)
    }

    /// No term mark for a student not in the class on the term's last day, from any path: typed
    /// into «Итог» (refused at the first key), F5's form, the store, the final-marks import.
    @Test func noTermMarkForWhoIsGoneByTheTermsEnd() throws {
        let (fixture, _) = try movedClass()
        var shell = try fixture.shell()
        let before = try fixture.journal.recentHistory(limit: 100)
        let version = try fixture.journal.dataVersion()
        // Андреев (row 0, moved to 7Б) in the «Итог» column: the last lesson, then one more right.
        shell.type("<end>l")
        #expect(shell.grid?.isOnFinal == true)
        shell.type("5")
        #expect(shell.grid?.input == "")
        #expect(shell.frame.contains { $0.contains("не числится в классе 31.10.2026") }, "\(shell.frame)")
        shell.handle(.function(5))
        #expect(shell.top is JournalGridScreen)
        let sidorova = fixture.students[3]
        #expect(throws: StoreError.notEnrolled(studentID: sidorova.id, date: Self.day(10, 31))) {
            try fixture.journal.setFinalMark(studentID: sidorova.id, subjectID: fixture.pair.subjectID, term: 1, to: "4")
        }
        #expect(throws: ImportFailure.self) {
            try fixture.journal.importFinalMarks(Array("class,subject,term,student,mark\n7А,Алгебра,1,Сидорова Мария,4\n".utf8))
        }
        #expect(try fixture.journal.recentHistory(limit: 100) == before)
        #expect(try fixture.journal.dataVersion() == version)
    }

    /// Undo cannot bring a term mark back to a student who has left since: the undo is refused
    /// and nothing changes.
    @Test func undoBringsNoTermMarkBackToALeaver() throws {
        let fixture = try GridFixture(scratch)
        let sidorova = fixture.students[3]
        try fixture.journal.setFinalMark(studentID: sidorova.id, subjectID: fixture.pair.subjectID, term: 1, to: "4")
        try fixture.journal.setFinalMark(studentID: sidorova.id, subjectID: fixture.pair.subjectID, term: 1, to: nil)
        let office = try Journal(path: fixture.path, user: "zavuch")
        try office.leave(studentID: sidorova.id, date: Self.day(9, 14), reason: "переезд")
        let before = try fixture.journal.recentHistory(limit: 100)
        #expect(throws: StoreError.notEnrolled(studentID: sidorova.id, date: Self.day(10, 31))) { try fixture.journal.undo() }
        #expect(try fixture.journal.recentHistory(limit: 100) == before)
        #expect(try fixture.journal.finalMarks(studentID: sidorova.id).isEmpty)
    }

    /// «=» gives the recommended term mark to those in the class on the term's last day only: the
    /// leaver gets none, the transferred student gets his from the new class.
    @Test func recommendedForAllSkipsWhoIsGoneByTheTermsEnd() throws {
        let (fixture, newcomer) = try movedClass()
        var shell = try fixture.shell()
        shell.type("=")
        let finals = try fixture.journal.finalMarks(classID: fixture.students[1].classID, subjectID: fixture.pair.subjectID, term: 1)
        #expect(Set(finals.map(\.studentID)) == [fixture.students[1].id, fixture.students[2].id, newcomer.id])
        #expect(try fixture.journal.finalMarks(studentID: fixture.students[0].id).isEmpty)
        #expect(try fixture.journal.finalMarks(studentID: fixture.students[3].id).isEmpty)
    }

    /// The grid's averages and mark counts are those of the summary report, which counts each
    /// student's marks over his enrolled days, a transferred student's in both classes.
    @Test func theRowsAgreeWithTheSummary() throws {
        let (fixture, newcomer) = try movedClass()
        let journal = fixture.journal
        try journal.setEntry(columnID: fixture.columns[1].id, studentID: newcomer.id, to: .mark(3))
        // Андреев (5 and 4 in 7А) gets a 3 in 7Б after his transfer.
        let other = try #require(try journal.classes().first { $0.name == "7Б" })
        let there = try journal.addColumn(classID: other.id, subjectID: fixture.pair.subjectID, date: Self.day(9, 16), kindCode: "answer")
        try journal.setEntry(columnID: there.id, studentID: fixture.students[0].id, to: .mark(3))
        let builder = SummaryBuilder(journal: journal, settings: fixture.session.settings, today: GridFixture.today)
        for className in ["7А", "7Б"] {
            let pair = try #require(try fixture.session.classSubjects().first { $0.className == className })
            let grid = try JournalGridScreen(session: fixture.session, pair: pair)
            let summary = try builder.subject(className: className, subject: "Алгебра", period: .term(1))
            for (row, student) in grid.data.students.enumerated() {
                let line = try #require(summary.rows.first { $0.studentID == student.id })
                #expect(line.average == grid.results[row].average && line.markCount == grid.results[row].markCount,
                        "\(className) \(student.shortName)")
            }
            let andreev = try #require(grid.data.students.firstIndex { $0.id == fixture.students[0].id })
            #expect(grid.results[andreev].markCount == 3 && grid.results[andreev].average?.shown == "4.00", "\(className)")
        }
    }

    /// The absence rule of the risk zone counts the lessons since his arrival, not the term's.
    @Test func riskCountsOnlyTheLessonsOfHisDays() throws {
        let fixture = try GridFixture(scratch)
        let journal = fixture.journal
        let classID = fixture.students[0].classID
        for day in [8, 9, 10, 11] {
            try journal.addColumn(classID: classID, subjectID: fixture.pair.subjectID, date: Self.day(9, day), kindCode: "answer")
        }
        let newcomer = try journal.arrive(classID: classID, lastName: "Новиков", firstName: "Олег", date: Self.day(9, 18))
        try journal.setEntry(columnID: fixture.columns[2].id, studentID: newcomer.id, to: .absence(.absent))
        let grid = try JournalGridScreen(session: fixture.session, pair: fixture.pair)
        let row = try #require(grid.data.students.firstIndex { $0.id == newcomer.id })
        #expect(grid.riskReasons(row: row) == [.absences(missed: 1, lessons: 1)])
        #expect(grid.atRisk.contains(newcomer.id))
    }
}
