import ZhurnalCore

/// The entries of filled cells by `CellKey`: a hash table with open addressing and a
/// multiplicative hash of the two ids. Reports look up millions of cells; `Dictionary`'s seeded
/// hashing and probing were about a sixth of a school report's time. Reads and writes like a
/// dictionary of `CellKey` to `Entry` (a nil value removes the cell).
public struct CellEntries: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral, CustomDebugStringConvertible {
    /// Slots, a power of two of them; a nil entry is an empty slot.
    private var keys: [CellKey]
    private var entries: [Entry?]
    /// 64 minus log2 of the slot count: the hash's top bits pick the slot.
    private var shift: Int
    public private(set) var count: Int

    /// An empty table with room for `capacity` cells before it grows.
    public init(minimumCapacity capacity: Int = 0) {
        var slots = 8
        while slots < capacity * 2 { slots *= 2 }
        keys = Array(repeating: CellKey(columnID: 0, studentID: 0), count: slots)
        entries = Array(repeating: nil, count: slots)
        shift = 64 - slots.trailingZeroBitCount
        count = 0
    }

    public init(dictionaryLiteral elements: (CellKey, Entry)...) {
        self.init(elements)
    }

    /// The cells of a sequence; a key given twice keeps its last entry.
    public init<S: Sequence>(_ cells: S) where S.Element == (CellKey, Entry) {
        self.init(minimumCapacity: cells.underestimatedCount)
        for (key, entry) in cells { self[key] = entry }
    }

    public var isEmpty: Bool { count == 0 }

    public subscript(key: CellKey) -> Entry? {
        get {
            let (slot, found) = find(key)
            return found ? entries[slot] : nil
        }
        set {
            let (slot, found) = find(key)
            if let newValue {
                entries[slot] = newValue
                guard !found else { return }
                keys[slot] = key
                count += 1
                if count * 2 > keys.count { grow() }
            } else if found {
                remove(at: slot)
            }
        }
    }

    /// Adds the cells of `other`; `combine` picks the entry of a cell both hold (the first
    /// argument is this table's).
    public mutating func merge(_ other: CellEntries, uniquingKeysWith combine: (Entry, Entry) -> Entry) {
        for (key, entry) in other {
            self[key] = self[key].map { combine($0, entry) } ?? entry
        }
    }

    /// The cells in slot order (no order to rely on), as `(key, value)` like a dictionary's.
    public struct Iterator: IteratorProtocol {
        fileprivate let keys: [CellKey]
        fileprivate let entries: [Entry?]
        fileprivate var slot = 0

        public mutating func next() -> (key: CellKey, value: Entry)? {
            while slot < entries.count {
                defer { slot += 1 }
                if let entry = entries[slot] { return (keys[slot], entry) }
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(keys: keys, entries: entries)
    }

    public var underestimatedCount: Int { count }

    /// The cells by column, then student: `[3:7 5, 3:8 н]`.
    public var debugDescription: String {
        "[" + sorted { ($0.key.columnID, $0.key.studentID) < ($1.key.columnID, $1.key.studentID) }
            .map { "\($0.key.columnID):\($0.key.studentID) \($0.value)" }.joined(separator: ", ") + "]"
    }

    public static func == (a: CellEntries, b: CellEntries) -> Bool {
        a.count == b.count && a.allSatisfy { b[$0.key] == $0.value }
    }

    private static func slot(of key: CellKey, shift: Int) -> Int {
        let hash = (UInt64(bitPattern: Int64(key.columnID)) &* 0x9E37_79B9_7F4A_7C15)
            ^ (UInt64(bitPattern: Int64(key.studentID)) &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9) >> UInt64(shift))
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func find(_ key: CellKey) -> (slot: Int, found: Bool) {
        var slot = Self.slot(of: key, shift: shift)
        let mask = keys.count - 1
        while entries[slot] != nil {
            if keys[slot] == key { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    private mutating func grow() {
        var bigger = CellEntries(minimumCapacity: keys.count)
        for (key, entry) in self { bigger[key] = entry }
        self = bigger
    }

    /// Empties a slot and moves back the cells after it that probing would no longer reach.
    private mutating func remove(at removed: Int) {
        let mask = keys.count - 1
        var hole = removed
        var slot = (removed + 1) & mask
        while entries[slot] != nil {
            let home = Self.slot(of: keys[slot], shift: shift)
            // The cell may fill the hole when its home is not cyclically within (hole, slot].
            if (slot - home) & mask >= (slot - hole) & mask {
                keys[hole] = keys[slot]
                entries[hole] = entries[slot]
                hole = slot
            }
            slot = (slot + 1) & mask
        }
        entries[hole] = nil
        count -= 1
    }
}
