import Foundation

/// Writes files that hold pupils' personal data: mode 0600, and whole or not at all (written to a
/// temporary file beside the target, synced, then renamed over it).
public enum SecureFile {
    /// Writes `bytes` to `path`, replacing an existing file; `durable` false skips the `fsync`
    /// (for a cache that may be lost).
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.fileSystem(path: path, errno: errno) }
        var failure: Int32 = 0
        if fchmod(fd, 0o600) != 0 { failure = errno }
        var offset = 0
        while failure == 0 && offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
            } else {
                offset += written
            }
        }
        if failure == 0 && durable && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw StoreError.fileSystem(path: path, errno: failure)
        }
    }
}
