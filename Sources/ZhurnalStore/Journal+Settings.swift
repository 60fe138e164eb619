import Foundation

extension Journal {
    /// The stored value of setting `name`, nil when unset.
    public func setting(named name: String) throws -> Data? {
        try read {
            let statement = try connection.cachedStatement("SELECT value FROM settings WHERE key = ?")
            try statement.bind(name, at: 1)
            return try statement.first { $0.data("value") }
        }
    }

    /// Stores `value` as setting `name`; nil removes it.
    public func setSetting(_ value: Data?, named name: String) throws {
        try write(needing: .school) { _ in try storeSetting(value, named: name) }
    }

    /// Stores a setting within a write already open.
    func storeSetting(_ value: Data?, named name: String) throws {
        if let value {
            try connection.run("""
                INSERT INTO settings(key, value) VALUES (?, ?)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """, name, value)
        } else {
            try connection.run("DELETE FROM settings WHERE key = ?", name)
        }
    }
}
