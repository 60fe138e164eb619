import ZhurnalCore
import HostileSupport
import Testing
@testable import ZhurnalStore

/// Seeded fuzzing of the CSV reader (docs/hostile-input.md): UTF-8 with and without a byte order
/// mark, Windows-1251, random bytes, unbalanced quotes, mixed delimiters and very long lines give
/// rows or a `CSVError`, never a crash or a hang.
@Suite struct CSVFuzzTests {
    private static let structure: [UInt8] = Array("\",;\t\n\r \"\"".utf8)

    /// Lines of hostile fields with random delimiters and quoting, as UTF-8 or Windows-1251 bytes.
    private func hostileFile(using generator: inout SeededGenerator) -> [UInt8] {
        var text = ""
        for _ in 0..<Int.random(in: 0...6, using: &generator) {
            for field in 0..<Int.random(in: 1...7, using: &generator) {
                if field > 0 { text += [",", ";", "\t", ",", ";"].randomElement(using: &generator)! }
                let value = HostileText.string(using: &generator, maxPieces: 4, hugeOneIn: 500)
                switch Int.random(in: 0..<5, using: &generator) {
                case 0: text += "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                case 1: text += "\"" + value
                case 2: text += " \"" + value + "\" x"
                default: text += value
                }
            }
            text += ["\n", "\r\n", "\r", ""].randomElement(using: &generator)!
        }
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case 1: return Array(text.utf8)
        default:
            // Windows-1251: every character outside the code page becomes a random high byte.
            return text.unicodeScalars.flatMap { scalar -> [UInt8] in
                if scalar.isASCII { return [UInt8(scalar.value)] }
                if let byte = Windows1251.upperHalf.firstIndex(of: UInt16(truncatingIfNeeded: scalar.value)), scalar.value <= 0xFFFF { return [UInt8(0x80 + byte)] }
                return [UInt8.random(in: 0x80...0xFF, using: &generator)]
            }
        }
    }

    /// What any table read from any bytes must satisfy.
    private func checkShape(_ table: CSVTable, of bytes: [UInt8]) {
        let lineBreaks = bytes.count { $0 == 0x0A || $0 == 0x0D }
        #expect(table.headerLine >= 1 && table.headerLine <= lineBreaks + 1)
        #expect(table.rows.allSatisfy { $0.line > table.headerLine && $0.line <= lineBreaks + 1 })
        #expect(zip(table.rows, table.rows.dropFirst()).allSatisfy { $0.line < $1.line })
        #expect(table.rows.allSatisfy { row in row.fields.allSatisfy { !$0.utf8.contains(0x0D) } })
    }

    @Test func hostileFilesGiveRowsOrACSVError() {
        let run = FuzzRun(iterations: 2_000, seed: 0x5A68_4A6C_0101)
        var generator = run.generator
        var outcomes = (tables: 0, errors: 0)
        for _ in 0..<run.iterations {
            let bytes = hostileFile(using: &generator)
            let reader = CSVReader(delimiter: [nil, nil, .comma, .semicolon, .tab].randomElement(using: &generator)!)
            do {
                checkShape(try reader.read(bytes), of: bytes)
                outcomes.tables += 1
            } catch {
                outcomes.errors += 1
            }
        }
        #expect(outcomes.tables > 0)
        #expect(outcomes.errors > 0)
    }

    @Test func mutatedValidFilesGiveRowsOrACSVError() throws {
        let run = FuzzRun(iterations: 2_000, seed: 0x5A68_4A6C_0102)
        var generator = run.generator
        let seeds: [[UInt8]] = [
            Array("класс;фамилия;имя;отчество\r\n7А;\"Иванов\";Пётр;\r\n7А;\"Д'Артаньян \"\"Шарль\"\"\";Ян;\r\n".utf8),
            Array("class,subject,date,work,weight,student,mark\n7А,Алгебра,2026-09-02,тест,,Иванов Пётр,5/4\n".utf8),
            try CSVWriter(delimiter: .semicolon, lineEnding: .crlf, encoding: .windows1251, byteOrderMark: false)
                .encode([["класс", "фамилия", "имя"], ["7Б", "Щукина", "Ёлка; \"ель\"\nвторая строка"]]),
        ]
        for _ in 0..<run.iterations {
            let bytes = HostileText.mutated(seeds.randomElement(using: &generator)!, using: &generator, interesting: Self.structure)
            if let table = try? CSVReader().read(bytes) { checkShape(table, of: bytes) }
        }
    }

    @Test func veryLongLinesAndFieldsAreRead() throws {
        let longField = String(repeating: "Щ", count: 2_000_000)
        let wide = try CSVReader().read(Array(("h\n\"" + longField + "\"\n").utf8))
        #expect(wide.rows.first?.fields == [longField])
        let manyFields = String(repeating: ";", count: 200_000)
        let table = try CSVReader().read(Array(("a;b\n" + manyFields + "\n").utf8))
        #expect(table.rows.first?.fields.count == 200_001)
        #expect(throws: CSVError.unterminatedQuote(line: 2)) { try CSVReader().read(Array(("h\n\"" + longField).utf8)) }
    }
}
