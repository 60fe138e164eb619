extension Journal {
    /// How many times `snapshot(across:_:)` begins its readers when the file keeps changing
    /// while they begin.
    static let sharedSnapshotAttempts = 5

    /// Runs `body` while each of `readers` (other connections to this journal's file) holds a
    /// read transaction, all of them seeing one state of the file, so that work split between
    /// them (a school's classes on every core) adds up as if one connection read it all. This
    /// connection, outside any transaction, checks with `PRAGMA data_version` that no change
    /// was committed while the readers began, and they begin again when one was.
    ///
    /// - Returns: nil when the file kept changing for `sharedSnapshotAttempts` tries (a caller
    ///   then reads on one connection).
    public func snapshot<T>(across readers: [Journal], _ body: () throws -> T) throws -> T? {
        try snapshot(across: readers, whileBeginning: {}, body)
    }

    /// `snapshot(across:_:)` running `whileBeginning` after the readers began and before the
    /// check (tests commit a change there).
    func snapshot<T>(across readers: [Journal], whileBeginning: () throws -> Void, _ body: () throws -> T) throws -> T? {
        guard !connection.isInTransaction, readers.allSatisfy({ !$0.connection.isInTransaction }) else {
            preconditionFailure("snapshot(across:) inside a transaction")
        }
        let end = { for reader in readers where reader.connection.isInTransaction { try? reader.connection.execute("ROLLBACK") } }
        for _ in 0..<Self.sharedSnapshotAttempts {
            do {
                let before = try dataVersion()
                for reader in readers { try reader.beginReading() }
                try whileBeginning()
                guard try dataVersion() == before else {
                    end()
                    continue
                }
                let result = try body()
                for reader in readers { try withStoreErrors { try reader.connection.execute("COMMIT") } }
                return result
            } catch {
                end()
                throw error
            }
        }
        return nil
    }

    /// Begins a read transaction and takes its snapshot of the file at once.
    private func beginReading() throws {
        try withStoreErrors {
            try connection.execute("BEGIN")
            _ = try connection.scalarInt("SELECT count(*) FROM sqlite_schema")
        }
    }
}
