import ZhurnalCore

/// The characters of the dynamics chart: Unicode blocks and symbols, or plain ASCII.
public struct ChartGlyphs: Hashable, Sendable {
    /// A gridline at a term-mark threshold.
    public let grid: Character
    /// A term boundary.
    public let boundary: Character
    /// The class's running average.
    public let classLine: Character
    /// The student's running average in the upper and the lower half of a cell.
    public let upperHalf: Character
    public let lowerHalf: Character
    /// A mark of weight below 2, below 3, and 3 or more.
    public let light: Character
    public let medium: Character
    public let heavy: Character
    /// A month tick on the x axis.
    public let tick: Character

    /// `┄ ┆ · ▀ ▄ • ● ◆ ┬`
    public static let unicode = ChartGlyphs(grid: "┄", boundary: "┆", classLine: "·", upperHalf: "▀", lowerHalf: "▄",
                                            light: "•", medium: "●", heavy: "◆", tick: "┬")
    /// `. | ~ = = o O # +`
    public static let ascii = ChartGlyphs(grid: ".", boundary: "|", classLine: "~", upperHalf: "=", lowerHalf: "=",
                                          light: "o", medium: "O", heavy: "#", tick: "+")

    /// The symbol of a mark with a weight.
    public func mark(weight: Weight) -> Character {
        weight >= Weight(3) ? heavy : (weight >= Weight(2) ? medium : light)
    }
}
