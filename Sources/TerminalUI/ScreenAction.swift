/// What the shell should do after a screen handled a key or a tick.
public struct ScreenAction {
    /// A change of the screen stack.
    public enum Navigation {
        case stay
        /// Opens a screen on top; Esc comes back.
        case push(any Screen)
        /// Closes the top screen (ignored on the last one).
        case pop
        /// Puts a screen in place of the top one.
        case replace(any Screen)
        /// Ends the program.
        case quit
    }

    public var navigation: Navigation
    /// A message for the status line.
    public var status: StatusMessage?
    /// True when keys typed ahead and not yet read must be thrown away (after a refused or failed
    /// save, so that they do not land in the wrong cell).
    public var discardsTypeAhead = false

    public init(_ navigation: Navigation, status: StatusMessage? = nil) {
        self.navigation = navigation
        self.status = status
    }

    /// Nothing to do.
    public static var none: ScreenAction { ScreenAction(.stay) }
    /// Close the top screen.
    public static var pop: ScreenAction { ScreenAction(.pop) }
    /// End the program.
    public static var quit: ScreenAction { ScreenAction(.quit) }
    /// Open `screen` on top.
    public static func push(_ screen: some Screen) -> ScreenAction { ScreenAction(.push(screen)) }
    /// Put `screen` in place of the top one.
    public static func replace(_ screen: some Screen) -> ScreenAction { ScreenAction(.replace(screen)) }
    /// Stay and show an information message.
    public static func info(_ message: Message) -> ScreenAction { ScreenAction(.stay, status: StatusMessage(.info, message)) }
    /// Stay and show an error message.
    public static func error(_ message: Message) -> ScreenAction { ScreenAction(.stay, status: StatusMessage(.error, message)) }

    /// The same action, also throwing away the keys typed ahead.
    public var discardingTypeAhead: ScreenAction {
        var action = self
        action.discardsTypeAhead = true
        return action
    }
}
