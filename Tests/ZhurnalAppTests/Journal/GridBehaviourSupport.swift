import TerminalUI
import ZhurnalApp
import ZhurnalStore
@testable import ZhurnalCore

/// The figures the grid holds for a student row — Ср, Отм and Рек as values, not as the text
/// the screen draws of them (issue 14).
func figures(_ average: Ratio?, _ count: Int, _ mark: TermMark) -> Recommendation {
    Recommendation(average: average, markCount: count, mark: mark)
}

extension JournalGridScreen {
    /// Ср, Отм and Рек of student row `row`, nil outside the grid.
    func figures(_ row: Int) -> Recommendation? {
        results.indices.contains(row) ? results[row] : nil
    }

    /// The entry the grid holds (and shows) in a cell, as read from the journal.
    func shown(column: Int, row: Int) -> Entry? {
        guard data.columns.indices.contains(column), data.students.indices.contains(row) else { return nil }
        return data.entries[CellKey(columnID: data.columns[column].id, studentID: data.students[row].id)]
    }
}

extension StatusMessage {
    /// A journal error on the status line.
    static func error(_ text: JournalText) -> StatusMessage { StatusMessage(.error, .journal(text)) }
    /// A journal notice on the status line.
    static func info(_ text: JournalText) -> StatusMessage { StatusMessage(.info, .journal(text)) }
}
