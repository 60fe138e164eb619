/// The fields of one CSV record as UTF-8 bytes, unquoted and untrimmed; reused from record to
/// record so that reading a file does not allocate per field.
struct CSVRecord {
    /// The physical line (1-based) the record starts on.
    var line = 0
    private(set) var bytes: [UInt8] = []
    private var starts: [Int] = []
    private var ends: [Int] = []

    /// The number of fields.
    var count: Int { ends.count }

    /// Calls `body` with the bytes of field `index`; empty when the record is shorter.
    func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { buffer in
            guard index < ends.count else { return try body(UnsafeBufferPointer(rebasing: buffer[0..<0])) }
            return try body(UnsafeBufferPointer(rebasing: buffer[starts[index]..<ends[index]]))
        }
    }

    /// Field `index` as a string; `""` when the record is shorter.
    func string(_ index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Every field as a string.
    var fields: [String] { (0..<count).map(string) }

    /// Whether every field is empty or white space (Excel writes `;;;` for empty rows).
    var isBlank: Bool {
        if bytes.contains(where: { $0 > 0x20 && $0 < 0x80 && $0 != 0x2C && $0 != 0x3B }) { return false }
        return fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    /// Whether a field after the first `columns` holds more than white space (a second mark, a
    /// patronymic without its column): such a row is refused rather than silently cut.
    func hasFields(beyond columns: Int) -> Bool {
        (columns..<max(columns, count)).contains { index in
            withField(index) { field in field.contains { $0 != 0x20 && $0 != 0x09 } }
        }
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    mutating func append(_ part: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: part)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Adds a field: `bytes[start..<end]` (the bytes may hold delimiters between fields).
    mutating func addField(_ start: Int, _ end: Int) {
        starts.append(start)
        ends.append(end)
    }
}
