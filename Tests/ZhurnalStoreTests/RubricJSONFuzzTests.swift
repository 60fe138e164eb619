import Foundation
import HostileSupport
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// Seeded fuzzing of the rubric JSON decoder (docs/hostile-input.md): mutated valid documents
/// decode to a sound rubric whose marks can be computed, or are refused with a reason.
@Suite struct RubricJSONFuzzTests {
    private static let valid = """
        {"name": "ОГЭ математика", "basis": "points",
         "criteria": [{"code": "1-14", "description": "часть 1", "max": 14, "group": "алгебра"},
                      {"code": "15-19", "max": 5, "group": "геометрия", "outcome": "П1"}],
         "scale": [{"mark": 2, "min": 0}, {"mark": 3, "min": 8, "groups": {"геометрия": 2}},
                   {"mark": 5, "min": 17}],
         "columns": [{"class": "9А", "subject": "Математика", "date": "2027-02-12", "work": "контрольная работа"}],
         "outcomes": [{"code": "П1", "name": "Геометрия", "type": "subject"}]}
        """

    /// Values a mutation puts in place of a number or string: extremes, wrong types, hostile text.
    private static let replacements = [
        "9223372036854775807", "-9223372036854775808", "99999999999999999999", "1e308", "-0", "0", "-1", "1.5",
        "null", "true", "[]", "{}", "\"\"", "\"percent\"", "\"\\u0000\"", "\"\\ud800\"", "\"\u{202E}5\"",
    ]

    /// The valid document with numbers and strings swapped for hostile values, or its bytes mutated.
    private func mutated(using generator: inout SeededGenerator) -> [UInt8] {
        guard Bool.random(using: &generator) else {
            return HostileText.mutated(Array(Self.valid.utf8), using: &generator, interesting: Array("{}[]\":,0-9".utf8))
        }
        var text = Self.valid
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let tokens = text.matches(of: /-?[0-9]+|"[^"]*"/).map(\.range)
            guard let range = tokens.randomElement(using: &generator) else { break }
            let replacement = Bool.random(using: &generator)
                ? Self.replacements.randomElement(using: &generator)!
                : "\"" + HostileText.string(using: &generator, maxPieces: 3).replacingOccurrences(of: "\"", with: "") + "\""
            text.replaceSubrange(range, with: replacement)
        }
        return Array(text.utf8)
    }

    @Test func mutatedDocumentsDecodeToASoundRubricOrARefusal() {
        let run = FuzzRun(iterations: 2_000, seed: 0x5A68_4A6C_0201)
        var generator = run.generator
        var outcomes = (rubrics: 0, refusals: 0)
        for _ in 0..<run.iterations {
            let bytes = mutated(using: &generator)
            do {
                let rubric = try RubricJSON.decode(bytes)
                outcomes.rubrics += 1
                #expect(rubric.problem == nil)
                let full = Dictionary(uniqueKeysWithValues: rubric.criteria.map { ($0.code, $0.maxPoints) })
                let half = full.mapValues { $0 / 2 }
                for points in [full, half] {
                    if let mark = rubric.mark(for: points) { #expect((1...5).contains(mark)) }
                }
                // Encoding sorts the steps by mark; everything else comes back as it was.
                var sorted = rubric
                sorted.scale.steps.sort { $0.mark < $1.mark }
                let encoded = RubricJSON.encode(rubric)
                #expect(try RubricJSON.decode(Array(encoded.utf8)) == sorted, "\(String(decoding: bytes, as: UTF8.self)) → \(encoded)")
                _ = RubricJSON.columns(bytes)
                _ = try? RubricJSON.outcomes(bytes)
            } catch {
                outcomes.refusals += 1
            }
        }
        #expect(outcomes.rubrics > 0)
        #expect(outcomes.refusals > 0)
    }

    /// Found by this fuzzer: two criteria of `Int.max` points overflowed the total and trapped.
    @Test func hugeMaximaAreRefusedNotOverflowed() {
        let huge = Self.valid.replacingOccurrences(of: "\"max\": 14", with: "\"max\": 9223372036854775807")
            .replacingOccurrences(of: "\"max\": 5", with: "\"max\": 9223372036854775807")
        #expect(throws: RubricImportError.invalid(.badMaximum("1-14"))) { try RubricJSON.decode(Array(huge.utf8)) }
        let limit = Self.valid.replacingOccurrences(of: "\"max\": 14", with: "\"max\": 1000")
        #expect((try? RubricJSON.decode(Array(limit.utf8)))?.maximum == 1_005)
    }
}
