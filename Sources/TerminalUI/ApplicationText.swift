/// A catalogue of texts of an application built on the toolkit: every value is told whole in
/// each ``Language``.
public protocol LocalizedText: Hashable, Sendable {
    /// The text in `language`.
    func text(_ language: Language) -> String
}

/// Any application's ``LocalizedText``, so that toolkit types (titles, key help, status lines)
/// can carry it; equal when the wrapped texts are of one type and equal.
public struct ApplicationText: Hashable, Sendable {
    private let base: any LocalizedText

    public init(_ base: some LocalizedText) {
        self.base = base
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        base.text(language)
    }

    public static func == (lhs: ApplicationText, rhs: ApplicationText) -> Bool {
        lhs.base.isEqual(to: rhs.base)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(type(of: base)))
        base.hash(into: &hasher)
    }
}

extension LocalizedText {
    fileprivate func isEqual(to other: any LocalizedText) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }
}
