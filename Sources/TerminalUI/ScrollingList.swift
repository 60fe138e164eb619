/// A list, or a page of text, taller than its area: where it stands (a ``Viewport``), how the
/// scrolling keys move it, and those keys as a key table of its own.
///
/// A screen keeps one, puts its key table into its own (`keyBindings(Command.scroll)`) so that
/// help and the function-key bar list the keys, hands the moves back to `scroll`, and draws the
/// lines `range` or `filledRange` gives (or a whole page with `drawPage`).
///
/// A screen that passes its height on (`fit(visible:)` from its `Screen.fit`) scrolls with
/// `scroll(_:count:)` by pages of that height and stops at the last full page, so that ↑ moves the
/// page from the first press after the end. Until a height is known a page is `pageStep` lines and
/// the last line may come up to the top. `scroll(_:count:visible:)` takes the height directly.
public struct ScrollingList: Hashable, Sendable {
    /// One move of the scrolling keys.
    public enum Move: Hashable, Sendable, CaseIterable {
        case lineUp, lineDown, pageUp, pageDown, top, bottom
    }

    /// Which scrolling keys a list answers.
    public struct Keys: OptionSet, Hashable, Sendable {
        public let rawValue: Int

        public init(rawValue: Int) {
            self.rawValue = rawValue
        }

        /// ↑ and ↓ move a line.
        public static let arrows = Keys(rawValue: 1 << 0)
        /// `k` and `j` move a line too (as in `less`), written in help with the arrows: `↑ k`.
        public static let letters = Keys(rawValue: 1 << 1)
        /// PgUp and PgDn move a page.
        public static let pages = Keys(rawValue: 1 << 2)
        /// Home and End go to the first and the last line.
        public static let ends = Keys(rawValue: 1 << 3)
    }

    /// The keys the list answers.
    public let keys: Keys
    /// How many lines a page key moves when the height is not known.
    public let pageStep: Int
    /// The scroll position.
    public private(set) var viewport = Viewport()
    /// The rows the list is shown in, once `fit(visible:)` said.
    public private(set) var visible: Int?

    /// A list at its top answering `keys`; a page key moves `pageStep` lines where the height is
    /// not known.
    public init(keys: Keys, pageStep: Int = 10) {
        self.keys = keys
        self.pageStep = pageStep
    }

    /// The first line asked for (drawing may start further up, see `filledRange`).
    public var offset: Int { viewport.offset }

    /// The list's key table, one entry a move, in the order ↑ ↓ PgUp PgDn Home End; help says
    /// «Перемещение по списку» for each.
    public var keyBindings: [KeyBinding<Move>] { keyBindings { $0 } }

    /// The list's key table with each move wrapped in a screen's command, for the screen's own
    /// table: `list.keyBindings(Command.scroll)`.
    public func keyBindings<Command>(_ command: (Move) -> Command) -> [KeyBinding<Command>] {
        let table: [(Move, [Key])] = [
            (.lineUp, (keys.contains(.arrows) ? [.up] : []) + (keys.contains(.letters) ? [.char("k")] : [])),
            (.lineDown, (keys.contains(.arrows) ? [.down] : []) + (keys.contains(.letters) ? [.char("j")] : [])),
            (.pageUp, keys.contains(.pages) ? [.pageUp] : []),
            (.pageDown, keys.contains(.pages) ? [.pageDown] : []),
            (.top, keys.contains(.ends) ? [.home] : []),
            (.bottom, keys.contains(.ends) ? [.end] : []),
        ]
        return table.filter { !$0.1.isEmpty }.map { move, keys in
            KeyBinding(.keys(keys), help: .keyMoveList, command: command(move))
        }
    }

    /// Keeps the number of rows the list is shown in, for `scroll(_:count:)`.
    public mutating func fit(visible rows: Int) {
        visible = max(1, rows)
    }

    /// Moves within `count` lines: by pages of the height `fit(visible:)` gave, never below the
    /// last full page; before a height is known a page is `pageStep` lines and the last line may
    /// come to the top. Never above the first line.
    public mutating func scroll(_ move: Move, count: Int) {
        if let visible {
            scroll(move, count: count, visible: visible)
        } else {
            scroll(move, count: count, visible: 1, page: pageStep)
        }
    }

    /// Moves within `count` lines of which `visible` are shown: a page is `visible` lines; never
    /// above the first line nor below the last full page.
    public mutating func scroll(_ move: Move, count: Int, visible: Int) {
        scroll(move, count: count, visible: visible, page: max(1, visible))
    }

    private mutating func scroll(_ move: Move, count: Int, visible: Int, page: Int) {
        let target = switch move {
        case .lineUp: offset - 1
        case .lineDown: offset + 1
        case .pageUp: offset - page
        case .pageDown: offset + page
        case .top: 0
        case .bottom: count
        }
        viewport.scroll(to: target, visible: visible, count: count)
    }

    /// The lines to draw in `visible` rows: from `offset`, leaving the rows below the last line
    /// empty (a list under a heading).
    public func range(visible: Int, count: Int) -> Range<Int> {
        viewport.range(visible: visible, count: count)
    }

    /// The lines to draw in `visible` rows with no empty row below the last line: from `offset`,
    /// or from further up near the end (a page of text).
    public func filledRange(visible: Int, count: Int) -> Range<Int> {
        viewport.filledRange(visible: visible, count: count)
    }

    /// Draws `lines`, a page of text, into `buffer` a line a row from the top, one column in from
    /// either side and with control characters made visible (`filledRange` of the buffer's height);
    /// `style` gives a line's style from its index in `lines` and its text.
    public func drawPage<Line: StringProtocol>(_ lines: [Line], into buffer: inout CellBuffer,
                                               style: (_ index: Int, _ line: Line) -> Style) {
        for (row, index) in filledRange(visible: buffer.height, count: lines.count).enumerated() {
            buffer.put(String(lines[index]).sanitized, x: 1, y: row, style: style(index, lines[index]),
                       maxWidth: buffer.width - 2)
        }
    }
}
