/// A canonical column of Zhurnal's CSV formats, named as in the English header.
public struct CSVColumn: Hashable, Sendable, CustomStringConvertible {
    /// The canonical (English, snake_case) name.
    public let name: String

    /// Creates a column with a canonical name.
    public init(_ name: String) {
        self.name = name
    }

    public var description: String { name }

    public static let `class` = CSVColumn("class")
    public static let lastName = CSVColumn("last_name")
    public static let firstName = CSVColumn("first_name")
    public static let middleName = CSVColumn("middle_name")
    public static let subject = CSVColumn("subject")
    public static let date = CSVColumn("date")
    public static let work = CSVColumn("work")
    public static let weight = CSVColumn("weight")
    public static let student = CSVColumn("student")
    public static let mark = CSVColumn("mark")
    public static let term = CSVColumn("term")
    public static let procedure = CSVColumn("procedure")
    public static let score = CSVColumn("score")
    public static let criterion = CSVColumn("criterion")
    public static let points = CSVColumn("points")
}
