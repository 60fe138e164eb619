extension AppShell {
    /// The shell after typing `keys` (see `Key.typing`): how a test drives it without a terminal.
    public func after(_ keys: String) -> AppShell {
        var shell = self
        for key in Key.typing(keys) { shell.handle(key) }
        return shell
    }

    /// The frame's rows without trailing spaces: what a test reads instead of a terminal.
    public var screenLines: [String] { render().trimmedLines() }
}
