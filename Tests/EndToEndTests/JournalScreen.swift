import Foundation
import Testing

/// A new lesson column, as the "new column" form prefilled it.
struct NewColumn {
    /// `22.11` — the grid's header.
    var dayMonth: String
    /// `2026-11-22` — the export's date.
    var iso: String
}

/// Reading the journal grid off a captured screen.
enum GridText {
    /// The header line that holds the `dd.mm` column dates.
    static func headerLine(_ screen: String, containing dayMonth: String) -> [Character]? {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
            .first { $0.contains(dayMonth) && $0.range(of: #"\d\d\.\d\d +\d\d\.\d\d"#, options: .regularExpression) != nil }
            .map(Array.init)
    }

    /// The grid row of the student shown as `shortName` (`Абрамов И.`), after a space or the
    /// risk marker `!`.
    static func row(_ screen: String, student shortName: String) -> [Character]? {
        screen.split(separator: "\n").first { $0.contains(" \(shortName) ") || $0.contains("!\(shortName) ") }.map(Array.init)
    }

    /// The text of one cell (empty cells show `·`), or nil when the row or column is not on screen.
    static func cell(_ screen: String, student shortName: String, column dayMonth: String) -> String? {
        guard let header = headerLine(screen, containing: dayMonth), let row = row(screen, student: shortName) else { return nil }
        let date = Array(dayMonth)
        guard let start = (0...(header.count - date.count)).first(where: { Array(header[$0..<$0 + date.count]) == date }) else {
            return nil
        }
        let from = max(0, start - 1), to = min(row.count, start + date.count + 1)
        guard from < to else { return "" }
        return String(row[from..<to]).trimmingCharacters(in: .whitespaces)
    }

    /// The first `count` students' short names (`Абрамов И.`), in screen order.
    static func students(_ screen: String, count: Int) -> [String] {
        let pattern = #"^ *\d+[ !](\S+ \S\.)"#
        let regex = try! NSRegularExpression(pattern: pattern)
        var names: [String] = []
        for line in screen.split(separator: "\n") {
            let text = String(line)
            if let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
               let range = Range(match.range(at: 1), in: text) {
                names.append(String(text[range]))
            }
            if names.count == count { break }
        }
        return names
    }
}

extension Pane {
    /// From the class-and-subject list: filters by `filter` and opens the journal whose title
    /// line starts with `title`.
    func openJournal(filter: String = "7б алг", title: String = "7Б · Алгебра ·",
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("the class and subject list", sourceLocation: sourceLocation) {
            $0.contains("Отбор:") || $0.contains("Filter:")
        }
        try type(filter)
        try waitFor(filter, sourceLocation: sourceLocation)
        try press("Enter")
        // The whole frame: the title, the first five student rows and the function-key bar at the bottom.
        return try waitFor("\(title) with its first five students and the key bar", sourceLocation: sourceLocation) { screen in
            // The key bar: `F10Выход`, or `10Выход` at 80 columns and less.
            screen.contains(title) && (screen.contains("F10") || screen.contains("10Выход") || screen.contains("10Quit"))
                && (1...5).allSatisfy { screen.range(of: #"(?m)^ +\#($0)[ !]\S+ \S\."#, options: .regularExpression) != nil }
        }
    }

    /// F3, reads the prefilled date, Enter; returns once the grid shows the new column.
    func addColumn(sourceLocation: SourceLocation = #_sourceLocation) throws -> NewColumn {
        try press("F3")
        var prefilled: Substring?
        try waitFor("the new column form with a date", sourceLocation: sourceLocation) { screen in
            // The date is the line under the field's label «Дата (ДД.ММ.ГГГГ)» / «Date (DD.MM.YYYY)».
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            guard let label = lines.firstIndex(where: { $0.contains("ДД.ММ.ГГГГ") || $0.contains("DD.MM.YYYY") }),
                  label + 1 < lines.count else { return false }
            let value = lines[label + 1].trimmingCharacters(in: .whitespaces)
            guard value.range(of: #"^\d\d\.\d\d\.\d{4}$"#, options: .regularExpression) != nil else { return false }
            prefilled = Substring(value)
            return true
        }
        let parts = try #require(prefilled).split(separator: ".")
        let column = NewColumn(dayMonth: "\(parts[0]).\(parts[1])", iso: "\(parts[2])-\(parts[1])-\(parts[0])")
        try press("Enter")
        try waitFor("the new column \(column.dayMonth) in the grid", sourceLocation: sourceLocation) {
            GridText.headerLine($0, containing: column.dayMonth) != nil
        }
        return column
    }

    /// Waits until the cell shows `mark` (`·`: empty).
    @discardableResult
    func waitForCell(_ student: String, _ column: NewColumn, toShow mark: String, timeout: TimeInterval = 5,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("«\(mark)» for \(student) on \(column.dayMonth)", timeout: timeout, sourceLocation: sourceLocation) {
            let cell = GridText.cell($0, student: student, column: column.dayMonth)
            // An empty cell shows `·`, or nothing under the cursor.
            return cell == mark || (mark == "·" && cell == "")
        }
    }
}
