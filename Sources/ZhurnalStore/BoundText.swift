import CSQLite

/// UTF-8 text in memory of its own, bound to statements without SQLite copying it (for text bound
/// to many rows of a bulk write: a timestamp, an entry). Keep it alive while a statement holds it.
final class BoundText {
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let count: Int

    init(_ text: String) {
        count = text.utf8.count
        bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(count, 1))
        _ = bytes.initialize(from: text.utf8)
    }

    deinit { bytes.deallocate() }

    /// Binds the text to parameter `index` of `statement` as `SQLITE_STATIC`.
    func bind(to statement: Statement, at index: Int32) throws {
        try statement.check(bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            sqlite3_bind_text(statement.handle, index, $0, Int32(count), nil)
        })
    }
}
