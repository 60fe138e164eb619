/// A full-screen view: state, a key table, and drawing into a cell buffer (like a bubbletea model).
///
/// Screens are values. Keys reach a screen only through `keyBindings`: the `AppShell` looks the key
/// up and calls `perform` with the bound command, and builds help and the function-key bar from
/// the same table, so help cannot drift from the handling. A screen draws into a buffer of the
/// area between the title line and the status line (`AppShell.screenArea(in:)`).
public protocol Screen {
    /// What the screen's keys ask it to do, usually an enum.
    associatedtype Command

    /// The screen's name, shown on the title line and in its help.
    var title: Message { get }

    /// The smallest terminal, title, status and function-key lines included, the screen can be used in;
    /// below it the shell shows what size is needed instead.
    var minimumSize: Size { get }

    /// The screen's keys, in the order help lists them. May depend on the state (e.g. editing).
    var keyBindings: [KeyBinding<Command>] { get }

    /// Does what `command` asks; `key` is the key that fired it (the character for text entry).
    mutating func perform(_ command: Command, key: Key) -> ScreenAction

    /// Draws the screen into `buffer`, which is blank and exactly the screen's area.
    func draw(into buffer: inout CellBuffer, context: DrawContext)

    /// Told the size of the screen's area before each key reaches it (so a resize counts from the
    /// next key on); a screen whose keys depend on its height, such as paging through a page of
    /// text, keeps it. Ignored by default.
    mutating func fit(_ area: Size)

    /// Called periodically while the screen is on top (e.g. to notice changes by other processes).
    mutating func tick() -> ScreenAction

    /// Called when the user asks to quit (F10, `q`, Ctrl-C): saves what the screen holds unsaved
    /// (e.g. a mark typed into a cell). Nil lets the program end; an action (a refusal, a question)
    /// keeps it running.
    mutating func willQuit() -> ScreenAction?
}

extension Screen {
    public var minimumSize: Size { Size(width: 40, height: 10) }

    public mutating func tick() -> ScreenAction { .none }

    public mutating func fit(_ area: Size) {}

    public mutating func willQuit() -> ScreenAction? { nil }

    /// Performs the first binding that `key` fires; nil when none does.
    public mutating func handle(_ key: Key) -> ScreenAction? {
        guard let binding = keyBindings.first(where: { $0.trigger.matches(key) }) else { return nil }
        return perform(binding.command, key: key)
    }

    /// True when a binding of the screen answers `key`.
    public func binds(_ key: Key) -> Bool {
        keyBindings.contains { $0.trigger.matches(key) }
    }

    /// The key table as help shows it.
    public var keyHelp: [KeyHelp] { keyBindings.map(\.keyHelp) }
}
