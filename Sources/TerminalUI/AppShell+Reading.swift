extension AppShell {
    /// Types `keys` (see `Key.typing`): how a test drives the shell without a terminal.
    public mutating func type(_ keys: String) {
        for key in Key.typing(keys) { handle(key) }
    }

    /// The shell after typing `keys`.
    public func after(_ keys: String) -> AppShell {
        var shell = self
        shell.type(keys)
        return shell
    }

    /// Every row of the frame, full width: what a test reads instead of a terminal.
    public var frame: [String] { render().lines() }

    /// The frame's rows without trailing spaces.
    public var screenLines: [String] { render().trimmedLines() }
}
