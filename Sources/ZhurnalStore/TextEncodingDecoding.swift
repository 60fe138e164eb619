/// Text decoded from a file, with what was detected about it.
public struct DecodedText: Sendable, Hashable {
    /// The text, without byte order mark.
    public var text: String
    /// The encoding the bytes were in.
    public var encoding: TextEncoding
    /// Whether the bytes started with a byte order mark.
    public var hadByteOrderMark: Bool
}

/// Detects the encoding of text files and decodes them.
///
/// Detection: a byte order mark selects UTF-8, UTF-16LE or UTF-16BE; otherwise the bytes are
/// UTF-8 when they are valid UTF-8, and Windows-1251 when they are not — unless they are mostly
/// valid UTF-8 with stray bytes (`UTF8Evidence`), which is refused as `invalidUTF8(line:)`.
public enum TextDecoding {
    /// Decodes `bytes`, detecting the encoding and dropping a byte order mark.
    ///
    /// - Parameter normalizingLineEndings: turn CRLF and lone CR into LF.
    /// - Throws: when a byte order mark declares an encoding the bytes do not follow.
    public static func decode(_ bytes: [UInt8], normalizingLineEndings: Bool = true) throws(TextDecodingError) -> DecodedText {
        let utf8 = try utf8Bytes(of: bytes)
        let text = utf8.bytes.withUnsafeBufferPointer { buffer in
            let content = UnsafeBufferPointer(rebasing: buffer[utf8.start...])
            return normalizingLineEndings
                ? String(decoding: lineEndingsNormalized(content), as: UTF8.self)
                : String(decoding: content, as: UTF8.self)
        }
        return DecodedText(text: text, encoding: utf8.encoding, hadByteOrderMark: utf8.hadByteOrderMark)
    }

    /// Detects the encoding of `bytes` (see the type's documentation).
    public static func detectEncoding(of bytes: [UInt8]) -> (encoding: TextEncoding, hadByteOrderMark: Bool) {
        if let marked = byteOrderMarkEncoding(of: bytes) { return (marked, true) }
        let valid = bytes.withUnsafeBufferPointer { invalidUTF8Offset(in: $0, from: 0) == nil }
        return (valid ? .utf8 : .windows1251, false)
    }

    /// `text` with CRLF and lone CR turned into LF.
    public static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return String(decoding: lineEndingsNormalized(Array(text.utf8)), as: UTF8.self)
    }

    /// UTF-8 bytes of the file's text, starting at `start` (past a UTF-8 byte order mark, which
    /// is kept to avoid copying valid UTF-8).
    static func utf8Bytes(of bytes: [UInt8]) throws(TextDecodingError) -> (bytes: [UInt8], start: Int, encoding: TextEncoding, hadByteOrderMark: Bool) {
        switch byteOrderMarkEncoding(of: bytes) {
        case .utf8:
            if let offset = bytes.withUnsafeBufferPointer({ invalidUTF8Offset(in: $0, from: 3) }) {
                throw .invalidUTF8(line: lineNumber(in: bytes, at: offset))
            }
            return (bytes, 3, .utf8, true)
        case .utf16LittleEndian:
            return (try utf8(fromUTF16: bytes, littleEndian: true), 0, .utf16LittleEndian, true)
        case .utf16BigEndian:
            return (try utf8(fromUTF16: bytes, littleEndian: false), 0, .utf16BigEndian, true)
        case .windows1251, nil:
            if bytes.withUnsafeBufferPointer({ invalidUTF8Offset(in: $0, from: 0) }) == nil { return (bytes, 0, .utf8, false) }
            var evidence = UTF8Evidence()
            evidence.scan(bytes, isFinal: true)
            if evidence.isMixed { throw .invalidUTF8(line: evidence.firstInvalidLine ?? 1) }
            return (bytes.withUnsafeBufferPointer(Windows1251.utf8(from:)), 0, .windows1251, false)
        }
    }

    /// The encoding a byte order mark at the start of `bytes` declares, if any.
    static func byteOrderMarkEncoding(of bytes: [UInt8]) -> TextEncoding? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        return nil
    }

    /// The offset of the first byte that makes `bytes[start...]` invalid UTF-8, or `nil`;
    /// eight ASCII bytes at a time where it can.
    private static func invalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = bytes.count
        var index = start
        /// Whether the `length`-byte sequence at `index` is valid and complete.
        func sequence(_ length: Int, second: ClosedRange<UInt8>) -> Bool {
            for offset in 1..<length {
                guard index + offset < count else { return false }
                guard (offset == 1 ? second : 0x80...0xBF).contains(bytes[index + offset]) else { return false }
            }
            return true
        }
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        while index < count {
            if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead >= 0xC2 && lead < 0xE0 && index + 1 < count && bytes[index + 1] & 0xC0 == 0x80 {
                index += 2
                continue
            }
            let length: Int
            let second: ClosedRange<UInt8>
            switch lead {
            case ..<0x80:
                index += 1
                continue
            case 0xC2..<0xE0: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xE1..<0xF0: (length, second) = (3, 0x80...0xBF)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            case 0xF1..<0xF4: (length, second) = (4, 0x80...0xBF)
            default: return index
            }
            guard sequence(length, second: second) else { return index }
            index += length
        }
        return nil
    }

    /// Whether `bytes` are valid UTF-8 (the standard library's check).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    private static func utf8(fromUTF16 bytes: [UInt8], littleEndian: Bool) throws(TextDecodingError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var line = 1
        var pendingHigh: UInt16?
        var offset = 2
        while offset < bytes.count {
            guard offset + 1 < bytes.count else { throw .invalidUTF16(line: line) }
            let first = UInt16(bytes[offset]), second = UInt16(bytes[offset + 1])
            let unit = littleEndian ? first | second << 8 : first << 8 | second
            offset += 2
            let scalar: Unicode.Scalar?
            switch (pendingHigh, unit) {
            case (nil, 0xD800...0xDBFF):
                pendingHigh = unit
                continue
            case (let high?, 0xDC00...0xDFFF):
                scalar = Unicode.Scalar(0x10000 + (UInt32(high - 0xD800) << 10 | UInt32(unit - 0xDC00)))
                pendingHigh = nil
            case (nil, _):
                scalar = Unicode.Scalar(unit)
            default:
                scalar = nil
            }
            guard let scalar else { throw .invalidUTF16(line: line) }
            if scalar == "\n" { line += 1 }
            UTF8.encode(scalar) { output.append($0) }
        }
        if pendingHigh != nil { throw .invalidUTF16(line: line) }
        return output
    }

    /// Physical line (1-based) of byte `offset`: LF, CRLF and lone CR each end a line.
    static func lineNumber(in bytes: [UInt8], at offset: Int) -> Int {
        var line = 1
        var index = 0
        while index < offset {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
            }
            index += 1
        }
        return line
    }

    private static func lineEndingsNormalized(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var afterCR = false
        for byte in bytes {
            if byte == 0x0D {
                output.append(0x0A)
            } else if !(byte == 0x0A && afterCR) {
                output.append(byte)
            }
            afterCR = byte == 0x0D
        }
        return output
    }
}
