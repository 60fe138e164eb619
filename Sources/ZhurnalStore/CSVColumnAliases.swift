import ZhurnalCore

/// Header titles accepted for each canonical column.
///
/// Titles are compared after `normalize`: case-insensitive, `ё` = `е`, `_` = space, runs of
/// white space collapsed, surrounding white space and U+FEFF ignored.
public struct CSVColumnAliases: Sendable, Hashable {
    /// The canonical column of each normalised alias.
    public let columnByAlias: [String: CSVColumn]

    /// Creates an alias table; each column's canonical name is an alias of it too.
    /// An alias may belong to one column only.
    public init(_ aliases: [CSVColumn: [String]]) {
        var columnByAlias: [String: CSVColumn] = [:]
        for (column, titles) in aliases {
            for title in [column.name] + titles {
                let key = Self.normalize(title)
                precondition(columnByAlias[key, default: column] == column, "alias \(title) of two columns")
                columnByAlias[key] = column
            }
        }
        self.columnByAlias = columnByAlias
    }

    /// The column a header title names, if any.
    public func column(for title: String) -> CSVColumn? {
        columnByAlias[Self.normalize(title)]
    }

    /// Russian and English titles of the columns of Zhurnal's import formats.
    public static let standard = CSVColumnAliases([
        .class: ["класс"],
        .lastName: ["surname", "фамилия"],
        .firstName: ["имя"],
        .middleName: ["patronymic", "отчество"],
        .subject: ["предмет"],
        .date: ["дата"],
        .work: ["работа", "вид работы"],
        .weight: ["вес"],
        .student: ["ученик", "ученица", "обучающийся", "обучающаяся", "фио", "full_name"],
        .mark: ["grade", "отметка", "оценка"],
        .term: ["четверть", "период", "триместр"],
        .reason: ["причина"],
        .procedure: ["процедура"],
        .score: ["балл", "первичный балл"],
        .criterion: ["критерий"],
        .points: ["баллы"],
        .teacher: ["учитель", "логин учителя"],
        .login: ["логин", "пользователь"],
        .roles: ["роли", "роль"],
        .hours: ["часы", "часов", "часов в неделю"],
        .kind: ["вид", "тип"],
        .number: ["номер", "№"],
        .start: ["начало", "с", "from"],
        .end: ["конец", "окончание", "по", "to"],
        .grades: ["параллели", "параллель", "классы"],
        .weekday: ["день", "день недели", "day"],
        .lesson: ["урок", "номер урока"],
        .topic: ["тема", "тема урока"],
        .homework: ["домашнее задание", "дз", "задание"],
        .event: ["событие", "движение"],
        .toClass: ["в класс", "куда", "класс перевода"],
        .order: ["приказ", "номер приказа", "№ приказа"],
    ])

    /// `title` in the form aliases are compared in: folded as names are (`NameFold.key`), with
    /// underscores as spaces and byte-order marks left out.
    public static func normalize(_ title: String) -> String {
        NameFold.key(String(title.filter { $0 != "\u{FEFF}" }.map { $0 == "_" ? " " : $0 }))
    }
}
