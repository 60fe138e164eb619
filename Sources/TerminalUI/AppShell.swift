/// Runs a stack of screens: routes keys to the top screen, handles the shell's own keys (F1 or `?`
/// help, Esc back, F10 or `q` or Ctrl-C quit) where the screen does not bind them, keeps the status
/// line, and draws the screen between a title line and the status line and function-key bar.
///
/// Key order: the top screen's bindings first, then the shell's. The next key after a status
/// message clears it. While the terminal is smaller than the top screen's `minimumSize`, the shell
/// shows the size needed and answers only its own keys.
public struct AppShell {
    /// The screens, the root first and the visible one last.
    public private(set) var screens: [any Screen]
    /// The terminal size, updated by `.resize` keys.
    public private(set) var size: Size
    /// Language and line characters for drawing.
    public var context: DrawContext
    /// The status line's message, if any.
    public private(set) var status: StatusMessage?
    /// True once the user asked to quit.
    public private(set) var isFinished = false
    /// The help overlay, while it is open.
    private(set) var help: HelpOverlay?
    /// Set when a screen asked to throw away the keys typed ahead; the terminal does and clears it.
    public private(set) var discardTypeAhead = false

    /// A shell showing `root` in a terminal of `size`.
    public init(root: some Screen, size: Size, context: DrawContext) {
        screens = [root]
        self.size = size
        self.context = context
    }

    /// How many screens are open.
    public var depth: Int { screens.count }

    /// The visible screen.
    public var top: any Screen { screens[screens.count - 1] }

    /// True while the help overlay is shown.
    public var isShowingHelp: Bool { help != nil }

    /// The size the top screen needs, at least room for one row between the title line above and
    /// the status line and the function-key bar below.
    public var requiredSize: Size {
        let needed = top.minimumSize
        return Size(width: max(needed.width, 1), height: max(needed.height, 4))
    }

    /// Where the top screen draws in a terminal of `size`: below the title line, above the status
    /// line and the function-key bar.
    public static func screenArea(in size: Size) -> Rect {
        Rect(x: 0, y: 1, width: max(0, size.width), height: max(0, size.height - 3))
    }

    /// Handles one key.
    public mutating func handle(_ key: Key) {
        if case .resize(let width, let height) = key {
            size = Size(width: width, height: height)
            return
        }
        status = nil
        if let overlay = help {
            help = overlay.handling(key, entryCount: helpEntries.count, area: Self.screenArea(in: size))
            return
        }
        let fits = size.contains(requiredSize)
        if fits {
            let area = Self.screenArea(in: size)
            screens[screens.count - 1].fit(Size(width: area.width, height: area.height))
        }
        if fits, let action = screens[screens.count - 1].handle(key) {
            apply(action)
            return
        }
        guard let binding = ShellCommand.bindings.first(where: { $0.trigger.matches(key) }) else { return }
        switch binding.command {
        case .help where fits: help = HelpOverlay()
        case .help: break
        case .back where screens.count > 1:
            screens.removeLast()
            revealed()
        case .back: status = StatusMessage(.info, .escapeAtRoot)
        case .quit: quit()
        }
    }

    /// Ends the program once every open screen, the top first, has saved what it holds; a screen
    /// that cannot keeps the program running with its message.
    private mutating func quit() {
        for index in screens.indices.reversed() {
            if let refusal = screens[index].willQuit() {
                apply(refusal)
                return
            }
        }
        isFinished = true
    }

    /// True once if a screen asked to throw away the keys typed ahead since the last call.
    public mutating func takeTypeAheadDiscard() -> Bool {
        defer { discardTypeAhead = false }
        return discardTypeAhead
    }

    /// Lets the top screen do its periodic work.
    public mutating func tick() {
        apply(screens[screens.count - 1].tick())
    }

    /// Lets a screen shown again after the one above it closed catch up at once (e.g. read the
    /// journal again), before the next frame is drawn.
    private mutating func revealed() {
        if let message = screens[screens.count - 1].tick().status { status = message }
    }

    /// Shows `message` on the status line until the next key.
    public mutating func post(_ message: StatusMessage) {
        status = message
    }

    /// Every key of the top screen and then the shell's keys it leaves free, as help lists them.
    public var helpEntries: [KeyHelp] {
        var entries = top.keyHelp
        for binding in ShellCommand.bindings {
            if case .back = binding.command, screens.count == 1 { continue }
            guard case .keys(let keys) = binding.trigger else { continue }
            let free = keys.filter { !top.binds($0) }
            guard !free.isEmpty else { continue }
            entries.append(KeyBinding(.keys(free), help: binding.help, bar: binding.barLabel,
                                      command: binding.command).keyHelp)
        }
        return entries
    }

    private mutating func apply(_ action: ScreenAction) {
        switch action.navigation {
        case .stay: break
        case .push(let screen): screens.append(screen)
        case .pop where screens.count > 1:
            screens.removeLast()
            revealed()
        case .pop: break
        case .replace(let screen): screens[screens.count - 1] = screen
        case .quit: quit()
        }
        if let message = action.status { status = message }
        if action.discardsTypeAhead { discardTypeAhead = true }
    }
}
