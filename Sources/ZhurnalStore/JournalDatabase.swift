import Foundation

/// Opening a journal file: vetting it before SQLite may write, creating it 0600, migrating it.
public enum JournalDatabase {
    /// `PRAGMA application_id` of every Zhurnal journal: "ZhJl".
    public static let applicationID = 0x5A68_4A6C

    /// The schema version this build writes and reads.
    public static var schemaVersion: Int { Migrations.latestVersion }

    /// Opens the journal at `path` read-write, creating it (and its directories, 0700) when missing;
    /// a journal this process cannot write (`isWritable`) is refused with `StoreError.readOnly`.
    ///
    /// A new file is created with mode 0600 before SQLite sees it; SQLite gives the `-wal` and `-shm`
    /// files the mode of the database. Refusals (`notAJournal`, `corrupt`, `newerVersion`) leave
    /// the file byte-for-byte untouched: the header is read directly and the contents through a
    /// read-only connection before any read-write connection exists.
    public static func open(path: String) throws -> SQLiteConnection {
        // The vetted read-only connection stays open until the read-write one is.
        var checked: SQLiteConnection?
        switch try FileInspection.inspect(path: path) {
        case .missing:
            try createParentDirectories(of: path)
            try createPrivateFile(at: path)
        case .empty:
            guard isWritable(path: path) else { throw StoreError.readOnly }
            guard chmod(path, 0o600) == 0 else { throw StoreError.fileSystem(path: path, errno: errno) }
        case .notSQLite:
            throw StoreError.notAJournal
        case .sqlite(let header):
            try vet(userVersion: header.userVersion, applicationID: header.applicationID, hasSchema: false)
            guard isWritable(path: path) else { throw StoreError.readOnly }
            let probed = try probe(path: path, sideFiles: SideFiles(of: path))
            checked = probed
            try requireSound(probed, path: path)
        }
        return try withStoreErrors {
            let connection = try SQLiteConnection(path: path, mode: .readWrite)
            withExtendedLifetime(checked) { checked = nil }
            connection.afterLastClose = { sawCorruption in
                if !sawCorruption { IntegrityRecord.recordSound(path) }
            }
            try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")
            try connection.transaction {
                let found = try stamp(of: connection)
                try vet(userVersion: found.userVersion, applicationID: found.applicationID, hasSchema: found.hasSchema)
                if found.userVersion < schemaVersion {
                    try Migrations.migrate(connection, from: found.userVersion)
                }
            }
            return connection
        }
    }

    /// Refuses a journal whose pages are damaged (`StoreError.corrupt`): `PRAGMA quick_check`
    /// through `connection` (opened on the file at `path`), skipped when the file is exactly as it
    /// was last found sound (`IntegrityRecord`), recorded when it passes. Opening for writing runs
    /// it before anything writes; `backup` runs it so as not to copy damage.
    static func requireSound(_ connection: SQLiteConnection, path: String) throws {
        guard !IntegrityRecord.isKnownSound(path) else { return }
        let findings = try withStoreErrors {
            try connection.cachedStatement("PRAGMA quick_check(1)").map { $0.string("quick_check") }
        }
        guard findings == ["ok"] else { throw StoreError.corrupt }
        IntegrityRecord.recordSound(path)
    }

    /// Whether the journal at `path` can be changed by this process: the file is writable, and so
    /// is its folder (where SQLite creates `-wal` and `-shm`) unless both already exist writable.
    /// Decided with `access(2)`, which also says no for an immutable file (`chattr +i`) to root.
    public static func isWritable(path: String) -> Bool {
        guard access(path, W_OK) == 0 else { return false }
        if access(folder(of: path), W_OK) == 0 { return true }
        return access(path + "-wal", W_OK) == 0 && access(path + "-shm", W_OK) == 0
    }

    private static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Opens an existing journal read-only: SQLite never writes the file through this connection,
    /// and side files it creates for reading (`-wal`, `-shm`) are removed after the last connection
    /// closes when nobody else has the file open (`SideFiles`).
    ///
    /// In a folder that cannot be written and with no `-shm` beside it (so that no process can be
    /// writing the file in WAL mode), it is opened as immutable — unless a non-empty `-wal` holds
    /// committed changes: then the file and its `-wal` are copied into a private temporary folder
    /// (0700, removed on close) and read there, so that those changes count.
    ///
    /// The journal must have this build's schema version (`olderVersion` / `newerVersion` otherwise).
    public static func openReadOnly(path: String) throws -> SQLiteConnection {
        switch try FileInspection.inspect(path: path) {
        case .missing:
            throw StoreError.fileSystem(path: path, errno: ENOENT)
        case .empty, .notSQLite:
            throw StoreError.notAJournal
        case .sqlite(let header):
            try vet(userVersion: header.userVersion, applicationID: header.applicationID, hasSchema: false)
        }
        let sideFiles = SideFiles(of: path)
        let connection: SQLiteConnection
        if access(folder(of: path), W_OK) != 0 && !sideFiles.hadSHM {
            if SideFiles.walSize(of: path) > 0 {
                let copy = try PrivateCopy(of: path)
                connection = try probe(path: copy.path, mode: .readOnly, cleanup: copy.remove)
            } else {
                connection = try probe(path: path, mode: .immutable)
            }
        } else {
            connection = try probe(path: path, mode: .readOnly, sideFiles: sideFiles)
        }
        let found = try withStoreErrors { try stamp(of: connection) }
        guard found.applicationID == applicationID else { throw StoreError.notAJournal }
        guard found.userVersion == schemaVersion else {
            throw StoreError.olderVersion(found: found.userVersion, supported: schemaVersion)
        }
        return connection
    }

    /// The version marks a database carries, read through SQL so that WAL contents count.
    private struct Stamp {
        let userVersion: Int
        let applicationID: Int
        let hasSchema: Bool
    }

    private static func stamp(of connection: SQLiteConnection) throws -> Stamp {
        Stamp(
            userVersion: try connection.scalarInt("PRAGMA user_version") ?? 0,
            applicationID: try connection.scalarInt("PRAGMA application_id") ?? 0,
            hasSchema: (try connection.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0) > 0)
    }

    /// Refuses another program's database and a newer schema.
    private static func vet(userVersion: Int, applicationID id: Int, hasSchema: Bool) throws {
        if id != 0, id != applicationID { throw StoreError.notAJournal }
        if id == 0, hasSchema || userVersion != 0 { throw StoreError.notAJournal }
        if userVersion > schemaVersion {
            throw StoreError.newerVersion(found: userVersion, supported: schemaVersion)
        }
    }

    /// Reads an existing database through a read-only connection and vets what it finds; side
    /// files the connection creates are tidied after it closes (`sideFiles`), and `cleanup` runs then.
    private static func probe(path: String, mode: SQLiteConnection.Mode = .readOnly, sideFiles: SideFiles? = nil,
                              cleanup: (() -> Void)? = nil) throws -> SQLiteConnection {
        try withStoreErrors {
            let connection: SQLiteConnection
            do {
                connection = try SQLiteConnection(path: path, mode: mode)
            } catch {
                cleanup?()
                throw error
            }
            connection.afterLastClose = { _ in
                sideFiles?.removeCreated()
                cleanup?()
            }
            let found = try stamp(of: connection)
            try vet(userVersion: found.userVersion, applicationID: found.applicationID, hasSchema: found.hasSchema)
            return connection
        }
    }

    /// Creates `path` as an empty file with mode 0600; fails when something is already there.
    static func createPrivateFile(at path: String) throws {
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw StoreError.fileExists(path: path) }
            throw StoreError.fileSystem(path: path, errno: errno)
        }
        defer { close(fd) }
        guard fchmod(fd, 0o600) == 0 else { throw StoreError.fileSystem(path: path, errno: errno) }
    }

    /// Creates the missing directories above `path`, each with mode 0700.
    static func createParentDirectories(of path: String) throws {
        let components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var current = ""
        for (index, component) in components.enumerated() {
            current += (index == 0 ? "" : "/") + component
            if current.isEmpty || component.isEmpty || component == "." { continue }
            if mkdir(current, 0o700) != 0, errno != EEXIST {
                throw StoreError.fileSystem(path: current, errno: errno)
            }
        }
    }
}

/// Runs `body`, turning SQLite failures into `StoreError` (corruption, read-only, other).
func withStoreErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw StoreError.wrapping(error)
    }
}
