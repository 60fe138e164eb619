/// Why a terminal session ended without the user quitting.
public enum SessionEnded: Error, Equatable, Sendable {
    /// The terminal went away: end of input, or reads failing at once again and again.
    case terminalLost
    /// SIGTERM, SIGHUP or SIGINT arrived; a program exits with 128 + the number.
    case signal(Int32)
}
