import CSQLite
import Foundation

/// The connections that have met `SQLITE_CORRUPT` or `SQLITE_NOTADB`, so that closing one does not
/// record its file as sound (`IntegrityRecord`).
enum CorruptionSightings {
    private nonisolated(unsafe) static var handles: Set<UInt> = []
    private static let lock = NSLock()

    /// Notes that `code` came from `handle`, when it says the file is damaged.
    static func note(_ code: Int32, on handle: OpaquePointer?) {
        guard let handle, code & 0xFF == SQLITE_CORRUPT || code & 0xFF == SQLITE_NOTADB else { return }
        lock.lock()
        defer { lock.unlock() }
        handles.insert(UInt(bitPattern: handle))
    }

    /// Whether `handle` met damage; forgets it (call when it is closed).
    static func take(_ handle: OpaquePointer) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return handles.remove(UInt(bitPattern: handle)) != nil
    }
}
