/// The byte-level record scanner behind `CSVReader` and `CSVStream`; works on UTF-8.
///
/// The bytes come with each call, so that a stream can hand over one chunk after another: when
/// the bytes are not the end of the input (`isFinal` false) and a record runs up to their end,
/// the parser answers `needMore` and stays at the record's start.
struct CSVParser {
    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let space: UInt8 = 0x20
    private static let tab: UInt8 = 0x09

    /// What `nextRecord` found.
    enum Outcome {
        /// A record, now in `record`.
        case record
        /// The end of the input.
        case end
        /// The bytes end inside a record: call again with more.
        case needMore
    }

    /// The offset of the next record in the bytes.
    var position: Int
    /// The physical line at `position`.
    private(set) var line = 1
    /// The record last read.
    private(set) var record = CSVRecord()
    /// Where the bytes not yet copied into `record` begin: unquoted fields are copied together,
    /// with the delimiters between them, when the record ends or a quoted field begins.
    private var uncopied = 0

    init(position: Int) {
        self.position = position
    }

    /// The delimiter occurring most often outside quotes in the first record that is not empty
    /// or spaces only (the header); ties prefer `;`, then `,`; none at all gives `,`. Nil when
    /// the bytes end before that record does and are not the end of the input.
    func detectDelimiter(in bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool) -> CSVDelimiter? {
        var counts: [CSVDelimiter: Int] = [:]
        var inQuotes = false
        var seenContent = false
        var index = position
        while true {
            guard index < bytes.count else {
                if !isFinal { return nil }
                break
            }
            let byte = bytes[index]
            let isLineBreak = byte == Self.lineFeed || byte == Self.carriageReturn
            if isLineBreak && !inQuotes && seenContent { break }
            if byte == Self.quote {
                inQuotes.toggle()
            } else if !inQuotes, let delimiter = CSVDelimiter(rawValue: byte) {
                counts[delimiter, default: 0] += 1
            }
            seenContent = seenContent || !(isLineBreak || byte == Self.space)
            index += 1
        }
        var best = CSVDelimiter.semicolon
        for candidate in [CSVDelimiter.comma, .tab] where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return counts[best, default: 0] > 0 ? best : .comma
    }

    /// Reads the next non-blank record of `bytes` into `record`.
    mutating func nextRecord(in bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8,
                             isFinal: Bool = true) throws(CSVError) -> Outcome {
        let start = (position, line)
        while position < bytes.count {
            record.removeAll()
            record.line = line
            uncopied = position
            var sawQuotedField = false
            var complete = true
            while true {
                guard let quoted = try readField(in: bytes, delimiter: delimiter, isFinal: isFinal) else {
                    complete = false
                    break
                }
                sawQuotedField = sawQuotedField || quoted
                if position < bytes.count, bytes[position] == delimiter {
                    position += 1
                    continue
                }
                copyUncopied(in: bytes, upTo: position)
                complete = endLine(in: bytes, isFinal: isFinal)
                break
            }
            if !complete {
                (position, line) = start
                return .needMore
            }
            if !sawQuotedField && record.count == 1
                && record.withField(0, { $0.allSatisfy { $0 == Self.space || $0 == Self.tab } }) {
                continue
            }
            return .record
        }
        if !isFinal {
            (position, line) = start
            return .needMore
        }
        return .end
    }

    /// Reads one field at `position`, leaving `position` at the delimiter, line break or end.
    /// Returns whether the field was quoted; nil when the bytes end before the field does.
    private mutating func readField(in bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8,
                                    isFinal: Bool) throws(CSVError) -> Bool? {
        var index = position
        while index < bytes.count, bytes[index] == Self.space {
            index += 1
        }
        guard index < bytes.count, bytes[index] == Self.quote else {
            index = Self.skipPlainWords(in: bytes, from: position, delimiter: delimiter)
            while index < bytes.count {
                let byte = bytes[index]
                if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                index += 1
            }
            if index == bytes.count && !isFinal { return nil }
            let offset = record.bytes.count - uncopied
            record.addField(position + offset, index + offset)
            position = index
            return false
        }
        copyUncopied(in: bytes, upTo: position)
        guard try readQuotedField(in: bytes, openingAt: index, delimiter: delimiter, isFinal: isFinal) else { return nil }
        uncopied = position
        return true
    }

    /// The offset of the first group of eight bytes from `start` that may hold the delimiter or
    /// a line break (or of the last bytes, fewer than eight): a field's bytes are skipped eight
    /// at a time (a zero byte of `word ^ pattern` marks a match).
    private static func skipPlainWords(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let (delimiters, lineFeeds, returns) = (UInt64(delimiter) &* ones, UInt64(lineFeed) &* ones,
                                                UInt64(carriageReturn) &* ones)
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let (a, b, c) = (word ^ delimiters, word ^ lineFeeds, word ^ returns)
            if ((a &- ones) & ~a | (b &- ones) & ~b | (c &- ones) & ~c) & highs != 0 { break }
            index += 8
        }
        return index
    }

    private mutating func copyUncopied(in bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) {
        record.append(UnsafeBufferPointer(rebasing: bytes[uncopied..<end]))
        uncopied = end
    }

    /// Reads a quoted field; false when the bytes end before it does.
    private mutating func readQuotedField(in bytes: UnsafeBufferPointer<UInt8>, openingAt opening: Int,
                                          delimiter: UInt8, isFinal: Bool) throws(CSVError) -> Bool {
        let openingLine = line
        let start = record.bytes.count
        var index = opening + 1
        var segmentStart = index
        while true {
            guard index < bytes.count else {
                if !isFinal { return false }
                throw .unterminatedQuote(line: openingLine)
            }
            let byte = bytes[index]
            if byte == Self.quote {
                if index + 1 == bytes.count && !isFinal { return false }
                record.append(UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                    record.append(Self.quote)
                    index += 2
                    segmentStart = index
                    continue
                }
                index += 1
                break
            } else if byte == Self.carriageReturn {
                if index + 1 == bytes.count && !isFinal { return false }
                record.append(UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                record.append(Self.lineFeed)
                line += 1
                index += index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed ? 2 : 1
                segmentStart = index
            } else {
                if byte == Self.lineFeed { line += 1 }
                index += 1
            }
        }
        record.addField(start, record.bytes.count)
        while index < bytes.count, bytes[index] == Self.space || bytes[index] == Self.tab, bytes[index] != delimiter {
            index += 1
        }
        if index < bytes.count {
            let byte = bytes[index]
            if byte != delimiter && byte != Self.lineFeed && byte != Self.carriageReturn {
                throw .unexpectedCharacterAfterQuote(line: line)
            }
        } else if !isFinal {
            return false
        }
        position = index
        return true
    }

    /// Consumes a line break (LF, CRLF or CR) at `position`, if any; false when a CR ends bytes
    /// that are not the end of the input (an LF may follow).
    private mutating func endLine(in bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool) -> Bool {
        guard position < bytes.count else { return true }
        if bytes[position] == Self.carriageReturn {
            if position + 1 == bytes.count && !isFinal { return false }
            position += 1
            if position < bytes.count, bytes[position] == Self.lineFeed { position += 1 }
        } else {
            position += 1
        }
        line += 1
        return true
    }
}
