import Foundation

/// Why a report or export may not be written over a path.
public enum OutputRefusal: Hashable, Sendable {
    /// A SQLite database (a journal, this one or another): its data would be lost.
    case database
    /// A `-wal`, `-shm` or `-journal` file beside a database, or a WAL file by its header.
    case sideFile
    /// A symbolic link: the file it points to is not what the user named.
    case symbolicLink
    /// A directory, device, pipe or socket.
    case notRegularFile
}

/// Decides whether output may replace what is at a path: only a missing file or a regular file
/// that is no SQLite database nor a database's side file.
public enum OutputGuard {
    /// The reason `path` must not be replaced, or nil when writing there is allowed.
    public static func refusal(for path: String) -> OutputRefusal? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: return .symbolicLink
        case S_IFREG: break
        default: return .notRegularFile
        }
        let head = firstBytes(of: path, count: 16)
        if head.starts(with: Array("SQLite format 3\0".utf8)) { return .database }
        if head.count >= 4, [0x37, 0x7F, 0x06].elementsEqual(head[0..<3]), head[3] == 0x82 || head[3] == 0x83 {
            return .sideFile
        }
        for suffix in ["-wal", "-shm", "-journal"] where path.hasSuffix(suffix) {
            let base = String(path.dropLast(suffix.count))
            if firstBytes(of: base, count: 16).starts(with: Array("SQLite format 3\0".utf8)) { return .sideFile }
        }
        return nil
    }

    private static func firstBytes(of path: String, count: Int) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: count)
        let read = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, count) }
        return read > 0 ? Array(buffer[0..<read]) : []
    }
}
