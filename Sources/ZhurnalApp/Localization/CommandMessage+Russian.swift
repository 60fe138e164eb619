import Foundation
import ZhurnalCore
import ZhurnalStore

extension CommandMessage {
    /// The Russian text.
    var russian: String {
        switch self {
        case .verbatimLine(let line): return line
        case .usageHint: return "см. zhurnal --help"
        case .unknownCommand(let name): return "неизвестная команда «\(name)» (см. zhurnal --help)"
        case .unknownOption(let name): return "у этой команды нет параметра \(name) (см. zhurnal --help)"
        case .missingValue(let option): return "параметру \(option) нужно значение"
        case .missingArgument(let name): return "не указано: \(name) (см. zhurnal --help)"
        case .unexpectedArgument(let word): return "лишний аргумент «\(word)» (см. zhurnal --help)"
        case .invalidValue(let option, let value, let allowed): return "\(option) \(value): допустимо \(allowed)"
        case .conflicting(let a, let b): return "\(a) и \(b) нельзя указывать вместе"
        case .store(let error, let path): return Self.russianStore(error, path: path)
        case .cannotReadFile(let path): return "не удаётся прочитать \(path)"
        case .noJournal(let path): return "журнала \(path) нет (сначала загрузите список класса или укажите --db ПУТЬ)"
        case .outputRefused(let path, let refusal):
            let what: String
            switch refusal {
            case .database: what = "база данных SQLite (журнал)"
            case .sideFile: what = "служебный файл журнала (-wal, -shm или -journal)"
            case .symbolicLink: what = "символическая ссылка"
            case .notRegularFile: what = "не обычный файл"
            }
            return "\(path) — \(what); вывод не записан, ничего не изменено"
        case .cannotWriteFile(let path): return "не удаётся записать \(path)"
        case .csv(let error): return Self.russianCSV(error)
        case .headerIssue(let issue):
            switch issue {
            case .missing(let column) where column == .lastName || column == .firstName:
                return "строка 1: нет столбца «\(Self.russianColumn(column.name))» (или одного столбца «ФИО» вместо фамилии, имени и отчества)"
            case .missing(let column): return "строка 1: нет столбца «\(Self.russianColumn(column.name))»"
            case .unknown(let title, let position): return "строка 1: столбец \(position) «\(title)» не относится к этому файлу"
            case .duplicate(let column, let positions):
                return "строка 1: столбец «\(Self.russianColumn(column.name))» повторяется (столбцы \(positions.map(String.init).joined(separator: ", ")))"
            }
        case .rowProblem(let line, let problem): return "строка \(line): \(Self.russianProblem(problem.clipped))"
        case .importRefused(let count):
            return "\(count) " + Plural.russian(count, one: "ошибочная строка", few: "ошибочные строки", many: "ошибочных строк")
                + "; ничего не загружено"
        case .rosterImported(let students, let classes):
            return "загружено: \(students) " + Plural.russian(students, one: "ученик", few: "ученика", many: "учеников")
                + ", \(classes) " + Plural.russian(classes, one: "класс", few: "класса", many: "классов")
        case .marksImported(let entries, let columns):
            return "загружено: \(entries) " + Plural.russian(entries, one: "запись", few: "записи", many: "записей")
                + " в \(columns) " + Plural.russian(columns, one: "столбце", few: "столбцах", many: "столбцах")
        case .finalMarksImported(let count):
            return "загружено: \(count) " + Plural.russian(count, one: "итоговая отметка", few: "итоговые отметки", many: "итоговых отметок")
        case .rubricImported(let name, let replaced, let columns, let rederived):
            return "\(replaced ? "обновлены" : "загружены") критерии «\(name)»; колонок: \(columns); пересчитано отметок: \(rederived)"
        case .schoolYear(let message): return message.text(.ru)
        case .people(let message): return message.text(.ru)
        case .yearClose(let message): return message.text(.ru)
        case .server(let message): return message.text(.ru)
        case .movement(let message): return message.text(.ru)
        case .rubricRefused(let error): return "критерии не загружены: " + Self.russianRubric(error)
        case .rubricScoresImported(let students):
            return "загружены баллы по критериям: \(students) " + Plural.russian(students, one: "работа", few: "работы", many: "работ")
        case .unknownClass(let name): return "в журнале нет класса \(name)"
        case .unknownSubject(let name): return "в журнале нет предмета «\(name)»"
        case .unknownStudent(let name, let className): return "в классе \(className) нет ученика «\(name)»"
        case .ambiguousStudent(let name, let className):
            return "в классе \(className) несколько учеников «\(name)»: добавьте отчество"
        case .noSuchTerm(let number): return "в календаре школы нет периода \(number)"
        case .noSubjects(let name): return "в классе \(name) ещё нет ни одного урока"
        case .lprMissing: return "печать невозможна: не установлена команда lpr (установите cups-client или сохраните в файл через --output и распечатайте его)"
        case .printFailed(let lpr): return "печать невозможна: \(lpr) сообщил об ошибке"
        case .printed: return "отправлено на печать"
        case .inFile(let path): return "в файле \(path):"
        case .externalImported(let count): return "загружено внешних результатов: \(count)"
        case .noClassesInGrade(let grade): return "в журнале нет \(grade)-х классов"
        case .didYouMean(let message, let suggestion): return "\(message.russian); может быть, «\(suggestion)»?"
        case .unknownProcedure(let name): return "в журнале нет процедуры «\(name)» (загрузите результаты: zhurnal import external)"
        case .procedureOutsideCalendar(let date): return "дата процедуры \(date) вне календаря школы; укажите --term N"
        case .exportEncoding(let error):
            if case .unrepresentable(let scalar, let line, _) = error {
                return "строка \(line): символ «\(scalar)» нельзя записать в Windows-1251; выгрузите без --excel"
            }
            return "не удаётся закодировать выгрузку"
        case .backupSourceDamaged(let path):
            return "\(path) повреждён; резервная копия не записана (zhurnal check покажет повреждения)"
        case .backupFailed(let path, let error):
            let reason = error == .diskFull ? "диск заполнен" : Self.russianStore(error, path: path)
            return "резервная копия \(path) не записана (\(reason)); файл не создан"
        case .backupWritten(let path): return "резервная копия записана: \(path)"
        case .checkOK(let path): return "\(path): ошибок нет (ok)"
        case .checkProblems(let count):
            return "найдено \(count) " + Plural.russian(count, one: "нарушение", few: "нарушения", many: "нарушений")
        case .demoCreated(let path): return "демонстрационная школа создана: \(path)"
        case .demoExists(let path): return "открываю демонстрационную школу \(path) (zhurnal demo --force создаст её заново)"
        case .benchFileExists(let path):
            return "\(path) уже существует: zhurnal bench создаёт школу только в новом или пустом файле (никогда в журнале)"
        case .benchFailed(let reason): return "замер прерван: \(reason)"
        }
    }

    private static func russianStore(_ error: StoreError, path: String) -> String {
        switch error {
        case .notAJournal: return "\(path) — не журнал Zhurnal; файл не изменён"
        case .corrupt: return "\(path) повреждён (не является исправной базой SQLite); файл не изменён"
        case .newerVersion(let found, let supported):
            return "\(path) записан более новой версией Zhurnal (схема \(found), эта версия знает \(supported)); файл не изменён"
        case .olderVersion(let found, let supported):
            return "у \(path) старая схема (\(found) < \(supported)); откройте его один раз с правом записи для обновления"
        case .noDefaultLocation: return "не указан файл журнала: задайте --db ПУТЬ или ZHURNAL_DB"
        case .fileSystem(let target, let errno): return "\(target): \(String(cString: strerror(errno)))"
        case .fileExists(let target): return "\(target) уже существует; существующие файлы не перезаписываются"
        case .readOnly: return "\(path) открыт только для чтения; ничего не изменено"
        case .noSuchColumn: return "этого столбца уже нет"
        case .noSuchStudent: return "этого ученика уже нет"
        case .noSuchHistoryRecord: return "нечего отменять или возвращать"
        case .columnExists: return "столбец уже существует"
        case .diskFull: return "диск заполнен: \(path) не изменён; освободите место и повторите"
        case .busy: return "\(path) занят: в него пишет другое окно или команда; ничего не изменено, повторите"
        case .termLocked(let term): return "Период \(term) закрыт: изменения запрещены"
        case .upcomingLesson(let date):
            return "Урок \(date.russian) ещё не наступил: отметки и пропуски — с его дня"
        case .studentHasRecords: return "у ученика уже есть отметки или другие записи: список класса не изменён"
        case .notAllowed, .unknownStaff, .wouldLockOut: return RightText.refusal(error)?.ru ?? ""
        case .notEnrolled(_, let date):
            return "Ученик не числится в классе \(date.russian): отметки и пропуски — только в дни его обучения в классе"
        case .entriesAfterMovement(_, let date):
            return "У ученика есть отметки в классе после \(date.russian): сначала уберите их; ничего не изменено"
        case .movementBefore(_, let latest):
            return "У ученика есть более позднее движение (\(latest.russian)): сначала отмените его; ничего не изменено"
        case .alreadyEnrolled(_, let date):
            return "Ученик уже числится в классе \(date.russian): прибытие не записано"
        case .entriesBeforeArrival(_, let date):
            return "У ученика есть отметки в классе до \(date.russian): сначала уберите их; ничего не изменено"
        case .yearNotOver(let end):
            guard let end else { return "В календаре нет учебного года, который можно закрыть (нет верных периодов); ничего не изменено" }
            return "Учебный год идёт до \(end.russian): закрыть его можно с \(end.adding(days: 1).russian); ничего не изменено"
        case .yearClosed(let copy):
            return "Перевод на следующий учебный год не отменяется; закрытый год сохранён в файле \(copy)"
        case .settingsOutOfRange: return "настройка школы вне допустимых значений; ничего не сохранено"
        case .unexpected(let description): return "\(path): непредвиденный сбой: \(description)"
        case .damagedSetting(let name):
            return "\(path): сохранённая настройка «\(name)» повреждена или вне допустимых значений; ничего не прочитано: восстановите журнал из резервной копии"
        case .sqlite(let e): return "ошибка базы данных: \(e)"
        }
    }

    private static func russianCSV(_ error: CSVError) -> String {
        switch error {
        case .empty: return "файл пуст: нужна строка заголовков"
        case .unterminatedQuote(let line): return "строка \(line): кавычка (\") открыта и не закрыта"
        case .fieldTooLong(let line): return "строка \(line): слишком длинное поле (больше 1 МиБ)"
        case .unexpectedCharacterAfterQuote(let line): return "строка \(line): текст после закрывающей кавычки (\")"
        case .undecodable(.invalidUTF8(let line)):
            return "строка \(line): байт не в UTF-8 в файле UTF-8 (сохраните файл заново в UTF-8)"
        case .undecodable: return "файл не в кодировке UTF-8 и не в Windows-1251"
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

    private static func russianProblem(_ problem: ImportProblem) -> String {
        switch problem {
        case .missingValue(let column): return "не заполнено «\(Self.russianColumn(column))»"
        case .controlCharacter(let column, let scalar):
            return "в «\(Self.russianColumn(column))» невидимый управляющий символ (\(ControlCharacters.codePoint(scalar))), его не может быть в имени"
        case .fieldCount(let expected, let found): return "полей \(found), а в заголовке \(expected)"
        case .badDate(let text): return "«\(text)» — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)"
        case .unknownWork(let text): return "«\(text)» — такого вида работы нет в настройках школы"
        case .badWeight(let text): return "вес «\(text)» — не положительное число с не более чем двумя знаками после запятой"
        case .badEntry(let text): return "«\(text)» — не отметка журнала; допустимо: \(EntryError.allowed)"
        case .badFinalMark(let text): return "«\(text)» — не итоговая отметка; допустимо: 1–5, н/а, осв"
        case .badTerm(let text): return "«\(text)» — нет такого периода в календаре школы (или «год»)"
        case .badScore(let text): return "«\(text)» — не балл (целое число баллов от 0 до 1000)"
        case .badExternalMark(let text): return "«\(text)» — не отметка за процедуру; допустимо: 1–5"
        case .unknownClass(let name): return "нет класса \(name)"
        case .unknownSubject(let name): return "нет предмета «\(name)»"
        case .unknownStudent(let name, let className): return "в \(className) нет ученика «\(name)»"
        case .ambiguousStudent(let name, let className):
            return "в \(className) несколько учеников «\(name)»: добавьте отчество"
        case .duplicateCell(let student, let date, let work): return "вторая отметка у \(student) за \(date) (\(work))"
        case .duplicateStudent(let name): return "\(name) указан дважды"
        case .dateOutsideCalendar(let text): return "\(text) вне периодов учебного года"
        case .noColumn(let date, let work): return "нет колонки «\(work)» за \(date)"
        case .noRubric(let date, let work): return "у колонки «\(work)» за \(date) нет критериев"
        case .unknownCriterion(let code): return "в критериях нет критерия \(code)"
        case .badPoints(let text): return "\(text) — не баллы по этому критерию"
        case .badHours, .badRoles, .duplicateLogin, .duplicatePair, .badCalendarKind, .badNumber, .badGrades, .endBeforeStart, .badTerms,
             .overlappingGrades, .badWeekday, .badLesson, .duplicateLesson, .planNumber, .emptyTopic:
            return SchoolYearMessage.problem(problem, language: .ru)
        case .badEvent, .movementRefused: return MovementMessage.problem(problem, language: .ru)
        }
    }
}
