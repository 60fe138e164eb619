import TerminalUI
import ZhurnalCore

/// A term named the way the school's calendar names it: «2 четверть», «1 полугодие»; in English
/// "quarter 2", "half-year 1".
public struct TermName: Hashable, Sendable {
    public var number: Int
    public var kind: TermKind

    public init(_ number: Int, kind: TermKind) {
        self.number = number
        self.kind = kind
    }

    /// The name in a language.
    public func text(_ language: Language) -> String {
        switch (kind, language) {
        case (.quarter, .ru): return "\(number) четверть"
        case (.trimester, .ru): return "\(number) триместр"
        case (.halfYear, .ru): return "\(number) полугодие"
        case (.period, .ru): return "\(number) период"
        case (.quarter, .en): return "quarter \(number)"
        case (.trimester, .en): return "trimester \(number)"
        case (.halfYear, .en): return "half-year \(number)"
        case (.period, .en): return "term \(number)"
        }
    }
}
