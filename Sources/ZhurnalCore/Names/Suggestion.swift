/// «Did you mean»: the known name nearest to a mistyped one.
public enum Suggestion {
    /// The candidate nearest to `typed` by edit distance after `fold` (by default `NameFold.key`),
    /// when it is within a third of the typed length (at least one edit, at most three) and no
    /// other candidate is as near; a candidate that the typed text begins (a unique prefix of at
    /// least three letters) also counts. Nil when none is near enough or the text is already known.
    public static func nearest(to typed: String, among candidates: [String],
                               fold: (String) -> String = NameFold.key) -> String? {
        let wanted = Array(fold(typed))
        guard !wanted.isEmpty else { return nil }
        let limit = min(3, max(1, wanted.count / 3))
        var best: (name: String, distance: Int)?
        var tied = false
        var prefixed: [String] = []
        for candidate in Set(candidates).sorted() {
            let folded = Array(fold(candidate))
            if folded == wanted { return nil }
            if wanted.count >= 3, folded.starts(with: wanted) { prefixed.append(candidate) }
            let distance = editDistance(wanted, folded)
            guard distance <= limit else { continue }
            if let current = best, current.distance == distance {
                tied = true
            } else if best == nil || distance < best!.distance {
                best = (candidate, distance)
                tied = false
            }
        }
        if let best, !tied { return best.name }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// The Levenshtein distance: insertions, deletions and substitutions of characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
