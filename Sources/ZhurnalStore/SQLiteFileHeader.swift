import Foundation

/// The first 100 bytes of an SQLite file, read without SQLite so refusals never touch the file.
struct SQLiteFileHeader {
    /// The 16-byte magic string every SQLite 3 database starts with.
    static let magic = Array("SQLite format 3\0".utf8)

    let bytes: [UInt8]

    /// Parses a header; nil unless it has 100 bytes starting with the SQLite magic.
    init?(bytes: [UInt8]) {
        guard bytes.count >= 100, Array(bytes[0..<16]) == Self.magic else { return nil }
        self.bytes = Array(bytes[0..<100])
    }

    /// `PRAGMA user_version` (offset 60).
    var userVersion: Int { Int(Int32(bitPattern: bigEndian(at: 60))) }

    /// `PRAGMA application_id` (offset 68).
    var applicationID: Int { Int(Int32(bitPattern: bigEndian(at: 68))) }

    /// Database size in pages (offset 28); trusted by SQLite only when offset 92 equals offset 24.
    var pageCount: Int { Int(bigEndian(at: 28)) }

    private func bigEndian(at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
}

/// What an existing path holds, judged from its size and header alone.
enum FileInspection {
    /// Nothing at the path.
    case missing
    /// A zero-byte file, which may be initialised.
    case empty
    /// A file that is not an SQLite database.
    case notSQLite
    /// An SQLite database with this header.
    case sqlite(SQLiteFileHeader)

    /// Reads at most the first 100 bytes of `path` (read-only, no locks, no writes).
    static func inspect(path: String) throws -> FileInspection {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return .missing }
            throw StoreError.fileSystem(path: path, errno: errno)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreError.fileSystem(path: path, errno: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notSQLite }
        if info.st_size == 0 { return .empty }
        var buffer = [UInt8](repeating: 0, count: 100)
        var filled = 0
        while filled < 100 {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, 100 - filled) }
            if n < 0 { throw StoreError.fileSystem(path: path, errno: errno) }
            if n == 0 { break }
            filled += n
        }
        guard let header = SQLiteFileHeader(bytes: Array(buffer[0..<filled])) else { return .notSQLite }
        return .sqlite(header)
    }
}
