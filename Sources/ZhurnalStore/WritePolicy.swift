import Foundation
import ZhurnalCore

/// What one change of journal data touches, for `WritePolicy.check(_:)`; each names the class
/// whose journal it changes, whose calendar says which term it falls in.
enum DataChange {
    /// A lesson column itself or what belongs to it besides marks: its date, kind, weight,
    /// topic, homework, rubric, tags, notes and rubric points.
    case lesson(LocalDate, classID: Int)
    /// A mark or attendance entry in a lesson of that date.
    case marks(LocalDate, classID: Int)
    /// A final mark of a term (0 = the year) of the class's calendar.
    case finalMark(term: Int, classID: Int)
}

/// The rules every write of journal data passes, checked by the store inside the write's
/// transaction: a locked term's data cannot change, and marks and attendance wait for their
/// lesson's day, and the acting person needs the right of every change (`WritePolicy+Rights`).
/// (A read-only journal refuses every write before this.) Which term a change falls in is a
/// question for its class's calendar (`Journal.termCalendar(forClass:)`): a lock of «1 полугодие»
/// holds the classes on half-years and none on quarters.
struct WritePolicy {
    /// The settings key of the locked terms: their numbers, comma separated.
    static let locksKey = "locked_terms"

    let lockedTerms: Set<TermLock>
    /// The school's terms, for a class not in `classCalendars`; only read when some term is locked.
    let calendar: TermCalendar?
    /// Each class's terms by class id; empty when no term is locked.
    let classCalendars: [Int: TermCalendar]
    /// The day marks and attendance may be given up to.
    let today: LocalDate
    /// What the acting person may change.
    let access: StaffAccess

    /// Refuses `change` with `StoreError.termLocked` or `StoreError.upcomingLesson`.
    func check(_ change: DataChange) throws {
        switch change {
        case .lesson(let date, let classID):
            try refuseLocked(date, classID: classID)
        case .marks(let date, let classID):
            try refuseLocked(date, classID: classID)
            if date > today { throw StoreError.upcomingLesson(date) }
        case .finalMark(let term, let classID):
            guard !lockedTerms.isEmpty, let calendar = calendar(of: classID) else { return }
            if lockedTerms.contains(TermLock(term: term, kind: calendar.kind)) { throw StoreError.termLocked(term) }
        }
    }

    private func refuseLocked(_ date: LocalDate, classID: Int) throws {
        guard !lockedTerms.isEmpty, let calendar = calendar(of: classID),
              let lock = TermLock(date: date, calendar: calendar), lockedTerms.contains(lock) else { return }
        throw StoreError.termLocked(lock.number)
    }

    private func calendar(of classID: Int) -> TermCalendar? {
        classCalendars[classID] ?? calendar
    }

    /// The locks a settings value holds; a bare number (older files) is a term of `schoolKind`.
    static func decodeLocks(_ data: Data?, schoolKind: TermKind) -> Set<TermLock> {
        guard let data else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: ",")
            .compactMap { TermLock(parsing: String($0), schoolKind: schoolKind) })
    }

    static func encodeLocks(_ locks: Set<TermLock>) -> Data {
        Data(locks.map(\.description).sorted().joined(separator: ",").utf8)
    }
}
