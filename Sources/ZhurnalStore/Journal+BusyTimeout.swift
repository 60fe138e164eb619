extension Journal {
    /// Runs `body` with the connection waiting at most `timeout` for another connection's write
    /// lock (then failing with `StoreError.busy`), e.g. so that a screen can say it is waiting and
    /// try again; the usual 5 s come back afterwards.
    public func withBusyTimeout<T>(_ timeout: Duration, _ body: () throws -> T) rethrows -> T {
        try connection.withBusyTimeout(timeout, body)
    }
}
