/// The byte-level record scanner behind `CSVReader`; works on UTF-8.
struct CSVParser {
    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let space: UInt8 = 0x20
    private static let tab: UInt8 = 0x09

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private var line = 1
    private var fields: [String] = []
    private var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// The delimiter occurring most often outside quotes in the first record that is not empty
    /// or spaces only (the header); ties prefer `;`, then `,`; none at all gives `,`.
    func detectDelimiter() -> CSVDelimiter {
        var counts: [CSVDelimiter: Int] = [:]
        var inQuotes = false
        var seenContent = false
        var index = position
        while index < bytes.count {
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

    /// The next non-blank record, or `nil` at the end of the input.
    mutating func nextRecord(delimiter: UInt8) throws(CSVError) -> CSVRow? {
        while position < bytes.count {
            let startLine = line
            var sawQuotedField = false
            fields.removeAll(keepingCapacity: true)
            while true {
                let quoted = try readField(delimiter: delimiter)
                sawQuotedField = sawQuotedField || quoted
                if position < bytes.count, bytes[position] == delimiter {
                    position += 1
                    continue
                }
                endLine()
                break
            }
            if !sawQuotedField && fields.count == 1 && fields[0].utf8.allSatisfy({ $0 == Self.space || $0 == Self.tab }) {
                continue
            }
            return CSVRow(line: startLine, fields: fields)
        }
        return nil
    }

    /// Reads one field at `position`, leaving `position` at the delimiter, line break or end.
    /// Returns whether the field was quoted.
    private mutating func readField(delimiter: UInt8) throws(CSVError) -> Bool {
        var index = position
        while index < bytes.count, bytes[index] == Self.space {
            index += 1
        }
        guard index < bytes.count, bytes[index] == Self.quote else {
            index = position
            while index < bytes.count {
                let byte = bytes[index]
                if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                index += 1
            }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<index]), as: UTF8.self))
            position = index
            return false
        }
        try readQuotedField(openingAt: index, delimiter: delimiter)
        return true
    }

    private mutating func readQuotedField(openingAt opening: Int, delimiter: UInt8) throws(CSVError) {
        let openingLine = line
        scratch.removeAll(keepingCapacity: true)
        var index = opening + 1
        var segmentStart = index
        while true {
            guard index < bytes.count else { throw .unterminatedQuote(line: openingLine) }
            let byte = bytes[index]
            if byte == Self.quote {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                    scratch.append(Self.quote)
                    index += 2
                    segmentStart = index
                    continue
                }
                index += 1
                break
            } else if byte == Self.carriageReturn {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                scratch.append(Self.lineFeed)
                line += 1
                index += index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed ? 2 : 1
                segmentStart = index
            } else {
                if byte == Self.lineFeed { line += 1 }
                index += 1
            }
        }
        fields.append(String(decoding: scratch, as: UTF8.self))
        while index < bytes.count, bytes[index] == Self.space || bytes[index] == Self.tab, bytes[index] != delimiter {
            index += 1
        }
        if index < bytes.count {
            let byte = bytes[index]
            if byte != delimiter && byte != Self.lineFeed && byte != Self.carriageReturn {
                throw .unexpectedCharacterAfterQuote(line: line)
            }
        }
        position = index
    }

    /// Consumes a line break (LF, CRLF or CR) at `position`, if any.
    private mutating func endLine() {
        guard position < bytes.count else { return }
        if bytes[position] == Self.carriageReturn {
            position += 1
            if position < bytes.count, bytes[position] == Self.lineFeed { position += 1 }
        } else {
            position += 1
        }
        line += 1
    }
}
