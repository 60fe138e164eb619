import Foundation
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The student card on a small journal: a rising student in algebra, a falling one, and the grid's `!`.
@Suite struct StudentCardScreenTests {
    /// A journal in a temporary file: class 7А, Алгебра, two students over September and October.
    final class Fixture {
        let folder: URL
        let session: JournalSession
        let classID: Int
        let rising: Int
        let falling: Int

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhurnal-card-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let journal = try Journal(path: folder.appendingPathComponent("j.sqlite").path, user: "teacher")
            let schoolClass = try journal.findOrCreateClass(named: "7А")
            classID = schoolClass.id
            rising = try journal.addStudent(classID: classID, lastName: "Иванов", firstName: "Иван").id
            falling = try journal.addStudent(classID: classID, lastName: "Петрова", firstName: "Анна").id
            let algebra = try journal.findOrCreateSubject(named: "Алгебра")
            let days = ["2026-09-03", "2026-09-10", "2026-09-17", "2026-09-24", "2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22"]
            let up = [2, 3, 3, 3, 4, 5, 5, 5], down = [5, 5, 5, 4, 3, 2, 3, 2]
            for (index, day) in days.enumerated() {
                let column = try journal.addColumn(classID: classID, subjectID: algebra.id, date: LocalDate(parsing: day)!,
                                                   kindCode: index == 3 ? "control" : "answer")
                _ = try journal.setEntry(columnID: column.id, studentID: rising, to: .mark(up[index]))
                _ = try journal.setEntry(columnID: column.id, studentID: falling, to: .mark(down[index]))
            }
            session = try JournalSession(journal: journal, today: LocalDate(parsing: "2026-10-25")!)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func card(_ student: Int, ascii: Bool = false, width: Int = 80, height: Int = 24) throws -> [String] {
            let screen = try StudentCardScreen(session: session, classID: classID, studentID: student,
                                               term: session.settings.calendar.terms[0])
            let shell = AppShell(root: screen, size: Size(width: width, height: height),
                                 context: DrawContext(language: .ru, glyphs: ascii ? .ascii : .unicode))
            return shell.render().trimmedLines()
        }
    }

    @Test func risingStudentAt80x24() throws {
        let fixture = try Fixture()
        let lines = try fixture.card(fixture.rising)
        #expect(lines.count == 24)
        #expect(lines[1] == " Иванов Иван · 7А · 1 четверть, на 25.10.2026 · общая динамика ↑ +1.92")
        #expect(lines[3] == "  Алгебра           3.60    8 ↑ +1.92  0/8             ▁▂▃▃▃▄▄▅")
        #expect(lines[4] == " Не в зоне риска")
        #expect(lines[5] == " Сопоставимые работы: К: 3 (24.09)")
        #expect(lines[6] == "   5│                                             •        •       •")
        #expect(lines[18] == "   2│  •▄▄▄▄▄▄▄▄")
        #expect(lines[20] == "     сен                                  окт")
    }

    /// Petrova falls from 5 to 2: marked at risk, her reasons shown; the ASCII fallback throughout.
    @Test func fallingStudentInASCII() throws {
        let fixture = try Fixture()
        let lines = try fixture.card(fixture.falling, ascii: true)
        #expect(lines[1] == " Петрова Анна · 7А · 1 четверть, на 25.10.2026 · общая динамика v -2.00")
        #expect(lines[3] == "! Алгебра           3.70    8 v -2.00  0/8             ^^^==~~~")
        // in the risk zone: the decline is not listed beside the risk reasons (docs/progress.md)
        #expect(lines[4] == " Зона риска: «2» — 2 из последних 5")
        #expect(lines[6] == "   5|  o========o=======o========")
        #expect(lines[19] == "    ++------------------------------------+------------------------------------")
        #expect(lines.allSatisfy { line in line.unicodeScalars.allSatisfy { $0.isASCII || ("А"..."я").contains($0) || "ёЁ«»—›·".unicodeScalars.contains($0) } })
    }

    @Test func yearRangeAndClassRiskView() throws {
        let fixture = try Fixture()
        var screen = try StudentCardScreen(session: fixture.session, classID: fixture.classID, studentID: fixture.falling,
                                           term: fixture.session.settings.calendar.terms[0])
        _ = screen.handle(.char("y"))
        #expect(screen.wholeYear)
        var buffer = CellBuffer(width: 80, height: 21)
        screen.draw(into: &buffer, context: DrawContext(language: .en))
        #expect(buffer.trimmedLines()[19] == "     Sep     Oct     Nov     Dec      Jan     Feb     Mar     Apr     May")
        guard case .push(let pushed) = screen.handle(.char("r"))?.navigation, let risk = pushed as? ClassRiskScreen else {
            Issue.record("r opens the class risk view")
            return
        }
        #expect(risk.report.subjects.map(\.atRisk) == [1])
        #expect(risk.report.students.map(\.name) == ["Петрова Анна"])
    }

    @Test func gridMarksTheStudentAtRiskAndOpensTheCard() throws {
        let fixture = try Fixture()
        let pair = try #require(try fixture.session.classSubjects().first)
        var grid = try JournalGridScreen(session: fixture.session, pair: pair)
        #expect(grid.atRisk == [fixture.falling])
        let lines = AppShell(root: grid, size: Size(width: 80, height: 24), context: DrawContext(language: .ru)).render().trimmedLines()
        #expect(lines.contains { $0.contains("!Петрова А") })
        #expect(!lines.contains { $0.contains("!Иванов") })
        guard case .push(let pushed) = grid.handle(.char("c"))?.navigation else {
            Issue.record("c opens the card")
            return
        }
        #expect((pushed as? StudentCardScreen)?.card.studentName == "Иванов Иван")
    }
}
