/// The cells of one lesson column a `column_entries` history row lists, in the text stored as
/// its old or new value: `student=value` pairs joined by `;` (`101=5;102=н;103=`, an empty value
/// for an empty cell). Entries never hold `=` or `;`.
struct ColumnCells: Equatable {
    /// Student id and entry (nil for an empty cell), in the order written.
    var cells: [(studentID: Int, value: String?)]

    init(_ cells: [(studentID: Int, value: String?)] = []) {
        self.cells = cells
    }

    /// Reads a stored list; nil when it is not one.
    init?(encoded: String) {
        var cells: [(studentID: Int, value: String?)] = []
        for pair in encoded.split(separator: ";", omittingEmptySubsequences: false) {
            guard let equals = pair.firstIndex(of: "="), let studentID = Int(pair[..<equals]) else { return nil }
            let value = pair[pair.index(after: equals)...]
            cells.append((studentID, value.isEmpty ? nil : String(value)))
        }
        self.cells = cells
    }

    var encoded: String {
        var text = ""
        for cell in cells { Self.append(studentID: cell.studentID, value: cell.value ?? "", to: &text) }
        return text
    }

    /// Appends one cell to a list's text (`BulkWriter` builds a column's text as its cells come).
    static func append(studentID: Int, value: String, to text: inout String) {
        if !text.isEmpty { text += ";" }
        text += "\(studentID)=\(value)"
    }

    /// The value listed for a student: nil when the student is not listed, `.some(nil)` for an
    /// empty cell.
    func value(of studentID: Int) -> String?? {
        cells.first { $0.studentID == studentID }.map(\.value)
    }

    static func == (a: ColumnCells, b: ColumnCells) -> Bool {
        a.cells.elementsEqual(b.cells) { $0.studentID == $1.studentID && $0.value == $1.value }
    }
}
