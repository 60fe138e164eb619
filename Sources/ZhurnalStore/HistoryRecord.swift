import Foundation

/// What a history row records.
public enum HistoryKind: String, Sendable, CaseIterable {
    /// An entry was set, changed or cleared.
    case entry
    /// Entries of one lesson column set together, one row for many cells (the cells of a column an
    /// import added, and undo and redo of them): `oldValue` and `newValue` are `ColumnCells` lists
    /// of the same students, nil meaning every listed cell was (or became) empty. The history of a
    /// cell (`Journal.history(columnID:studentID:)`) shows its part as an `entry` record.
    case columnEntries = "column_entries"
    /// A final mark was set, changed or cleared.
    case finalMark = "final_mark"
    /// A lesson column was added; `newValue` holds its description.
    case columnAdd = "column_add"
    /// A lesson column's date, kind, weight, topic or position changed.
    case columnEdit = "column_edit"
    /// A lesson column was deleted; `oldValue` holds its description, and its entries follow
    /// as `entry` rows of the same operation.
    case columnDelete = "column_delete"
    /// A deleted column was restored from its `column_delete` row.
    case columnRestore = "column_restore"
    /// A student's points for one rubric criterion were set, changed or cleared; `reason` holds
    /// the criterion's code.
    case rubricScore = "rubric_score"
    /// A formative note was written, changed or cleared; values are `FormativeNoteText` lines.
    case note
    /// A deleted column's rubric, level and outcome tags (`ColumnTags`), kept to restore them.
    case columnTags = "column_tags"
    /// A class was added to the journal (`newValue` its name) or, undone, removed (`oldValue`).
    case classAdd = "class_add"
    /// A student was added (`newValue` the `RosterLine`) or, undone, removed (`oldValue`).
    case studentAdd = "student_add"
    /// A student's movement (arrival, departure, transfer, rename) was recorded (`newValue` the
    /// `MovementRecord` as JSON) or, undone, taken back (`oldValue`).
    case movement
    /// The school year was closed (`Journal.closeYear`): `oldValue` the year closed (`2026/27`),
    /// `newValue` the file that keeps it. Not undone; nothing before it is undone either.
    case yearClose = "year_close"
}

/// One row of the append-only change history.
public struct HistoryRecord: Hashable, Sendable {
    public let id: Int
    /// When the change was made (millisecond precision).
    public let at: Date
    /// The operating-system user who made it.
    public let user: String
    public let kind: HistoryKind
    public let classID: Int?
    public let subjectID: Int?
    public let columnID: Int?
    public let studentID: Int?
    /// For final marks: 1… for terms, 0 for the year.
    public let term: Int?
    /// The value before the change; nil when there was none.
    public let oldValue: String?
    /// The value after the change; nil when cleared or deleted.
    public let newValue: String?
    public let reason: String?
    /// The id of the first row of the action this row belongs to; nil on that first row.
    public let operation: Int?
}

extension HistoryRecord {
    /// A `column_entries` row's part for one student's cell, as the `entry` row it stands for;
    /// nil when the row does not list the student. Any other row is returned as it is.
    func cell(of studentID: Int) -> HistoryRecord? {
        guard kind == .columnEntries else { return self }
        let old = oldValue.flatMap(ColumnCells.init(encoded:)), new = newValue.flatMap(ColumnCells.init(encoded:))
        guard (new ?? old)?.value(of: studentID) != nil else { return nil }
        let oldCell: String? = old?.value(of: studentID) ?? nil, newCell: String? = new?.value(of: studentID) ?? nil
        return HistoryRecord(id: id, at: at, user: user, kind: .entry, classID: classID, subjectID: subjectID,
                             columnID: columnID, studentID: studentID, term: term, oldValue: oldCell,
                             newValue: newCell, reason: reason, operation: operation)
    }

    /// A `column_entries` row's part for its first listed cell; any other row as it is.
    var firstCell: HistoryRecord {
        guard kind == .columnEntries, let first = (newValue ?? oldValue).flatMap(ColumnCells.init(encoded:))?.cells.first
        else { return self }
        return cell(of: first.studentID) ?? self
    }
}
