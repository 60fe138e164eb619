import Foundation
import Testing

/// A copy of the demo journal with one more lesson column, 30.11.2026 in 7Б algebra, that the
/// crash and concurrency tests type into. It is the last column of its term, so `End` reaches it,
/// and only its last student has a mark (imported to create it). It lies after the demo's
/// lessons and before any day the tests run on: marks wait for their lesson's day.
struct WorkColumn {
    static let dayMonth = "30.11"
    /// The grid's footer names the cursor column so: `Столбец 30.11.2026:`.
    static let footer = "Столбец 30.11.2026:"
    /// The student with the imported mark; the tests leave that row alone.
    static let lastStudent = "Чернышевский Максим"

    let db: String
    let columnID: Int
    /// 7Б's students in grid order (the order of `Journal.students`): ids and short names (`Абрамов И.`).
    let students: [(id: Int, shortName: String)]

    /// The rows the tests may write: every student but the last.
    var writableRows: Range<Int> { 0..<(students.count - 1) }

    init(in folder: TestFolder) throws {
        db = try Zhurnal.demoCopy(in: folder)
        let csv = folder.path("work-column.csv")
        try "class,subject,date,work,weight,student,mark\n7Б,Алгебра,2026-11-30,домашняя работа,,\(Self.lastStudent),5\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try Zhurnal.run(["import", "marks", csv, "--db", db])
        guard imported.status == 0 else { throw HarnessError(description: "the work column was not imported: \(imported.stderr)") }
        columnID = try SQLiteShell.integer(db, """
            SELECT c.id FROM lesson_columns c JOIN classes k ON k.id = c.class_id JOIN subjects s ON s.id = c.subject_id
            WHERE k.name = '7Б' AND s.name = 'Алгебра' AND c.date = '2026-11-30'
            """)
        students = try SQLiteShell.rows(db, """
            SELECT s.id, s.last_name, s.first_name FROM students s JOIN classes k ON k.id = s.class_id
            WHERE k.name = '7Б' ORDER BY s.position, s.last_name, s.first_name, s.middle_name, s.id
            """).map { (id: Int($0[0]) ?? -1, shortName: "\($0[1]) \($0[2].prefix(1)).") }
    }

    /// The column's entries by grid row.
    func entries() throws -> [Int: String] {
        let rowOf = Dictionary(uniqueKeysWithValues: students.enumerated().map { ($0.element.id, $0.offset) })
        var entries: [Int: String] = [:]
        for row in try SQLiteShell.rows(db, "SELECT student_id, value FROM entries WHERE column_id = \(columnID)") {
            guard let id = Int(row[0]), let index = rowOf[id] else { continue }
            entries[index] = row[1]
        }
        return entries
    }

    /// The column's entry history, oldest first: grid row, old and new value (`SQLiteShell.null` for none).
    func history() throws -> [(row: Int, old: String, new: String)] {
        let rowOf = Dictionary(uniqueKeysWithValues: students.enumerated().map { ($0.element.id, $0.offset) })
        return try SQLiteShell.rows(db, """
            SELECT student_id, old_value, new_value FROM history WHERE kind = 'entry' AND column_id = \(columnID) ORDER BY id
            """).compactMap { row in
            guard let id = Int(row[0]), let index = rowOf[id] else { return nil }
            return (row: index, old: row[1], new: row[2])
        }
    }
}

/// Reading the cursor off a screen captured with its styles (`capture-pane -e`).
enum StyledScreen {
    private static let sgr = try! NSRegularExpression(pattern: "\u{1B}\\[([0-9;:]*)m")
    private static let gridRow = try! NSRegularExpression(pattern: #"^ *(\d+)[ !]\S+ \S\."#)

    /// The screen's text without its escape sequences.
    static func plain(_ styled: String) -> String {
        sgr.stringByReplacingMatches(in: styled, range: NSRange(styled.startIndex..., in: styled), withTemplate: "")
    }

    /// The grid row (0-based) that holds the cursor cell: the student line that has reverse video
    /// (`SGR 7`, the cursor cell's style) in it.
    static func cursorRow(_ styled: String) -> Int? {
        for line in styled.split(separator: "\n") {
            let text = String(line)
            let range = NSRange(text.startIndex..., in: text)
            let hasReverse = sgr.matches(in: text, range: range).contains { match in
                Range(match.range(at: 1), in: text).map { text[$0].split(separator: ";").contains("7") } ?? false
            }
            guard hasReverse else { continue }
            let shown = plain(text)
            if let match = gridRow.firstMatch(in: shown, range: NSRange(shown.startIndex..., in: shown)),
               let number = Range(match.range(at: 1), in: shown).flatMap({ Int(shown[$0]) }) {
                return number - 1
            }
        }
        return nil
    }
}

extension Pane {
    /// Ends the pane's session (its program gets SIGHUP if still running).
    func end() throws {
        try tmux.tmux(["kill-session", "-t", target])
    }

    /// Keys and literal texts in one tmux call: each item is a literal text to type, or a named key
    /// when it is `Enter`, `Up`, `Down` or `Right`.
    func send(_ items: [String]) throws {
        let named: Set = ["Enter", "Up", "Down", "Right", "Left"]
        var arguments: [String] = []
        for item in items {
            if !arguments.isEmpty { arguments.append(";") }
            arguments += named.contains(item) ? ["send-keys", "-t", target, item] : ["send-keys", "-t", target, "-l", item]
        }
        try tmux.tmux(arguments)
    }

    /// Opens 7Б algebra, shows the term that holds the work column (`t` moves on a term) and puts
    /// the cursor on that column (the last) in the first row; returns the grid's text.
    @discardableResult
    func openWorkColumn(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        var screen = try openJournal(sourceLocation: sourceLocation)
        for _ in 0..<4 where GridText.headerLine(screen, containing: WorkColumn.dayMonth) == nil {
            try press("t")
            screen = try waitFor("the next term", sourceLocation: sourceLocation) { $0 != screen && $0.contains("F10") }
        }
        // Right moves stop at the «Итог» column, one past the last lesson: Left comes back to it.
        // (Not End: tmux sends it as `ESC [4~`, which TERM=xterm-256color does not name.)
        try send(Array(repeating: "Right", count: 12) + ["Left"])
        return StyledScreen.plain(try waitFor("the cursor on the work column", styled: true, sourceLocation: sourceLocation) {
            StyledScreen.plain($0).contains(WorkColumn.footer) && StyledScreen.cursorRow($0) == 0
        })
    }

    /// Moves the cursor `rows` down (up when negative) and waits until it is in `row`.
    func moveCursor(by rows: Int, to row: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard rows != 0 else { return }
        try send(Array(repeating: rows > 0 ? "Down" : "Up", count: abs(rows)))
        try waitFor("the cursor in row \(row + 1)", styled: true, sourceLocation: sourceLocation) {
            StyledScreen.cursorRow($0) == row
        }
    }
}
