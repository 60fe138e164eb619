import Testing
import ZhurnalCore
import ZhurnalStore

/// `CellEntries` behaves as a dictionary of `CellKey` to `Entry` under any mix of writes.
@Suite struct CellEntriesTests {
    /// A small deterministic generator (SplitMix64).
    private struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test(arguments: [1, 2, 3, 4])
    func randomWritesAndRemovalsMatchADictionary(seed: UInt64) {
        var random = Random(state: seed)
        var table = CellEntries()
        var reference: [CellKey: Entry] = [:]
        let values: [Entry] = [.mark(5), .mark(2), .double(5, 4), .absence(.absent), .exempt, .owed]
        for step in 0..<20_000 {
            // Few columns and students, so cells collide, are removed and come back.
            let key = CellKey(columnID: random.next(40) + (seed == 4 ? 1 << 40 : 0), studentID: random.next(30) - 3)
            if random.next(3) == 0 {
                table[key] = nil
                reference[key] = nil
            } else {
                let value = values[random.next(values.count)]
                table[key] = value
                reference[key] = value
            }
            if step % 997 == 0 {
                #expect(table.count == reference.count)
                #expect(reference.allSatisfy { table[$0.key] == $0.value })
            }
        }
        #expect(table.count == reference.count && table.isEmpty == reference.isEmpty)
        #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == reference)
        for column in -2..<45 {
            for student in -5..<30 {
                let key = CellKey(columnID: column + (seed == 4 ? 1 << 40 : 0), studentID: student)
                #expect(table[key] == reference[key])
            }
        }
    }

    @Test func equalTablesDoNotDependOnTheOrderOfWriting() {
        let cells = (1...500).map { (CellKey(columnID: $0 % 37, studentID: $0), Entry.mark(2 + $0 % 4)) }
        let forward = CellEntries(cells), backward = CellEntries(cells.reversed())
        #expect(forward == backward)
        var changed = backward
        changed[CellKey(columnID: 1, studentID: 1)] = .exempt
        #expect(changed != forward)
        changed[CellKey(columnID: 1, studentID: 1)] = .exempt
        #expect(changed.count == 500)
        #expect(forward[CellKey(columnID: 1, studentID: 1)] == .mark(3))
        #expect(forward[CellKey(columnID: 1, studentID: 2)] == nil)
    }

    @Test func mergeKeepsWhatTheCombinerChooses() {
        var table: CellEntries = [CellKey(columnID: 1, studentID: 1): .mark(5), CellKey(columnID: 1, studentID: 2): .mark(4)]
        let other: CellEntries = [CellKey(columnID: 1, studentID: 2): .mark(2), CellKey(columnID: 2, studentID: 1): .exempt]
        table.merge(other) { first, _ in first }
        #expect(table == [CellKey(columnID: 1, studentID: 1): .mark(5), CellKey(columnID: 1, studentID: 2): .mark(4),
                          CellKey(columnID: 2, studentID: 1): .exempt])
        table.merge(other) { _, second in second }
        #expect(table[CellKey(columnID: 1, studentID: 2)] == .mark(2))
        #expect(CellEntries().isEmpty && CellEntries().count == 0)
    }
}
