import Foundation

/// A database and its `-wal` copied into a new private temporary folder (0700, files 0600), to be
/// read where SQLite may create its `-shm`; `remove()` deletes the folder.
struct PrivateCopy {
    /// The copied database.
    let path: String
    private let folder: String

    init(of source: String) throws {
        var template = Array((NSTemporaryDirectory() + "/zhurnal-read-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw StoreError.fileSystem(path: source, errno: errno) }
        folder = String(cString: made)
        path = folder + "/journal.sqlite"
        do {
            try Self.copy(source, to: path)
            try Self.copy(source + "-wal", to: path + "-wal")
        } catch {
            remove()
            throw error
        }
    }

    /// Deletes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static func copy(_ source: String, to target: String) throws {
        do {
            try FileManager.default.copyItem(atPath: source, toPath: target)
        } catch {
            throw StoreError.fileSystem(path: source, errno: EIO)
        }
        guard chmod(target, 0o600) == 0 else { throw StoreError.fileSystem(path: target, errno: errno) }
    }
}
