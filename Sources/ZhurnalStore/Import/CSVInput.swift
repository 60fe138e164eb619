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
    /// than `lineLimit`.
    private func measureLines(_ chunk: UnsafeBufferPointer<UInt8>) throws(ImportFailure) {
        var (length, line, afterCR) = (lineLength, self.line, self.afterCR)
        for byte in chunk {
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D || !afterCR { line += 1 }
                length = 0
                afterCR = byte == 0x0D
            } else {
                length += 1
                afterCR = false
                if length > Self.lineLimit { throw .unreadable(.fieldTooLong(line: line)) }
            }
        }
        (lineLength, self.line, self.afterCR) = (length, line, afterCR)
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
