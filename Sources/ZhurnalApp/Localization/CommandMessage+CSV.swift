import ZhurnalStore

extension CommandMessage {
    /// A file that cannot be read as CSV, in Russian and in English.
    static func csvPair(_ error: CSVError) -> (ru: String, en: String) {
        switch error {
        case .empty: return ("файл пуст: нужна строка заголовков", "the file is empty: a header row is needed")
        case .unterminatedQuote(let line):
            return ("строка \(line): кавычка (\") открыта и не закрыта", "line \(line): a quote (\") is opened and never closed")
        case .fieldTooLong(let line):
            return ("строка \(line): слишком длинное поле (больше 1 МиБ)", "line \(line): field too long (more than 1 MiB)")
        case .unexpectedCharacterAfterQuote(let line):
            return ("строка \(line): текст после закрывающей кавычки (\")", "line \(line): text after a closing quote (\")")
        case .undecodable(.invalidUTF8(let line)):
            return ("строка \(line): байт не в UTF-8 в файле UTF-8 (сохраните файл заново в UTF-8)",
                    "line \(line): a byte that is not UTF-8 in a UTF-8 file (save the file again as UTF-8)")
        case .undecodable: return ("файл не в кодировке UTF-8 и не в Windows-1251", "the file is neither UTF-8 nor Windows-1251 text")
        }
    }

    /// A wrong header row (line 1), in Russian and in English; Russian names the columns by their Russian titles.
    static func headerPair(_ issue: CSVHeaderIssue) -> (ru: String, en: String) {
        switch issue {
        case .missing(let column) where column == .lastName || column == .firstName:
            return ("строка 1: нет столбца «\(russianColumn(column.name))» (или одного столбца «ФИО» вместо фамилии, имени и отчества)",
                    "line 1: the column \"\(column.name)\" is missing (or one \"full_name\" column instead of the three name columns)")
        case .missing(let column):
            return ("строка 1: нет столбца «\(russianColumn(column.name))»", "line 1: the column \"\(column.name)\" is missing")
        case .unknown(let title, let position):
            return ("строка 1: столбец \(position) «\(title)» не относится к этому файлу",
                    "line 1: column \(position) \"\(title)\" is not a column of this file")
        case .duplicate(let column, let positions):
            let list = positions.map(String.init).joined(separator: ", ")
            return ("строка 1: столбец «\(russianColumn(column.name))» повторяется (столбцы \(list))",
                    "line 1: the column \"\(column.name)\" appears more than once (columns \(list))")
        }
    }

    /// The Russian title of a file column named by its canonical (English) name.
    static func russianColumn(_ name: String) -> String {
        russianColumns[name] ?? name
    }

    private static let russianColumns = [
        "class": "класс", "last_name": "фамилия", "first_name": "имя", "middle_name": "отчество", "subject": "предмет",
        "date": "дата", "work": "вид работы", "weight": "вес", "student": "ученик", "mark": "отметка", "term": "четверть",
        "reason": "причина", "procedure": "процедура", "score": "балл", "criterion": "критерий", "points": "баллы",
    ]
}
