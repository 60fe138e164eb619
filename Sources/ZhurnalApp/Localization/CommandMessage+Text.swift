import ZhurnalCore
import ZhurnalStore

extension CommandMessage {
    /// The Russian and the English text side by side.
    var pair: (ru: String, en: String) {
        switch self {
        case .verbatimLine(let line): return (line, line)
        case .usageHint: return ("см. zhurnal --help", "see zhurnal --help")
        case .unknownCommand(let name):
            return ("неизвестная команда «\(name)» (см. zhurnal --help)", "unknown command \"\(name)\" (see zhurnal --help)")
        case .unknownOption(let name):
            return ("у этой команды нет параметра \(name) (см. zhurnal --help)", "unknown option \(name) for this command (see zhurnal --help)")
        case .missingValue(let option): return ("параметру \(option) нужно значение", "option \(option) needs a value")
        case .missingArgument(let name): return ("не указано: \(name) (см. zhurnal --help)", "missing \(name) (see zhurnal --help)")
        case .unexpectedArgument(let word):
            return ("лишний аргумент «\(word)» (см. zhurnal --help)", "unexpected argument \"\(word)\" (see zhurnal --help)")
        case .invalidValue(let option, let value, let allowed):
            return ("\(option) \(value): допустимо \(allowed)", "\(option) \(value): allowed are \(allowed)")
        case .conflicting(let a, let b): return ("\(a) и \(b) нельзя указывать вместе", "\(a) and \(b) cannot be used together")
        case .store(let error, let path): return Self.storePair(error, path: path)
        case .cannotReadFile(let path): return ("не удаётся прочитать \(path)", "cannot read \(path)")
        case .noJournal(let path):
            return ("журнала \(path) нет (сначала загрузите список класса или укажите --db ПУТЬ)",
                    "there is no journal at \(path) (import a roster first, or give --db PATH)")
        case .outputRefused(let path, let refusal):
            let what = Self.refusalPair(refusal)
            return ("\(path) — \(what.ru); вывод не записан, ничего не изменено",
                    "\(path) is \(what.en); the output was not written and nothing was changed")
        case .cannotWriteFile(let path): return ("не удаётся записать \(path)", "cannot write \(path)")
        case .csv(let error): return Self.csvPair(error)
        case .headerIssue(let issue): return Self.headerPair(issue)
        case .rowProblem(let line, let problem):
            let text = Self.problemPair(problem.clipped)
            return ("строка \(line): \(text.ru)", "line \(line): \(text.en)")
        case .importRefused(let count):
            return ("\(count) " + Plural.russian(count, one: "ошибочная строка", few: "ошибочные строки", many: "ошибочных строк")
                        + "; ничего не загружено",
                    "\(count) bad \(count == 1 ? "row" : "rows"); nothing was imported")
        case .rosterImported(let students, let classes):
            return ("загружено: \(students) " + Plural.russian(students, one: "ученик", few: "ученика", many: "учеников")
                        + ", \(classes) " + Plural.russian(classes, one: "класс", few: "класса", many: "классов"),
                    "imported \(students) \(students == 1 ? "student" : "students") into \(classes) \(classes == 1 ? "class" : "classes")")
        case .marksImported(let entries, let columns):
            return ("загружено: \(entries) " + Plural.russian(entries, one: "запись", few: "записи", many: "записей")
                        + " в \(columns) " + Plural.russian(columns, one: "столбце", few: "столбцах", many: "столбцах"),
                    "imported \(entries) \(entries == 1 ? "entry" : "entries") in \(columns) lesson \(columns == 1 ? "column" : "columns")")
        case .finalMarksImported(let count):
            return ("загружено: \(count) " + Plural.russian(count, one: "итоговая отметка", few: "итоговые отметки", many: "итоговых отметок"),
                    "imported \(count) final \(count == 1 ? "mark" : "marks")")
        case .rubricImported(let name, let replaced, let columns, let rederived):
            return ("\(replaced ? "обновлены" : "загружены") критерии «\(name)»; колонок: \(columns); пересчитано отметок: \(rederived)",
                    "\(replaced ? "updated" : "imported") rubric \"\(name)\"; columns: \(columns); marks re-derived: \(rederived)")
        case .schoolYear(let message): return (message.text(.ru), message.text(.en))
        case .people(let message): return (message.text(.ru), message.text(.en))
        case .yearClose(let message): return (message.text(.ru), message.text(.en))
        case .server(let message): return (message.text(.ru), message.text(.en))
        case .movement(let message): return (message.text(.ru), message.text(.en))
        case .rubricRefused(let error):
            let why = Self.rubricPair(error)
            return ("критерии не загружены: " + why.ru, "rubric not imported: " + why.en)
        case .rubricScoresImported(let students):
            return ("загружены баллы по критериям: \(students) " + Plural.russian(students, one: "работа", few: "работы", many: "работ"),
                    "imported criteria points for \(students) \(students == 1 ? "work" : "works")")
        case .unknownClass(let name): return ("в журнале нет класса \(name)", "there is no class \(name) in the journal")
        case .unknownSubject(let name): return ("в журнале нет предмета «\(name)»", "there is no subject \"\(name)\" in the journal")
        case .unknownStudent(let name, let className):
            return ("в классе \(className) нет ученика «\(name)»", "there is no student \"\(name)\" in class \(className)")
        case .ambiguousStudent(let name, let className):
            return ("в классе \(className) несколько учеников «\(name)»: добавьте отчество",
                    "several students \"\(name)\" in class \(className): add the middle name")
        case .noSuchTerm(let number): return ("в календаре школы нет периода \(number)", "the school calendar has no term \(number)")
        case .noSubjects(let name): return ("в классе \(name) ещё нет ни одного урока", "class \(name) has no lesson columns yet")
        case .lprMissing:
            return ("печать невозможна: не установлена команда lpr (установите cups-client или сохраните в файл через --output и распечатайте его)",
                    "cannot print: the lpr command is not installed (install cups-client, or save with --output and print the file)")
        case .printFailed(let lpr): return ("печать невозможна: \(lpr) сообщил об ошибке", "cannot print: \(lpr) reported an error")
        case .printed: return ("отправлено на печать", "sent to the printer")
        case .inFile(let path): return ("в файле \(path):", "in \(path):")
        case .externalImported(let count):
            return ("загружено внешних результатов: \(count)", "imported \(count) external \(count == 1 ? "result" : "results")")
        case .noClassesInGrade(let grade): return ("в журнале нет \(grade)-х классов", "the journal has no classes of grade \(grade)")
        case .didYouMean(let message, let suggestion):
            let refusal = message.pair
            return ("\(refusal.ru); может быть, «\(suggestion)»?", "\(refusal.en); did you mean \"\(suggestion)\"?")
        case .unknownProcedure(let name):
            return ("в журнале нет процедуры «\(name)» (загрузите результаты: zhurnal import external)",
                    "there is no procedure \"\(name)\" in the journal (import its results with zhurnal import external)")
        case .procedureOutsideCalendar(let date):
            return ("дата процедуры \(date) вне календаря школы; укажите --term N",
                    "the procedure's date \(date) is outside the school calendar; give --term N")
        case .exportEncoding(let error):
            if case .unrepresentable(let scalar, let line, _) = error {
                return ("строка \(line): символ «\(scalar)» нельзя записать в Windows-1251; выгрузите без --excel",
                        "line \(line): the character \"\(scalar)\" cannot be written in Windows-1251; export without --excel")
            }
            return ("не удаётся закодировать выгрузку", "cannot encode the export")
        case .backupSourceDamaged(let path):
            return ("\(path) повреждён; резервная копия не записана (zhurnal check покажет повреждения)",
                    "\(path) is damaged; no backup was written (zhurnal check lists the damage)")
        case .backupFailed(let path, let error):
            let reason = error == .diskFull ? (ru: "диск заполнен", en: "the disk is full") : Self.storePair(error, path: path)
            return ("резервная копия \(path) не записана (\(reason.ru)); файл не создан",
                    "backup to \(path) failed (\(reason.en)); no file was written")
        case .backupWritten(let path): return ("резервная копия записана: \(path)", "backup written to \(path)")
        case .checkOK(let path): return ("\(path): ошибок нет (ok)", "\(path): ok")
        case .checkProblems(let count):
            return ("найдено \(count) " + Plural.russian(count, one: "нарушение", few: "нарушения", many: "нарушений"),
                    "\(count) \(count == 1 ? "problem" : "problems") found")
        case .demoCreated(let path): return ("демонстрационная школа создана: \(path)", "demo school created in \(path)")
        case .demoExists(let path):
            return ("открываю демонстрационную школу \(path) (zhurnal demo --force создаст её заново)",
                    "opening the demo school in \(path) (zhurnal demo --force builds it anew)")
        case .benchFileExists(let path):
            return ("\(path) уже существует: zhurnal bench создаёт школу только в новом или пустом файле (никогда в журнале)",
                    "\(path) exists: zhurnal bench builds its school only in a new or empty file (never in a journal)")
        case .benchFailed(let reason): return ("замер прерван: \(reason)", "the benchmark stopped: \(reason)")
        }
    }

    /// What kind of file `--output` refused, as a noun phrase in each language.
    private static func refusalPair(_ refusal: OutputRefusal) -> (ru: String, en: String) {
        switch refusal {
        case .database: return ("база данных SQLite (журнал)", "a SQLite database (a journal)")
        case .sideFile: return ("служебный файл журнала (-wal, -shm или -journal)", "a journal's -wal, -shm or -journal file")
        case .symbolicLink: return ("символическая ссылка", "a symbolic link")
        case .notRegularFile: return ("не обычный файл", "not a regular file")
        }
    }
}
