import ZhurnalCore
import HostileSupport
import Testing
@testable import ZhurnalStore

@Suite struct CSVPropertyTests {
    private static let cp1251Alphabet: [Character] = Array("aZ09 ,;\t\"'=+-@.\n\r№ёЁйЙАяЯ«»—€\u{A0}") + Windows1251.upperHalf.map { Character(Unicode.Scalar($0)!) }
    private static let unicodeAlphabet: [Character] = cp1251Alphabet + ["😀", "👨‍👩‍👧", "Ω", "中", "\u{FEFF}", "é"]

    private func randomField(_ alphabet: [Character], using generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...8, using: &generator)
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// What a field reads back as: line breaks inside fields become `\n`.
    private func readBack(_ field: String) -> String {
        TextDecoding.normalizingLineEndings(field)
    }

    @Test(arguments: [TextEncoding.utf8, .windows1251])
    func randomTablesRoundTrip(encoding: TextEncoding) throws {
        var generator = SeededGenerator(seed: 20_250_901)
        let alphabet = encoding == .windows1251 ? Self.cp1251Alphabet : Self.unicodeAlphabet
        for iteration in 0..<300 {
            let delimiter: CSVDelimiter = iteration.isMultiple(of: 2) ? .comma : .semicolon
            let columns = Int.random(in: 1...6, using: &generator)
            let header = (0..<columns).map { "h\($0)" }
            let rows = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                (0..<columns).map { _ in randomField(alphabet, using: &generator) }
            }
            let writer = CSVWriter(
                delimiter: delimiter,
                lineEnding: Bool.random(using: &generator) ? .crlf : .lf,
                encoding: encoding,
                byteOrderMark: Bool.random(using: &generator)
            )
            // A one-column header holds no delimiter to detect, so that case names it.
            let reader = CSVReader(delimiter: columns == 1 ? delimiter : nil)
            let table = try reader.read(try writer.encode([header] + rows))
            #expect(table.header == header)
            #expect(table.delimiter == delimiter)
            #expect(table.rows.map(\.fields) == rows.map { $0.map(readBack) })
        }
    }

    @Test func randomBytesNeverCrashTheReader() {
        var generator = SeededGenerator(seed: 42)
        let interesting: [UInt8] = [0x22, 0x2C, 0x3B, 0x09, 0x0A, 0x0D, 0x20, 0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0xD0, 0x98, 0x61]
        var outcomes = (rows: 0, errors: 0)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...64, using: &generator)
            let bytes: [UInt8] = (0..<count).map { _ in
                Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            do {
                let table = try CSVReader().read(bytes)
                outcomes.rows += 1
                #expect(table.rows.allSatisfy { $0.line >= 2 })
                #expect(zip(table.rows, table.rows.dropFirst()).allSatisfy { $0.line < $1.line })
            } catch {
                outcomes.errors += 1
            }
        }
        #expect(outcomes.rows > 0)
        #expect(outcomes.errors > 0)
    }
}
