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
    /// учитель (a staff login)
    public static let teacher = CSVColumn("teacher")
    /// логин (a staff member's operating-system account)
    public static let login = CSVColumn("login")
    /// роли сотрудника (`teacher|class_teacher:7А|deputy|admin`)
    public static let roles = CSVColumn("roles")
    /// часов в неделю
    public static let hours = CSVColumn("hours")
    /// вид строки календаря: `term` or `holiday`
    public static let kind = CSVColumn("kind")
    /// номер (of a term or a plan topic)
    public static let number = CSVColumn("number")
    /// начало
    public static let start = CSVColumn("start")
    /// конец
    public static let end = CSVColumn("end")
    /// параллели (`5-9`)
    public static let grades = CSVColumn("grades")
    /// день недели
    public static let weekday = CSVColumn("weekday")
    /// номер урока
    public static let lesson = CSVColumn("lesson")
    /// тема урока
    public static let topic = CSVColumn("topic")
    /// домашнее задание
    public static let homework = CSVColumn("homework")
    /// событие движения учащихся: прибыл, выбыл, перевод
    public static let event = CSVColumn("event")
    /// класс, в который переведён ученик
    public static let toClass = CSVColumn("to_class")
    /// номер приказа
    public static let order = CSVColumn("order")
}
