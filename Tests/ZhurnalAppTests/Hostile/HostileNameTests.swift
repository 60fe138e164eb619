import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// Names a file or an older journal may hold, drawn on the grid and the student card
/// (docs/hostile-input.md): no control character reaches the buffer, long names are cut by
/// display width with an ellipsis, wide characters are never split.
@Suite struct HostileNameTests {
    static let longName = String(repeating: "中文", count: 50) + String(repeating: "Щ", count: 100)
    static let names: [(String, String)] = [
        ("Д'Артаньян", "Шарль \"Ёжик\""),
        ("👨‍👩‍👧‍👦Семьёва", "🇷🇺Флаг🏳️‍🌈"),
        (longName, "Двухсотсимвольный"),
        ("Esc\u{1B}[2J\u{1B}]0;pwned\u{07}", "Nul\u{0}Tab\tNew\nLine"),
        ("\u{202E}вонавИ", "שלום\u{200F}Ян\u{2066}"),
        ("Е\u{0301}\u{0301}\u{0301}\u{0301}\u{0301}\u{0301}\u{0301}", "\u{7F}\u{85}\u{2028}Del"),
    ]

    /// The buffer's cells break none of the rules a terminal needs.
    static func expectSafe(_ buffer: CellBuffer, _ where_: String) {
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                switch buffer[x, y].content {
                case .glyph(let character):
                    let scalars = DisplayWidth.cellScalars(character)
                    #expect(!scalars.contains { ControlCharacters.isControl($0) || ControlCharacters.isBidiControl($0) },
                            "\(where_): control at \(x),\(y): \(character.unicodeScalars.map(\.value))")
                    #expect(!character.unicodeScalars.contains { ControlCharacters.isControl($0) })
                    if character.displayWidth == 2 {
                        #expect(x + 1 < buffer.width && buffer[x + 1, y].content == .continuation, "\(where_): split at \(x),\(y)")
                    }
                case .continuation:
                    let left: Character? = if x > 0, case .glyph(let c) = buffer[x - 1, y].content { c } else { nil }
                    #expect(left?.displayWidth == 2, "\(where_): orphan continuation at \(x),\(y)")
                }
            }
        }
    }

    /// The text of columns `x ..< x + width` of row `y` and the columns it takes.
    static func region(_ buffer: CellBuffer, x: Int, y: Int, width: Int) -> String {
        var text = ""
        for column in x..<min(buffer.width, x + width) {
            if case .glyph(let character) = buffer[column, y].content { text.append(character) }
        }
        return text
    }

    @Test func hostileNamesAreStoredExactlyWhenTheyHoldNoControlCharacters() throws {
        let scratch = ScratchFolder()
        let journal = try Journal(path: scratch.path("j.sqlite"), user: "teacher")
        let schoolClass = try journal.findOrCreateClass(named: "7А")
        for (last, first) in Self.names where ControlCharacters.first(in: last + first) == nil {
            let student = try journal.addStudent(classID: schoolClass.id, lastName: last, firstName: first)
            let stored = try Journal(path: scratch.path("j.sqlite"), readOnly: true).students(classID: schoolClass.id)
                .first { $0.id == student.id }
            #expect(stored?.lastName == last && stored?.firstName == first)
        }
    }

    @Test(arguments: [(100, 30), (80, 24)])
    func theGridDrawsHostileNamesSafely(size: (width: Int, height: Int)) throws {
        let scratch = ScratchFolder()
        let fixture = try GridFixture(scratch)
        let schoolClass = try #require(try fixture.journal.classes().first)
        for (last, first) in Self.names {
            _ = try fixture.journal.addStudent(classID: schoolClass.id, lastName: last, firstName: first)
        }
        let session = try JournalSession(journal: fixture.journal, today: GridFixture.today)
        let shell = try fixture.shell(session: session, width: size.width, height: size.height)
        let buffer = shell.render()
        Self.expectSafe(buffer, "grid \(size)")
        let rows = (0..<buffer.height).map { Self.region(buffer, x: 4, y: $0, width: 24) }
        let long = try #require(rows.first { $0.hasPrefix("中文") }, "the 200-character name is on screen")
        #expect(long.trimmingCharacters(in: .whitespaces).hasSuffix("…"))
        #expect(long.displayWidth <= 24)
        #expect(rows.contains { $0.hasPrefix("Д'Артаньян Ш.") })
        #expect(rows.contains { $0.hasPrefix("👨‍👩‍👧‍👦Семьёва 🇷🇺.") })
        #expect(rows.contains { $0.hasPrefix("вонавИ ש.") }, "bidi controls are dropped")
        #expect(rows.contains { $0.hasPrefix("Esc\u{FFFD}[2J\u{FFFD}]0;pwned\u{FFFD} N.") }, "\(rows)")
    }

    @Test func theStudentCardCutsALongNameWithAnEllipsisAndKeepsTheHeader() throws {
        let scratch = ScratchFolder()
        let fixture = try GridFixture(scratch)
        let schoolClass = try #require(try fixture.journal.classes().first)
        var ids: [Int] = []
        for (last, first) in Self.names {
            ids.append(try fixture.journal.addStudent(classID: schoolClass.id, lastName: last, firstName: first).id)
        }
        let session = try JournalSession(journal: fixture.journal, today: GridFixture.today)
        for (index, id) in ids.enumerated() {
            let screen = try StudentCardScreen(session: session, classID: schoolClass.id, studentID: id,
                                               term: session.settings.calendar.terms[0])
            let shell = AppShell(root: screen, size: Size(width: 80, height: 24), context: DrawContext(language: .ru))
            let buffer = shell.render()
            Self.expectSafe(buffer, "card of \(Self.names[index].0.debugDescription)")
            let header = Self.region(buffer, x: 0, y: 1, width: 80)
            #expect(header.contains("· 7А ·"), "\(header)")
            if index == 2 { #expect(header.contains("…")) }
        }
    }
}
