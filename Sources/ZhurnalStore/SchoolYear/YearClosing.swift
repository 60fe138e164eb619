/// What closing a school year did (`Journal.closeYear`).
public struct YearClosing: Hashable, Sendable {
    /// The calendar year the closed school year started in: 2026 for 2026/27.
    public let year: Int
    /// The file that keeps the closed year as it was.
    public let copyPath: String
    /// Classes moved up a grade.
    public let classesMoved: Int
    /// Students of the 9th and 11th grades archived.
    public let graduates: Int
    /// Students who had left during the year, archived.
    public let leavers: Int
    /// Students who stay in their grade.
    public let repeaters: Int

    /// «2026/27».
    public var yearName: String { Self.name(ofYear: year) }

    /// «2026/27» for 2026.
    public static func name(ofYear year: Int) -> String {
        let next = (year + 1) % 100
        return "\(year)/\(next < 10 ? "0" : "")\(next)"
    }
}
