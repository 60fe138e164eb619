/// One named schema step; a journal's `PRAGMA user_version` counts the steps applied.
struct Migration: Sendable {
    /// A stable name for messages and docs, e.g. "v1 journal".
    let name: String
    /// Applies the step inside the migration transaction.
    let apply: @Sendable (SQLiteConnection) throws -> Void
}

/// The ordered migration list; pending steps run together in one transaction.
enum Migrations {
    /// Every step this build knows, oldest first.
    static let all: [Migration] = [
        Migration(name: "v1 journal") { try $0.execute(SchemaV1.sql) },
        Migration(name: "external results") { try $0.execute(SchemaExternal.sql) },
        Migration(name: "assessment") { try $0.execute(SchemaAssessment.sql) },
        Migration(name: "history by operation") { try $0.execute(SchemaUndo.sql) },
        Migration(name: "school year") { try $0.execute(SchemaSchoolYear.sql) },
        Migration(name: "staff") { try $0.execute(SchemaStaff.sql) },
        Migration(name: "movements") { try $0.execute(SchemaMovements.sql) },
    ]

    /// The schema version this build writes and reads.
    static var latestVersion: Int { all.count }

    /// Applies the steps after `version` and stamps `user_version` and `application_id`.
    ///
    /// Must run inside a transaction, after the caller re-read the version in that transaction.
    static func migrate(_ connection: SQLiteConnection, from version: Int) throws {
        for migration in all[version...] { try migration.apply(connection) }
        try connection.execute("PRAGMA user_version = \(latestVersion)")
        try connection.execute("PRAGMA application_id = \(JournalDatabase.applicationID)")
    }
}
