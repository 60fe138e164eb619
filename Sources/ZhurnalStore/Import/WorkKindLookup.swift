import ZhurnalCore

/// Finds kinds of work by the names a file gives, remembering each distinct name: a marks file
/// repeats a handful of names over many rows, and `kind(named:)` folds case and `ё` each time.
public struct WorkKindLookup {
    private let kinds: [WorkKind]
    private var known: [String: WorkKind?] = [:]

    public init(_ kinds: [WorkKind]) {
        self.kinds = kinds
    }

    /// The kind a name means, as `[WorkKind].kind(named:)`.
    public mutating func kind(named name: String) -> WorkKind? {
        if let found = known[name] { return found }
        let found = kinds.kind(named: name)
        known[name] = found
        return found
    }
}
