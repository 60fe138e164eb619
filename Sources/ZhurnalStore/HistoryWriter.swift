import ZhurnalCore

/// Appends the history rows of one action; rows after the first carry its id as `operation`.
/// Each data change checks the action's `WritePolicy` through it first.
final class HistoryWriter {
    let connection: SQLiteConnection
    /// The action's timestamp, also used for `updated_at`.
    let at: String
    private let user: String
    /// The rules the changes of this write must pass.
    let policy: WritePolicy
    /// The enrollment of every student with movements, read at the first entry checked; reset
    /// when a movement is written.
    var enrollments: [Int: Enrollment]?
    /// The id of the operation's first row, once written.
    private(set) var firstID: Int?
    private var insert: Statement?

    /// True for an ordinary change: its first row ends the person's redo chain.
    private let dropsRedo: Bool

    init(connection: SQLiteConnection, at: String, user: String, policy: WritePolicy, dropsRedo: Bool) {
        self.connection = connection
        self.at = at
        self.user = user
        self.policy = policy
        self.dropsRedo = dropsRedo
    }

    /// Refuses a change the policy does not allow (`StoreError.termLocked`, `.upcomingLesson`).
    func check(_ change: DataChange) throws {
        try policy.check(change)
    }

    private static let insertSQL = """
        INSERT INTO history(at, os_user, kind, class_id, subject_id, column_id, student_id, term,
                            old_value, new_value, reason, operation)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Appends one row.
    func append(_ kind: HistoryKind, classID: Int?, subjectID: Int?, columnID: Int? = nil,
                studentID: Int? = nil, term: Int? = nil, old: String?, new: String?,
                reason: String? = nil) throws {
        try policy.require(WritePolicy.right(of: kind, classID: classID, subjectID: subjectID))
        if firstID == nil, dropsRedo {
            try connection.run("""
                UPDATE undo_log SET state = 'dropped' WHERE state = 'undone'
                  AND (SELECT os_user FROM history WHERE id = undo_log.history_id) = ?
                """, user)
        }
        let statement = try insert ?? connection.cachedStatement(Self.insertSQL)
        insert = statement
        try statement.bind(at, at: 1)
        try statement.bind(user, at: 2)
        try statement.bind(kind.rawValue, at: 3)
        try statement.bind(classID, at: 4)
        try statement.bind(subjectID, at: 5)
        try statement.bind(columnID, at: 6)
        try statement.bind(studentID, at: 7)
        try statement.bind(term, at: 8)
        try statement.bind(old, at: 9)
        try statement.bind(new, at: 10)
        try statement.bind(reason, at: 11)
        try statement.bind(firstID, at: 12)
        try statement.run()
        if firstID == nil { firstID = connection.lastInsertRowID }
    }
}
