/// Reads an import file record by record, holding one decoded chunk and the record being read.
///
/// The rules are `CSVReader`'s. The encoding is found in a first pass over the input (its whole
/// bytes decide between UTF-8 and Windows-1251, see `TextDecoding`); then each chunk is decoded
/// to UTF-8 and parsed. UTF-16 files (rare: Excel's "Unicode text") are decoded whole.
struct CSVStream {
    /// Header fields, with surrounding white space trimmed.
    private(set) var header: [String] = []
    /// The physical line of the header.
    private(set) var headerLine = 1
    private(set) var delimiter = CSVDelimiter.comma
    let encoding: TextEncoding
    private let input: CSVInput
    private var buffer: [UInt8] = []
    private var chunk: [UInt8] = []
    private var parser: CSVParser
    private var isAtEnd = false

    /// Opens `input` and reads its header row.
    init(_ input: CSVInput) throws(ImportFailure) {
        let (input, encoding, skip) = try Self.detectEncoding(of: input)
        self.input = input
        self.encoding = encoding
        parser = CSVParser(position: 0)
        try refill()
        parser.position = skip
        while true {
            let parser = parser, isAtEnd = isAtEnd
            if let found = buffer.withUnsafeBufferPointer({ parser.detectDelimiter(in: $0, isFinal: isAtEnd) }) {
                delimiter = found
                break
            }
            try refill()
        }
        guard try nextRecord() else { throw .unreadable(.empty) }
        header = parser.record.fields.map { $0.trimmingWhiteSpace() }
        headerLine = parser.record.line
    }

    /// The record `next()` read last.
    var record: CSVRecord { parser.record }

    /// Reads the next non-blank record into `record`; false at the end of the input.
    mutating func next() throws(ImportFailure) -> Bool {
        try nextRecord()
    }

    private mutating func nextRecord() throws(ImportFailure) -> Bool {
        while true {
            let outcome: CSVParser.Outcome
            do {
                outcome = try buffer.withUnsafeBufferPointer { bytes throws(CSVError) in
                    try parser.nextRecord(in: bytes, delimiter: delimiter.rawValue, isFinal: isAtEnd)
                }
            } catch {
                throw .unreadable(error)
            }
            switch outcome {
            case .record: return true
            case .end: return false
            case .needMore: try refill()
            }
        }
    }

    /// Drops the bytes parsed and appends the next chunk, decoded; at the end sets `isAtEnd`.
    private mutating func refill() throws(ImportFailure) {
        buffer.removeSubrange(0..<parser.position)
        parser.position = 0
        guard encoding == .windows1251 else {
            isAtEnd = try input.read(appendingTo: &buffer) == 0
            return
        }
        chunk.removeAll(keepingCapacity: true)
        isAtEnd = try input.read(appendingTo: &chunk) == 0
        buffer += chunk.withUnsafeBufferPointer(Windows1251.utf8(from:))
    }

    /// The encoding of `input`, the input to parse (UTF-16 converted to UTF-8 in memory),
    /// rewound, and how many bytes of byte order mark to skip.
    private static func detectEncoding(of input: CSVInput) throws(ImportFailure)
        -> (CSVInput, TextEncoding, Int) {
        var bytes: [UInt8] = []
        _ = try input.read(appendingTo: &bytes)
        let marked = TextDecoding.byteOrderMarkEncoding(of: bytes)
        if marked == .utf16LittleEndian || marked == .utf16BigEndian {
            bytes += try input.readAll()
            do {
                let decoded = try TextDecoding.utf8Bytes(of: bytes)
                return (CSVInput(bytes: decoded.bytes), decoded.encoding, decoded.start)
            } catch {
                throw .unreadable(.undecodable(error))
            }
        }
        var pending: [UInt8] = []
        var start = marked == .utf8 ? 3 : 0
        var valid = true
        while true {
            pending += bytes
            bytes.removeAll(keepingCapacity: true)
            let atEnd = try input.read(appendingTo: &bytes) == 0
            // Up to the last lead or ASCII byte: no sequence is cut there.
            var split = pending.count
            if !atEnd {
                while split > max(start, pending.count - 4), pending[split - 1] & 0xC0 == 0x80 { split -= 1 }
                split = max(start, split - 1)
            }
            valid = pending.withUnsafeBufferPointer { TextDecoding.isValidUTF8(UnsafeBufferPointer(rebasing: $0[start..<split])) }
            pending.removeSubrange(0..<split)
            start = 0
            if !valid || atEnd { break }
        }
        valid = valid && pending.isEmpty
        if !valid && marked == nil {
            try input.rewind()
            var evidence = UTF8Evidence()
            var chunk: [UInt8] = []
            while true {
                chunk.removeAll(keepingCapacity: true)
                let atEnd = try input.read(appendingTo: &chunk) == 0
                evidence.scan(chunk, isFinal: atEnd)
                if atEnd { break }
            }
            if evidence.isMixed { throw .unreadable(.undecodable(.invalidUTF8(line: evidence.firstInvalidLine ?? 1))) }
        }
        if !valid && marked == .utf8 {
            try input.rewind()
            let all = try input.readAll()
            do {
                _ = try TextDecoding.utf8Bytes(of: all)
            } catch {
                throw .unreadable(.undecodable(error))
            }
        }
        try input.rewind()
        return (input, valid ? .utf8 : .windows1251, marked == .utf8 ? 3 : 0)
    }
}
