import Foundation
import ZhurnalCore

/// What one change of journal data touches, for `WritePolicy.check(_:)`.
enum DataChange {
    /// A lesson column itself or what belongs to it besides marks: its date, kind, weight,
    /// topic, homework, rubric, tags, notes and rubric points.
    case lesson(LocalDate)
    /// A mark or attendance entry in a lesson of that date.
    case marks(LocalDate)
    /// A final mark of a term (0 = the year).
    case finalMark(term: Int)
}

/// The rules every write of journal data passes, checked by the store inside the write's
/// transaction: a locked term's data cannot change, and marks and attendance wait for their
/// lesson's day, and the acting person needs the right of every change (`WritePolicy+Rights`).
/// (A read-only journal refuses every write before this.)
struct WritePolicy {
    /// The settings key of the locked terms: their numbers, comma separated.
    static let locksKey = "locked_terms"

    let lockedTerms: Set<Int>
    /// The school's calendar; only read when some term is locked.
    let calendar: TermCalendar?
    /// The day marks and attendance may be given up to.
    let today: LocalDate
    /// What the acting person may change.
    let access: StaffAccess

    /// Refuses `change` with `StoreError.termLocked` or `StoreError.upcomingLesson`.
    func check(_ change: DataChange) throws {
        switch change {
        case .lesson(let date):
            try refuseLocked(date)
        case .marks(let date):
            try refuseLocked(date)
            if date > today { throw StoreError.upcomingLesson(date) }
        case .finalMark(let term):
            if lockedTerms.contains(term) { throw StoreError.termLocked(term) }
        }
    }

    private func refuseLocked(_ date: LocalDate) throws {
        guard !lockedTerms.isEmpty, let term = calendar?.term(containing: date),
              lockedTerms.contains(term.number) else { return }
        throw StoreError.termLocked(term.number)
    }

    static func decodeLocks(_ data: Data?) -> Set<Int> {
        guard let data else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: ",").compactMap { Int($0) })
    }

    static func encodeLocks(_ terms: Set<Int>) -> Data {
        Data(terms.sorted().map(String.init).joined(separator: ",").utf8)
    }
}
