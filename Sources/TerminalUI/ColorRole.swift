/// A semantic colour: what a cell means, not which colour it has. The terminal backend maps each
/// role to colours, or to attributes on a monochrome terminal.
public enum ColorRole: UInt8, CaseIterable, Hashable, Sendable {
    case normal
    case header
    /// The cell the cursor is on.
    case cursor
    case selected
    case mark5
    case mark4
    case mark3
    case mark2
    case muted
    case info
    case warning
    case error
    case statusBar
    case keyHint
    case keyLabel
    case border
    case overlay
}
