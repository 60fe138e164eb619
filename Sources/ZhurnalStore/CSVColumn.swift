/// A canonical column of Zhurnal's CSV formats, named as in the English header.
public struct CSVColumn: Hashable, Sendable, CustomStringConvertible {
    /// The canonical (English, snake_case) name.
    public let name: String

    /// Creates a column with a canonical name.
    public init(_ name: String) {
        self.name = name
    }

    /// The canonical name.
    public var description: String { name }

    /// класс
    public static let `class` = CSVColumn("class")
    /// фамилия
    public static let lastName = CSVColumn("last_name")
    /// имя
    public static let firstName = CSVColumn("first_name")
    /// отчество
    public static let middleName = CSVColumn("middle_name")
    /// предмет
    public static let subject = CSVColumn("subject")
    /// дата
    public static let date = CSVColumn("date")
    /// вид работы
    public static let work = CSVColumn("work")
    /// вес
    public static let weight = CSVColumn("weight")
    /// ученик («Фамилия Имя»)
    public static let student = CSVColumn("student")
    /// отметка
    public static let mark = CSVColumn("mark")
    /// четверть, триместр или период
    public static let term = CSVColumn("term")
    /// причина (of an absence or an exemption)
    public static let reason = CSVColumn("reason")
    /// процедура (ВПР, ОГЭ, …)
    public static let procedure = CSVColumn("procedure")
    /// первичный балл
    public static let score = CSVColumn("score")
    /// критерий рубрики
    public static let criterion = CSVColumn("criterion")
    /// баллы по критерию
    public static let points = CSVColumn("points")
}
