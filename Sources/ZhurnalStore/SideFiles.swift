import Foundation

/// The `-wal` and `-shm` files beside a database, as they were before a connection opened it, so
/// that reading a file leaves no side files where there were none.
///
/// SQLite creates both for any connection to a WAL database, and a read-only connection cannot
/// checkpoint, so it never removes them. `removeCreated()` does what SQLite's last writer does on
/// close: under an exclusive lock on the database file (which no other connection can hold while
/// it has the file open in WAL mode), it removes the side files this open created, when the `-wal`
/// is still empty.
struct SideFiles {
    let path: String
    let hadWAL: Bool
    let hadSHM: Bool

    /// Looks at what exists beside `path` now.
    init(of path: String) {
        self.path = path
        hadWAL = access(path + "-wal", F_OK) == 0
        hadSHM = access(path + "-shm", F_OK) == 0
    }

    /// Size of the `-wal` file in bytes; 0 when there is none.
    static func walSize(of path: String) -> Int {
        var info = stat()
        return stat(path + "-wal", &info) == 0 ? Int(info.st_size) : 0
    }

    /// Removes the side files that were not there before, once no connection has the file open;
    /// call after every connection of this process to `path` is closed.
    func removeCreated() {
        guard !hadWAL || !hadSHM else { return }
        let fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        // SQLite's unix locks: PENDING byte 0x40000000, RESERVED +1, SHARED range +2 …+511.
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = 0x4000_0000
        lock.l_len = 512
        guard fcntl(fd, F_SETLK, &lock) == 0 else { return }
        if !hadWAL, Self.walSize(of: path) == 0 { unlink(path + "-wal") }
        if !hadSHM { unlink(path + "-shm") }
    }
}

/// How many connections this process has open to each file (by device and inode): a POSIX lock
/// taken and released on another descriptor would drop theirs, so side files are only tidied
/// once the last one is closed.
enum OpenFiles {
    private nonisolated(unsafe) static var counts: [FileIdentity: Int] = [:]
    private static let lock = NSLock()

    static func opened(_ id: FileIdentity) {
        lock.lock()
        defer { lock.unlock() }
        counts[id, default: 0] += 1
    }

    /// Counts one connection closed; true when it was the last.
    static func closed(_ id: FileIdentity) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let left = (counts[id] ?? 1) - 1
        counts[id] = left > 0 ? left : nil
        return left <= 0
    }
}
