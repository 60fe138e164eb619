import ZhurnalCore

/// The journal's entries in the marks-file form of design.md, so that an export imports back.
public struct MarksExport {
    /// The header of a marks file.
    public static let header = ["class", "subject", "date", "work", "weight", "student", "mark"]

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
    }

    /// The entries of the classes and subjects whose names match (all when nil), in class,
    /// subject, column and student order.
    public static func rows(from journal: Journal, kinds: [WorkKind], className: String?, subject: String?) throws -> [Row] {
        var rows: [Row] = []
        let subjects = try journal.subjects()
        for schoolClass in try journal.classes() where className.map({ NameFold.sameClass($0, schoolClass.name) }) ?? true {
            let grids = try journal.grids(classID: schoolClass.id)
            let names = studentNames(try journal.students(classID: schoolClass.id))
            for item in subjects where subject.map({ NameFold.same($0, item.name) }) ?? true {
                guard let grid = grids[item.id] else { continue }
                for column in grid.columns {
                    let work = kinds.kind(code: column.kindCode)?.nameRu ?? column.kindCode
                    for student in grid.students {
                        guard let entry = grid[column: column.id, student: student.id] else { continue }
                        rows.append(Row(className: schoolClass.name, subject: item.name, date: column.date, work: work,
                                        weight: column.weight?.description ?? "", student: names[student.id] ?? student.fullName,
                                        mark: entry.description))
                    }
                }
            }
        }
        return rows
    }

    /// CSV rows with the header first.
    public static func csv(_ rows: [Row]) -> [[String]] {
        [header] + rows.map(\.fields)
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
