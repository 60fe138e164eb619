import Foundation

/// The bytes of a file to import, read a chunk at a time (so that a large file is never held
/// whole), or bytes already in memory. A file that cannot be read again from its start (a pipe)
/// is read into memory when opened.
///
/// No line of a file may be longer than `lineLimit` bytes: reading stops there with
/// `CSVError.fieldTooLong`, so `/dev/zero` or a 1 GB single-line file is refused after 1 MiB
/// without growing memory.
public final class CSVInput {
    /// The bytes `read(appendingTo:)` gives at most at a time.
    static let chunkSize = 1 << 20
    /// The longest line (and so field) a file may have, in bytes: 1 MiB.
    public static let lineLimit = 1 << 20

    private let path: String
    private var descriptor: Int32 = -1
    private var bytes: [UInt8] = []
    private var offset = 0
    /// The chunk `read(appendingTo:)` reads a file into.
    private var scratch: [UInt8] = []

    /// Bytes in memory.
    public init(bytes: [UInt8]) {
        path = ""
        self.bytes = bytes
    }

    /// Bytes since the last line break and the physical line they are on (1-based).
    private var lineLength = 0
    private var line = 1
    private var afterCR = false

    /// Opens the file at `path`; `cannotRead` when it is missing, a directory or unreadable.
    public init(path: String) throws(ImportFailure) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        var info = stat()
        guard descriptor >= 0 else { throw .cannotRead(path: path) }
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else {
            close(descriptor)
            throw .cannotRead(path: path)
        }
        self.descriptor = descriptor
        if info.st_mode & S_IFMT != S_IFREG {
            bytes = try readAll()
            close(descriptor)
            self.descriptor = -1
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends the next chunk (up to `chunkSize` bytes) to `buffer`; returns how many, 0 at the end.
    func read(appendingTo buffer: inout [UInt8]) throws(ImportFailure) -> Int {
        guard descriptor >= 0 else {
            let count = min(Self.chunkSize, bytes.count - offset)
            buffer.append(contentsOf: bytes[offset..<(offset + count)])
            offset += count
            return count
        }
        if scratch.isEmpty { scratch = [UInt8](repeating: 0, count: Self.chunkSize) }
        var filled = 0
        var failed = false
        scratch.withUnsafeMutableBufferPointer { chunk in
            while filled < Self.chunkSize {
                let count = Foundation.read(descriptor, chunk.baseAddress! + filled, Self.chunkSize - filled)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 {
                    failed = count < 0
                    break
                }
                filled += count
            }
        }
        guard !failed else { throw .cannotRead(path: path) }
        try scratch.withUnsafeBufferPointer { chunk throws(ImportFailure) in
            try measureLines(UnsafeBufferPointer(rebasing: chunk[0..<filled]))
        }
        buffer.append(contentsOf: scratch[0..<filled])
        return filled
    }

    /// Counts lines in `chunk` (LF, CRLF and a lone CR each end one) and refuses a line longer
    /// than `lineLimit`; line breaks are found with `memchr`, so the pass costs little beside parsing.
    private func measureLines(_ chunk: UnsafeBufferPointer<UInt8>) throws(ImportFailure) {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
        let origin = UnsafeRawPointer(base)
        /// The offset of the first `byte` in `from..<to`, nil when there is none.
        func find(_ byte: Int32, from: Int, to: Int) -> Int? {
            memchr(origin + from, byte, to - from).map { origin.distance(to: UnsafeRawPointer($0)) }
        }
        var (length, line) = (lineLength, self.line)
        var start = 0
        while start <= chunk.count {
            let end = find(0x0A, from: start, to: chunk.count) ?? chunk.count
            var from = start
            while let carriageReturn = find(0x0D, from: from, to: end) {
                length += carriageReturn - from
                if length > Self.lineLimit { throw .unreadable(.fieldTooLong(line: line)) }
                (line, length, from) = (line + 1, 0, carriageReturn + 1)
            }
            length += end - from
            if length > Self.lineLimit { throw .unreadable(.fieldTooLong(line: line)) }
            guard end < chunk.count else { break }
            let afterCR = end > 0 ? base[end - 1] == 0x0D : self.afterCR
            if !afterCR { line += 1 }
            (length, start) = (0, end + 1)
        }
        (lineLength, self.line, afterCR) = (length, line, base[chunk.count - 1] == 0x0D)
    }

    /// Everything from the current position to the end.
    func readAll() throws(ImportFailure) -> [UInt8] {
        var all: [UInt8] = []
        while try read(appendingTo: &all) > 0 {}
        return all
    }

    /// Goes back to the first byte.
    func rewind() throws(ImportFailure) {
        offset = 0
        (lineLength, line, afterCR) = (0, 1, false)
        if descriptor >= 0, lseek(descriptor, 0, SEEK_SET) != 0 { throw .cannotRead(path: path) }
    }
}
