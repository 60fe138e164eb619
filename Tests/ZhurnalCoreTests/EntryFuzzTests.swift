import HostileSupport
import Testing
@testable import ZhurnalCore

/// Seeded fuzzing of the text parsers teachers and files feed (docs/hostile-input.md): any string
/// gives a canonical value that round-trips or a refusal, never a crash or a hang.
@Suite struct EntryFuzzTests {
    /// Every entry there is, by its canonical text.
    private static let canonical: Set<String> = {
        var all: [Entry] = (1...5).map { .mark($0) } + Absence.allCases.map { .absence($0) } + [.passed, .failed, .owed, .exempt]
        for a in 1...5 { for b in 1...5 { all.append(.double(a, b)) } }
        return Set(all.map(\.description))
    }()

    @Test func randomTextIsAnEntryThatRoundTripsOrARefusalNamingWhatIsAllowed() {
        let run = FuzzRun(iterations: 5_000, seed: 0x5A68_4A6C_0001)
        var generator = run.generator
        var outcomes = (entries: 0, refusals: 0)
        for _ in 0..<run.iterations {
            let input = HostileText.string(using: &generator)
            switch Entry.parse(input) {
            case .success(let entry):
                outcomes.entries += 1
                #expect(Self.canonical.contains(entry.description), "\(input.debugDescription) → \(entry)")
                #expect(Entry.parse(entry.description) == .success(entry))
                #expect(entry.numericMarks.allSatisfy { (1...5).contains($0) })
            case .failure(.empty):
                outcomes.refusals += 1
                #expect(input.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.properties.generalCategory == .format },
                        "\(input.debugDescription) refused as empty")
            case .failure(.notAnEntry(let echoed)):
                outcomes.refusals += 1
                #expect(echoed == input)
            }
        }
        #expect(outcomes.entries > 0)
        #expect(outcomes.refusals > 0)
        #expect(EntryError.allowed.contains("1–5") && EntryError.allowed.contains("осв"))
    }

    @Test func randomTextNeverBreaksTermMarksWeightsOrDates() {
        let run = FuzzRun(iterations: 3_000, seed: 0x5A68_4A6C_0002)
        var generator = run.generator
        let digits = ["0", "1", "2", "9", "12", "31", "2026", "99999999999999999999", ".", ",", "-", "+", " "]
        for _ in 0..<run.iterations {
            let input = Bool.random(using: &generator)
                ? HostileText.string(using: &generator)
                : (0..<Int.random(in: 0...6, using: &generator)).map { _ in digits.randomElement(using: &generator)! }.joined()
            if let mark = TermMark.parse(input) { #expect(TermMark.parse(mark.description) == mark) }
            if let weight = Weight(parsing: input) {
                #expect(weight.hundredths >= 0 && weight.hundredths < 100_000)
                #expect(Weight(parsing: weight.description) == weight)
            }
            if let date = LocalDate(parsing: input) { #expect(LocalDate(parsing: date.description) == date) }
            if let scale = PointsScale(parsing: input) { #expect((2...5).contains(scale.mark(for: Int.max))) }
        }
    }
}
