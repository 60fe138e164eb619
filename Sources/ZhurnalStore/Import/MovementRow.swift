import ZhurnalCore

/// One checked row of a movements file (docs/file-formats.md:
/// `class,student,event,date,to_class,reason,order`).
public struct MovementRow: Equatable, Sendable {
    public var line: Int
    public var className: String
    /// «Фамилия Имя [Отчество]».
    public var student: String
    public var kind: MovementKind
    public var date: LocalDate
    /// The receiving class of a transfer; empty otherwise.
    public var toClass: String
    public var reason: String
    public var order: String

    public init(line: Int = 0, className: String, student: String, kind: MovementKind, date: LocalDate, toClass: String = "",
                reason: String = "", order: String = "") {
        self.line = line
        self.className = className
        self.student = student
        self.kind = kind
        self.date = date
        self.toClass = toClass
        self.reason = reason
        self.order = order
    }

    public static let required: [CSVColumn] = [.class, .student, .event, .date]
    public static let optional: [CSVColumn] = [.toClass, .reason, .order]

    /// Checks a mapped row: a transfer needs `to_class`.
    public static func parse(_ row: CSVMappedRow) -> Result<MovementRow, ImportProblem> {
        let columns: [CSVColumn] = [.class, .student, .event, .date, .toClass, .reason, .order]
        let values = columns.map { row[$0] ?? "" }
        for (column, value) in zip(columns.prefix(4), values) where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        guard let kind = event(values[2]) else { return .failure(.badEvent(values[2])) }
        guard let date = LocalDate(parsing: values[3]) else { return .failure(.badDate(values[3])) }
        if kind == .transfer, values[4].isEmpty { return .failure(.missingValue(column: CSVColumn.toClass.name)) }
        let movement = MovementRow(line: row.line, className: values[0], student: values[1], kind: kind, date: date,
                                   toClass: kind == .transfer ? values[4] : "", reason: values[5], order: values[6])
        return movement.controlCharacter.map { .failure($0) } ?? .success(movement)
    }

    /// A control character in the row's texts (names, reason, order), as a problem; nil when none.
    var controlCharacter: ImportProblem? {
        zip([CSVColumn.class, .student, .toClass, .reason, .order], [className, student, toClass, reason, order])
            .lazy.compactMap { ImportProblem.controlCharacter(in: $1, column: $0) }.first
    }

    /// The movement an event names, Russian or English, any case: прибыл(а), выбыл(а), перевод
    /// (переведён, переведена); arrive(d), leave, left, transfer(red).
    static func event(_ text: String) -> MovementKind? {
        switch NameFold.key(text) {
        case "прибыл", "прибыла", "прибытие", "arrive", "arrived", "arrival": return .arrive
        case "выбыл", "выбыла", "выбытие", "leave", "left": return .leave
        case "перевод", "переведен", "переведена", "transfer", "transferred": return .transfer
        default: return nil
        }
    }
}
