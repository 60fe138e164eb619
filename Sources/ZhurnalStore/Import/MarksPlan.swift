import ZhurnalCore

/// The lesson columns a marks file forms, in file order, and their cells, kept compact (a
/// column number, a student id and a value number a cell) and handed on in batches.
struct MarksPlan {
    struct Column {
        var classID: Int
        var subject: String
        var date: LocalDate
        var kindCode: String
        var weight: Weight?
    }

    /// A cell to set: `column` indexes `columns`, `value` indexes `values`.
    struct Cell {
        var column: Int32
        var value: Int32
        var studentID: Int
    }

    private struct ColumnKey: Hashable {
        var classID: Int
        var subject: Int
        var day: Int
        var kindCode: String
    }

    private(set) var columns: [Column] = []
    /// The cells with an entry since the last batch, in file order.
    private(set) var cells: [Cell] = []
    /// The distinct entries of the cells.
    private(set) var values: [Entry] = []
    private var valueNumbers: [Entry: Int32] = [:]
    private var index: [ColumnKey: Int] = [:]
    /// Subject numbers by folded name.
    private var subjects: [String: Int] = [:]
    /// Every cell a row named, empty marks included.
    private var named = CellSet()

    /// The number of a subject name: names that differ only in case, `ё`/`е` and spaces share one.
    mutating func subject(named name: String) -> Int {
        let key = StudentDirectory.key(name)
        if let known = subjects[key] { return known }
        subjects[key] = subjects.count
        return subjects.count - 1
    }

    /// The number of a value.
    mutating func value(_ entry: Entry) -> Int32 {
        if let known = valueNumbers[entry] { return known }
        values.append(entry)
        valueNumbers[entry] = Int32(values.count - 1)
        return Int32(values.count - 1)
    }

    /// The number of the column of a class, subject (`subject(named:)`), date and kind, added
    /// when new with `subjectName` and `weight`.
    mutating func column(classID: Int, subject: Int, subjectName: String, date: LocalDate, kindCode: String,
                         weight: Weight?) -> Int {
        let key = ColumnKey(classID: classID, subject: subject, day: date.dayNumber, kindCode: kindCode)
        if let known = index[key] { return known }
        index[key] = columns.count
        columns.append(Column(classID: classID, subject: subjectName, date: date, kindCode: kindCode, weight: weight))
        return columns.count - 1
    }

    /// Adds a cell of a column for a student (`student` numbers the students of the file from 0);
    /// false when a row already named the student in that column. `value` nil: an empty mark.
    mutating func add(column: Int, student: Int, studentID: Int, value: Int32?) -> Bool {
        guard named.insert(UInt64(column) << 32 | UInt64(student)) else { return false }
        if let value { cells.append(Cell(column: Int32(column), value: value, studentID: studentID)) }
        return true
    }

    /// What the plan gained since the last batch: its new columns, values and cells.
    struct Batch {
        var columns: [Column]
        var values: [Entry]
        var cells: [Cell]
    }

    private var taken = (columns: 0, values: 0)

    /// The columns, values and cells added since the last call; the cells are dropped from the plan.
    mutating func takeBatch() -> Batch {
        let batch = Batch(columns: Array(columns[taken.columns...]), values: Array(values[taken.values...]), cells: cells)
        taken = (columns.count, values.count)
        cells.removeAll(keepingCapacity: true)
        return batch
    }

    /// A set of 64-bit keys by open addressing, for the plan's many cells.
    private struct CellSet {
        private var slots = [UInt64](repeating: .max, count: 1 << 12)
        private var count = 0

        /// Adds `key` (not `UInt64.max`); false when it was there.
        mutating func insert(_ key: UInt64) -> Bool {
            if (count + 1) * 2 > slots.count { grow() }
            let mask = slots.count - 1
            var slot = Self.slot(key, mask)
            while slots[slot] != .max {
                if slots[slot] == key { return false }
                slot = (slot + 1) & mask
            }
            slots[slot] = key
            count += 1
            return true
        }

        /// Keys are a column number (high half) and a student number: the cells of one column,
        /// and of the columns after it, go to neighbouring slots.
        private static func slot(_ key: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: (key >> 32) &* 32 &+ (key & 0xFFFF_FFFF)) & mask
        }

        private mutating func grow() {
            let old = slots
            slots = [UInt64](repeating: .max, count: old.count * 2)
            let mask = slots.count - 1
            for key in old where key != .max {
                var slot = Self.slot(key, mask)
                while slots[slot] != .max { slot = (slot + 1) & mask }
                slots[slot] = key
            }
        }
    }
}
