/// What happened to a student (движение учащихся).
public enum MovementKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// прибыл: enrolled in a class from the date on.
    case arrive
    /// выбыл: left the school; the date is his last day.
    case leave
    /// перевод: moved to another class of the school; the date is his first day there.
    case transfer
    /// A new name from the date on (the marks stay his).
    case rename
}

/// One dated movement of a student, with the order (приказ) that made it.
public struct Movement: Hashable, Sendable {
    public var kind: MovementKind
    public var date: LocalDate
    /// The class he arrived in, left, or was transferred from.
    public var classID: Int
    /// The class a transfer moves him to.
    public var toClassID: Int?
    /// Why he left (выбыл); empty when not given.
    public var reason: String
    /// The order number; empty when not given.
    public var order: String

    public init(kind: MovementKind, date: LocalDate, classID: Int, toClassID: Int? = nil,
                reason: String = "", order: String = "") {
        self.kind = kind
        self.date = date
        self.classID = classID
        self.toClassID = toClassID
        self.reason = reason
        self.order = order
    }
}
