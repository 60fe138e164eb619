import Foundation

/// Makes a file or folder impossible to write for this process, and undoes it.
///
/// Tests here often run as root, for whom `chmod 0400` changes nothing; then the immutable
/// attribute (`chattr +i`) is used, which stops root too. `isActive` says whether either worked
/// (checked with `access(2)`), so that a test can require it.
public final class WriteProtection {
    public let path: String
    private let previousMode: mode_t
    private var immutable = false

    /// Protects `path` (chmod `0400` for a file, `0500` for a folder; `chattr +i` when that is
    /// not enough).
    public init(_ path: String) {
        self.path = path
        var info = stat()
        stat(path, &info)
        previousMode = info.st_mode & 0o7777
        let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        chmod(path, isFolder ? 0o500 : 0o400)
        if access(path, W_OK) == 0 {
            immutable = Self.chattr("+i", path)
        }
    }

    /// True when this process can no longer write `path`.
    public var isActive: Bool { access(path, W_OK) != 0 }

    /// Whether write protection can be tested on this machine at all.
    public static let isSupported: Bool = {
        let probe = NSTemporaryDirectory() + "/zhurnal-protect-\(getpid())"
        _ = FileManager.default.createFile(atPath: probe, contents: Data())
        defer { unlink(probe) }
        let protection = WriteProtection(probe)
        defer { protection.lift() }
        return protection.isActive
    }()

    /// Undoes the protection (also done on deinit).
    public func lift() {
        if immutable { immutable = !Self.chattr("-i", path) }
        chmod(path, previousMode)
    }

    deinit { lift() }

    private static func chattr(_ flag: String, _ path: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0
        } catch {
            return false
        }
    }
}
