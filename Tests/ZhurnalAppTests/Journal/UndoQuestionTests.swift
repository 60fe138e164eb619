import Foundation
import HostileSupport
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// A large undo (an import: more than 100 cells or more than one class journal) asks first, and
/// the message says what was undone.
@Suite struct UndoQuestionTests {
    let scratch = ScratchFolder()

    @Test func aLargeUndoAsksFirstAndSaysHowMuchItUndid() throws {
        let fixture = try GridFixture(scratch)
        var csv = "class,subject,date,work,weight,student,mark\n"
        let names = ["Андреев Борис", GridFixture.longName.0 + " " + GridFixture.longName.1, "Петров Иван", "Сидорова Мария"]
        for day in 1...30 {
            let date = LocalDate(year: 2026, month: 9, day: day)!.iso
            for name in names { csv += "7А,Алгебра,\(date),тест,,\(name),4\n" }
        }
        #expect(try fixture.journal.importMarks(Array(csv.utf8), kinds: WorkKind.defaults).entries == 120)
        var shell = try fixture.shell()
        let cells = { try fixture.journal.grid(classID: fixture.pair.classID, subjectID: fixture.pair.subjectID).entries.count }
        let before = try cells()
        shell.type("u")
        #expect(shell.frame[26].hasPrefix("Отменить 150 изменений? (y/д — да, другая клавиша — нет)"))
        #expect(try cells() == before)
        shell.type("n")
        #expect(!shell.frame[26].hasPrefix("Отменить"))
        #expect(try cells() == before)
        shell.type("uy")
        #expect(try cells() == before - 120)
        #expect(shell.frame[28].trimmingCharacters(in: .whitespaces) == "Отменено: 150 изменений")
        // A small undo does not ask.
        shell.type("u")
        #expect(shell.frame[28].trimmingCharacters(in: .whitespaces).hasPrefix("Отменено: 7А Алгебра 14.09, "))
    }
}
