import Foundation

/// When a journal was last found sound, so that opening it for writing runs `PRAGMA quick_check`
/// only when the file changed since (measured on the `school` bench file, 253 MB: 4–6 s cold,
/// 0.8–1.0 s warm — far too slow for every open; see docs/reliability.md).
///
/// A small side record, `$XDG_CACHE_HOME/zhurnal/checked` (else `~/.cache/zhurnal/checked`), holds
/// one line per journal: device, inode, size and modification time (nanoseconds) of the main file
/// when it was last checked, or last closed by this program's final connection without meeting
/// damage (`CorruptionSightings`). Without a cache folder every open checks. The newest 64
/// journals are kept.
struct IntegrityRecord {
    /// What identifies a file's state: which file, and its size and modification time.
    struct Stamp: Equatable {
        let file: FileIdentity
        let size: Int64
        let modified: Int64

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            file = FileIdentity(info)
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        }

        init?(line: Substring) {
            let fields = line.split(separator: " ").compactMap { Int64($0) }
            guard fields.count == 4, fields[0] >= 0, fields[1] >= 0 else { return nil }
            file = FileIdentity(device: UInt64(fields[0]), inode: UInt64(fields[1]))
            size = fields[2]
            modified = fields[3]
        }

        var line: String { "\(file.device) \(file.inode) \(size) \(modified)" }

        func isSameFile(as other: Stamp) -> Bool { file == other.file }
    }

    private static let kept = 64

    /// The record file, or nil when the environment names no cache folder.
    static var location: String? {
        let environment = ProcessInfo.processInfo.environment
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/zhurnal/checked" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/zhurnal/checked" }
        return nil
    }

    /// True when the file at `path` is exactly as it was last recorded sound.
    static func isKnownSound(_ path: String) -> Bool {
        guard let stamp = Stamp(path: path) else { return false }
        return stamps().contains(stamp)
    }

    /// Records the file at `path` as sound in its present state.
    static func recordSound(_ path: String) {
        guard let stamp = Stamp(path: path), let location else { return }
        let others = stamps().filter { !$0.isSameFile(as: stamp) }.suffix(kept - 1)
        let text = (others + [stamp]).map(\.line).joined(separator: "\n") + "\n"
        try? JournalDatabase.createParentDirectories(of: location)
        try? SecureFile.write(Array(text.utf8), to: location, durable: false)
    }

    private static func stamps() -> [Stamp] {
        guard let location, let data = FileManager.default.contents(atPath: location),
              let text = String(data: data, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap(Stamp.init(line:))
    }
}
