import Foundation
import ZhurnalCore

/// One stored movement of a student, as the `movements` table and the history keep it.
public struct MovementRecord: Codable, Hashable, Sendable {
    public var id: Int
    public var studentID: Int
    public var kind: MovementKind
    public var date: LocalDate
    /// The class he arrived in, left, or was transferred from (his class, for a rename).
    public var classID: Int
    /// The class a transfer moves him to.
    public var toClassID: Int?
    /// Why he left; empty when not given.
    public var reason: String
    /// The order (приказ) number; empty when not given.
    public var order: String
    /// A rename's names before and after (as the history keeps a class list line); empty
    /// otherwise.
    public var oldName: String
    public var newName: String

    /// A rename's name before it, "Фамилия Имя Отчество"; nil for the other movements.
    public var formerName: String? {
        RosterLine(encoded: oldName).map { [$0.lastName, $0.firstName, $0.middleName].filter { !$0.isEmpty }.joined(separator: " ") }
    }

    /// The movement the enrollment rules read.
    public var movement: Movement {
        Movement(kind: kind, date: date, classID: classID, toClassID: toClassID, reason: reason, order: order)
    }

    /// The record as a history value.
    var encoded: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    /// A record read back from a history value.
    init?(encoded: String) {
        guard let record = try? JSONDecoder().decode(MovementRecord.self, from: Data(encoded.utf8)) else { return nil }
        self = record
    }

    init(id: Int, studentID: Int, kind: MovementKind, date: LocalDate, classID: Int, toClassID: Int? = nil,
         reason: String = "", order: String = "", oldName: String = "", newName: String = "") {
        self.id = id
        self.studentID = studentID
        self.kind = kind
        self.date = date
        self.classID = classID
        self.toClassID = toClassID
        self.reason = reason
        self.order = order
        self.oldName = oldName
        self.newName = newName
    }
}
