/// What the bytes of a file without a byte order mark say about its encoding, read chunk by
/// chunk: how many multi-byte UTF-8 sequences are valid and how many bytes break UTF-8.
///
/// Valid UTF-8 is UTF-8. Windows-1251 Cyrillic is almost all invalid as UTF-8 (a lower-case
/// letter is a lead byte followed by another letter), with now and then a valid pair by chance
/// («Пётр» is CF B8). So bytes that break UTF-8 are Windows-1251 unless valid sequences
/// outnumber them eightfold: then the file is UTF-8 with stray bytes, refused naming the first
/// bad line rather than re-read whole as Windows-1251.
struct UTF8Evidence {
    private(set) var validSequences = 0
    private(set) var invalidBytes = 0
    /// The physical line (1-based) of the first byte that breaks UTF-8.
    private(set) var firstInvalidLine: Int?
    private var line = 1
    private var afterCR = false
    private var carry: [UInt8] = []

    /// Whether the file is UTF-8 with bytes that break it.
    var isMixed: Bool { invalidBytes > 0 && validSequences >= 8 * invalidBytes }

    /// Reads the next chunk; `isFinal` for the last (a sequence cut at a chunk's end waits for the next).
    mutating func scan(_ chunk: some Collection<UInt8>, isFinal: Bool) {
        let bytes = carry + chunk
        carry = []
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0A && !afterCR || lead == 0x0D { line += 1 }
                afterCR = lead == 0x0D
                index += 1
                continue
            }
            afterCR = false
            let (length, second) = Self.shape(of: lead)
            if length > 1 && index + length > bytes.count && !isFinal {
                carry = Array(bytes[index...])
                return
            }
            let valid = length > 1 && index + length <= bytes.count
                && second.contains(bytes[index + 1])
                && (2..<length).allSatisfy { (0x80...0xBF).contains(bytes[index + $0]) }
            if valid {
                validSequences += 1
                index += length
            } else {
                invalidBytes += 1
                if firstInvalidLine == nil { firstInvalidLine = line }
                index += 1
            }
        }
    }

    /// A lead byte's sequence length and the range its second byte must be in; length 1 for a
    /// byte that cannot lead.
    private static func shape(of lead: UInt8) -> (Int, ClosedRange<UInt8>) {
        switch lead {
        case 0xC2..<0xE0: return (2, 0x80...0xBF)
        case 0xE0: return (3, 0xA0...0xBF)
        case 0xED: return (3, 0x80...0x9F)
        case 0xE1..<0xF0: return (3, 0x80...0xBF)
        case 0xF0: return (4, 0x90...0xBF)
        case 0xF4: return (4, 0x80...0x8F)
        case 0xF1..<0xF4: return (4, 0x80...0xBF)
        default: return (1, 0x80...0xBF)
        }
    }
}
