import ZhurnalCore

/// The journal's entries in the marks-file form (docs/file-formats.md, "Writing CSV"), so that an
/// export imports back.
public struct MarksExport {
    /// The header of a marks file.
    public static let header = ["class", "subject", "date", "work", "weight", "student", "mark"]
    /// The same header in Russian, as the import also reads it.
    public static let russianHeader = ["класс", "предмет", "дата", "работа", "вес", "ученик", "отметка"]

    /// One exported entry.
    public struct Row: Equatable, Sendable {
        public var className: String
        public var subject: String
        public var date: LocalDate
        public var work: String
        /// The column's own weight, empty when it is the kind's.
        public var weight: String
        public var student: String
        public var mark: String

        var fields: [String] { [className, subject, date.iso, work, weight, student, mark] }
        /// As Russian Excel shows them: the date as ДД.ММ.ГГГГ, a decimal comma in the weight.
        var excelFields: [String] {
            [className, subject, date.russian, work, weight.replacingOccurrences(of: ".", with: ","), student, mark]
        }
    }

    /// A class or subject filter that names nothing in the journal.
    public enum Failure: Error, Equatable {
        case unknownClass(String)
        case unknownSubject(String)
    }

    /// The entries of the classes and subjects whose names match (all when nil), in class,
    /// subject, column and student order; a filter matching no class or subject throws `Failure`.
    public static func rows(from journal: Journal, kinds: [WorkKind], className: String?, subject: String?) throws -> [Row] {
        var rows: [Row] = []
        try forEachRow(from: journal, kinds: kinds, className: className, subject: subject) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each entry of the classes and subjects whose names match (all when nil)
    /// in lessons within `dates` (all when nil), in the order of `rows`.
    public static func forEachRow(from journal: Journal, kinds: [WorkKind], className: String?, subject: String?,
                                  dates: ClosedRange<LocalDate>? = nil, _ body: (Row) throws -> Void) throws {
        let subjects = try journal.subjects()
        if let className, !(try journal.classes().contains { NameFold.sameClass($0.name, className) }) {
            throw Failure.unknownClass(className)
        }
        if let subject, !subjects.contains(where: { NameFold.same($0.name, subject) }) {
            throw Failure.unknownSubject(subject)
        }
        for schoolClass in try journal.classes() where className.map({ NameFold.sameClass($0, schoolClass.name) }) ?? true {
            let grids = try journal.grids(classID: schoolClass.id, dates: dates)
            let names = studentNames(try journal.students(classID: schoolClass.id))
            for item in subjects where subject.map({ NameFold.same($0, item.name) }) ?? true {
                guard let grid = grids[item.id] else { continue }
                for column in grid.columns {
                    let work = kinds.kind(code: column.kindCode)?.nameRu ?? column.kindCode
                    for student in grid.students {
                        guard let entry = grid[column: column.id, student: student.id] else { continue }
                        try body(Row(className: schoolClass.name, subject: item.name, date: column.date, work: work,
                                     weight: column.weight?.description ?? "", student: names[student.id] ?? student.fullName,
                                     mark: entry.description))
                    }
                }
            }
        }
    }

    /// CSV rows with the header first.
    public static func csv(_ rows: [Row]) -> [[String]] {
        [header] + rows.map(\.fields)
    }

    /// CSV rows for a spreadsheet: the Russian header (or the English one), dates as ДД.ММ.ГГГГ
    /// and decimal commas; the marks import reads it back.
    public static func excel(_ rows: [Row], russianHeader: Bool) -> [[String]] {
        [russianHeader ? Self.russianHeader : header] + rows.map(\.excelFields)
    }

    /// `{"school", "marks": [{"class","subject","date","work","weight","student","mark"}]}`.
    public static func json(_ rows: [Row], school: String) -> JSONValue {
        .object([
            ("school", .string(school)),
            ("marks", .array(rows.map { row in
                .object(zip(header, row.fields).map { ($0.0, $0.0 == "weight" && row.weight.isEmpty ? .null : .string($0.1)) })
            })),
        ])
    }

    /// "Фамилия Имя", with the middle name where two students of the class share the first two.
    private static func studentNames(_ students: [Student]) -> [Int: String] {
        let counts = Dictionary(grouping: students) { StudentDirectory.key("\($0.lastName) \($0.firstName)") }.mapValues(\.count)
        return Dictionary(uniqueKeysWithValues: students.map { student in
            let short = "\(student.lastName) \(student.firstName)"
            return (student.id, counts[StudentDirectory.key(short)] ?? 0 > 1 ? student.fullName : short)
        })
    }
}
