import Foundation

/// Why a student has no mark in a lesson: absent, ill, excused or late.
public enum Absence: String, CaseIterable, Sendable {
    case absent = "н"
    case ill = "б"
    case excused = "у"
    case late = "оп"
}

/// One journal cell's content for one student in one lesson column (docs/rules.md §1).
public enum Entry: Hashable, Sendable, CustomStringConvertible {
    /// A mark 1…5.
    case mark(Int)
    /// Two marks for one lesson, e.g. content/literacy; both count with the column's weight.
    case double(Int, Int)
    /// н, б, у, оп.
    case absence(Absence)
    /// зч.
    case passed
    /// нз.
    case failed
    /// • — work owed.
    case owed
    /// осв — exempt from this work.
    case exempt

    /// The marks this entry contributes to the average (each with the column's weight).
    public var numericMarks: [Int] {
        switch self {
        case .mark(let m): return [m]
        case .double(let a, let b): return [a, b]
        default: return []
        }
    }

    /// Canonical text: what is stored and shown (`5`, `5/4`, `н`, `зч`, `•`, `осв`).
    public var description: String {
        switch self {
        case .mark(let m): return String(m)
        case .double(let a, let b): return "\(a)/\(b)"
        case .absence(let a): return a.rawValue
        case .passed: return "зч"
        case .failed: return "нз"
        case .owed: return "•"
        case .exempt: return "осв"
        }
    }

    /// Parses forgiving input: Latin `n` → `н`, `.` → `•`, `5-4` → `5/4`, case and spaces ignored.
    public static func parse(_ input: String) -> Result<Entry, EntryError> {
        let t = input.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .replacingOccurrences(of: " ", with: "")
        if t.isEmpty { return .failure(.empty) }
        if let m = singleMark(t) { return .success(.mark(m)) }
        for separator in ["/", "-", "\\"] where t.contains(separator) {
            let parts = t.components(separatedBy: separator)
            if parts.count == 2, let a = singleMark(parts[0]), let b = singleMark(parts[1]) {
                return .success(.double(a, b))
            }
        }
        switch t {
        case "н", "n": return .success(.absence(.absent))
        case "б", "b": return .success(.absence(.ill))
        case "у", "u", "y": return .success(.absence(.excused))
        case "оп", "op": return .success(.absence(.late))
        case "зч", "zch", "зачёт", "зачет": return .success(.passed)
        case "нз", "nz", "незачёт", "незачет": return .success(.failed)
        case "•", ".", "·", "точка": return .success(.owed)
        case "осв", "osv": return .success(.exempt)
        default: return .failure(.notAnEntry(input))
        }
    }

    private static func singleMark(_ t: String) -> Int? {
        guard t.count == 1, let v = Int(t), (1...5).contains(v) else { return nil }
        return v
    }
}

/// Why input is not a journal entry.
public enum EntryError: Error, Equatable, Sendable {
    case empty
    case notAnEntry(String)

    /// The entries that are allowed, for messages.
    public static let allowed = "1–5, 5/4, н б у оп, зч нз, • (.), осв"
}
