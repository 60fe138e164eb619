import Foundation
import Terminal
import TerminalUI
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore
import ZhurnalTools

/// Every command of `zhurnal`, declared once: parsing, validation, `--help` in both languages and
/// the synopsis in README are made from this table.
enum CommandTable {
    /// Options every command takes.
    static let global: [OptionSpec] = [
        .value("--db", Told("ПУТЬ", "PATH")),
        .value("--lang", Told("ru|en"), .choice(["ru", "en"])),
    ]

    /// The commands in the order `--help` lists them.
    static let all: [CommandSpec] = journal + imports + movements + school + exports + reports + maintenance

    private static let file = Told("ФАЙЛ", "FILE")

    private static let journal: [CommandSpec] = [
        CommandSpec([], summary: Told("открыть журнал", "open the journal")) { _, context throws(CommandFailure) in
            try Interactive.open(path: try context.databasePath(), language: context.language,
                                 environment: context.environment, today: context.today)
        },
        CommandSpec(["demo"], options: [.flag("--force")],
                    summary: Told("создать демонстрационную школу (один раз) и открыть её",
                                  "build a demo school (once) and open it")) { command, context throws(CommandFailure) in
            let path: String
            if let chosen = context.invocation.databasePath ?? DemoCommand.defaultPath(environment: context.environment) {
                path = chosen
            } else {
                path = try context.databasePath()
            }
            let note = try DemoCommand.prepare(path: path, force: command.flag("--force"))
            Console.out(note.text(context.language) + "\n")
            return try Interactive.open(path: path, language: context.language, environment: context.environment,
                                        today: context.today)
        },
    ]

    private static let imports: [CommandSpec] = [
        CommandSpec(["import", "roster"], positionals: .one(file), options: [.value("--class", Told("7А"))],
                    summary: Told("загрузить список учеников из CSV", "add students from a CSV file")) { command, context throws(CommandFailure) in
            try ImportCommands.roster(file: command.positionals[0], className: command.text("--class"),
                                      databasePath: context.databasePath())
        },
        CommandSpec(["import", "marks"], positionals: .one(file),
                    summary: Told("загрузить отметки (по строке на отметку)", "add journal entries (long format)")) { command, context throws(CommandFailure) in
            try ImportCommands.marks(file: command.positionals[0], databasePath: context.databasePath(), today: context.today)
        },
        CommandSpec(["import", "final-marks"], positionals: .one(file),
                    summary: Told("загрузить итоговые отметки учителя", "add the teacher's final term marks")) { command, context throws(CommandFailure) in
            try ImportCommands.finalMarks(file: command.positionals[0], databasePath: context.databasePath(), today: context.today)
        },
        CommandSpec(["import", "external"], positionals: .one(file),
                    options: [.value("--scale", Told("6,10,14"), .pointsScale)],
                    summary: Told("результаты внешних процедур (ВПР, ОГЭ, …): процедура,класс,предмет,дата,ученик,балл,отметка; --scale: наименьший балл на «3», «4», «5», если отметок нет",
                                  "external procedure results (ВПР, ОГЭ, …): procedure,class,subject,date,student,score,mark; --scale: least scores for 3, 4, 5 when marks are empty")) { command, context throws(CommandFailure) in
            try ExternalCommands.importResults(file: command.positionals[0],
                                               scale: command.text("--scale").flatMap(PointsScale.init(parsing:)),
                                               databasePath: context.databasePath())
        },
        CommandSpec(["import", "rubric"], positionals: .one(Told("ФАЙЛ.json", "FILE.json")),
                    summary: Told("критерии оценивания со шкалой (docs/rubrics.md)", "a criteria rubric with its scale (docs/rubrics.md)")) { command, context throws(CommandFailure) in
            try ImportCommands.rubric(file: command.positionals[0], databasePath: context.databasePath(), today: context.today)
        },
        CommandSpec(["import", "rubric-scores"], positionals: .one(file),
                    summary: Told("баллы по критериям; отметки выводятся из них", "criteria points; the marks are derived")) { command, context throws(CommandFailure) in
            try ImportCommands.rubricScores(file: command.positionals[0], databasePath: context.databasePath(), today: context.today)
        },
        CommandSpec(["import", "curriculum"], positionals: .one(file),
                    summary: Told("класс,предмет,учитель,часы: классы, предметы, пары", "class,subject,teacher,hours: classes, subjects, pairs")) { command, context throws(CommandFailure) in
            try SchoolYearCommands.importCurriculum(file: command.positionals[0], databasePath: context.databasePath())
        },
        CommandSpec(["import", "calendar"], positionals: .one(file),
                    summary: Told("вид,номер,начало,конец,параллели: периоды, каникулы", "kind,number,start,end,grades: terms per parallel, holidays")) { command, context throws(CommandFailure) in
            try SchoolYearCommands.importCalendar(file: command.positionals[0], databasePath: context.databasePath(), today: context.today)
        },
        CommandSpec(["import", "timetable"], positionals: .one(file),
                    summary: Told("класс,день,урок,предмет (день 1–7 или пн…вс)", "class,weekday,lesson,subject (weekday 1–7 or пн…вс)")) { command, context throws(CommandFailure) in
            try SchoolYearCommands.importTimetable(file: command.positionals[0], databasePath: context.databasePath())
        },
        CommandSpec(["import", "plan"], positionals: .one(file),
                    summary: Told("класс,предмет,номер,тема,дз (КТП)", "class,subject,number,topic,homework (КТП)")) { command, context throws(CommandFailure) in
            try SchoolYearCommands.importPlan(file: command.positionals[0], databasePath: context.databasePath(), today: context.today)
        },
        CommandSpec(["import", "staff"], positionals: .one(file),
                    summary: Told("логин,фамилия,имя,отчество,роли (сотрудники)", "login,last_name,first_name,middle_name,roles")) { command, context throws(CommandFailure) in
            try PeopleCommands.importStaff(file: command.positionals[0], databasePath: context.databasePath())
        },
        CommandSpec(["import", "movements"], positionals: .one(file),
                    summary: Told("класс,ученик,событие,дата,в класс,причина,приказ (событие прибыл|выбыл|перевод)",
                                  "class,student,event,date,to_class,reason,order (event arrive|leave|transfer, Russian прибыл|выбыл|перевод)")) { command, context throws(CommandFailure) in
            try MovementCommands.importMovements(file: command.positionals[0], databasePath: context.databasePath(), today: context.today)
        },
    ]

    private static let studentName = Told("\"Фамилия Имя\"", "\"Last First\"")
    private static let fullName = Told("\"Фамилия Имя [Отчество]\"", "\"Last First [Middle]\"")
    private static let day = Told("Д", "D")
    private static let order = OptionSpec.value("--order", Told("№", "NO"))

    /// `student arrive|leave|transfer|rename`: `own` the movement's own option, `to` the option
    /// whose value is the new class or name.
    private static func movement(_ kind: MovementKind, _ word: String, student: Told, own: [OptionSpec], to: String?,
                                 summary: Told) -> CommandSpec {
        let options = [OptionSpec.requiredClass, .value("--student", student, required: true)] + own
            + [.value("--date", day, .date, required: true), order]
        return CommandSpec(["student", word], options: options, summary: summary) { command, context throws(CommandFailure) in
            let request = MovementCommands.Request(kind: kind, className: command.required("--class"),
                                                   student: command.required("--student"), date: command.date("--date"),
                                                   to: to.flatMap(command.text) ?? "", reason: command.text("--reason") ?? "",
                                                   order: command.text("--order") ?? "")
            return try MovementCommands.run(request, databasePath: context.databasePath(), today: context.today)
        }
    }

    private static let movements: [CommandSpec] = [
        movement(.arrive, "arrive", student: fullName, own: [], to: nil,
                 summary: Told("прибытие ученика (новый ученик добавляется в класс)", "a student arrives (a new one is added to the class)")),
        movement(.leave, "leave", student: studentName, own: [.value("--reason", Told("П", "R"))], to: nil,
                 summary: Told("выбытие ученика", "a student leaves the school")),
        movement(.transfer, "transfer", student: studentName, own: [.value("--to", Told("К2", "C2"), required: true)], to: "--to",
                 summary: Told("перевод ученика в другой класс", "a student moves to another class")),
        movement(.rename, "rename", student: studentName, own: [.value("--name", fullName, required: true)], to: "--name",
                 summary: Told("смена фамилии или имени ученика", "a student's name changes")),
    ]

    private static let school: [CommandSpec] = [
        CommandSpec(["lock|unlock"], options: [.term(required: true)],
                    summary: Told("закрыть или открыть период (завуч, администратор)", "lock or unlock a term (deputy head, administrator)")) { command, context throws(CommandFailure) in
            try PeopleCommands.setTermLocked(command.words[0] == "lock", term: command.term ?? 0,
                                             databasePath: context.databasePath(), today: context.today)
        },
        CommandSpec(["year", "close"], options: [.value("--repeat", studentName, repeats: true)],
                    summary: Told("закрыть учебный год: классы переходят в следующий (7А → 8А), 9-е и 11-е выпускаются; закрытый год — в journal-2026-27.sqlite рядом с журналом (завуч)",
                                  "end the school year: classes move up (7А → 8А), the 9th and 11th graduate; the closed year is kept in journal-2026-27.sqlite beside the journal (deputy head)")) { command, context throws(CommandFailure) in
            try YearCloseCommand.run(repeaters: command.repeated["--repeat"] ?? [], databasePath: context.databasePath())
        },
        CommandSpec(["server", "setup"], options: [.value("--root", Told("КАТАЛОГ", "DIR")), .value("--group", Told("G"))],
                    summary: Told("файлы школьного сервера (docs/deployment.md)", "a school server's files (docs/deployment.md)")) { command, _ throws(CommandFailure) in
            try ServerSetup(layout: ServerLayout(group: command.text("--group")), root: command.text("--root") ?? "/",
                            programSource: Bundle.main.executablePath ?? CommandLine.arguments[0]).run()
        },
        CommandSpec(["lessons", "generate"],
                    options: [.value("--from", day, .date, required: true), .value("--to", day, .date, required: true),
                              .className, .subject],
                    summary: Told("по уроку на каждый урок расписания в учебные дни", "one lesson per timetable lesson on school days")) { command, context throws(CommandFailure) in
            try SchoolYearCommands.generateLessons(from: command.date("--from"), to: command.date("--to"),
                                                   className: command.text("--class"), subject: command.text("--subject"),
                                                   databasePath: context.databasePath(), today: context.today)
        },
    ]

    private static let exports: [CommandSpec] = [
        CommandSpec(["export", "marks"], options: [.className, .subject, .format(.csv, .json), .output, .excel],
                    summary: Told("выгрузить отметки", "write the marks out")) { command, context throws(CommandFailure) in
            try ReportCommands.exportMarks(className: command.text("--class"), subject: command.text("--subject"),
                                           json: command.format == .json, destination: command.destination,
                                           databasePath: context.databasePath(), today: context.today,
                                           language: context.invocation.language == Language.en.rawValue ? .en : .ru)
        },
        CommandSpec(["export", "lessons"], options: [.requiredClass, .requiredSubject, .term(), .format(.csv, .json), .output, .excel],
                    summary: Told("выгрузить уроки: даты, темы, домашние задания", "write the lessons out: dates, topics, homework")) { command, context throws(CommandFailure) in
            try SchoolYearCommands.exportLessons(className: command.required("--class"), subject: command.required("--subject"),
                                                 term: command.term, json: command.format == .json,
                                                 destination: command.destination,
                                                 databasePath: context.databasePath(), today: context.today)
        },
    ]

    private static let reports: [CommandSpec] = [
        CommandSpec(["report", "summary"],
                    options: [.requiredClass, .subject, .term(year: true), .year, .format(.text, .csv, .html, .json), .output, .excel,
                              .flag("--averages"), .teacher, .print],
                    summary: Told("сводная ведомость; text: листы A4 (все предметы — альбомный); --print — на печать через lpr",
                                  "the class summary; text: A4 sheets (landscape for all subjects); --print sends them to lpr")) { command, context throws(CommandFailure) in
            let path = try context.databasePath()
            var term: Int?
            if case .term(let number) = command.period { term = number }
            return try ReportCommands.summary(className: command.required("--class"), subject: command.text("--subject"),
                                              term: term, year: command.period == .year, format: command.format,
                                              destination: command.destination, databasePath: path, today: context.today,
                                              language: context.language,
                                              sheet: SheetOptions(teacher: command.text("--teacher"), averages: command.flag("--averages"),
                                                                  print: command.flag("--print"), journalPath: path,
                                                                  environment: context.environment))
        },
        CommandSpec(["print", "journal"],
                    options: [.requiredClass, .requiredSubject, .term(year: true), .year, .format(.text, .html), .output, .teacher, .print],
                    summary: Told("страница журнала в архив: ученики × даты, темы уроков, статистика по урокам (A4, альбомный)",
                                  "the journal page to archive: students × dates, topics, statistics per lesson (A4 landscape)")) { command, context throws(CommandFailure) in
            let path = try context.databasePath()
            var term: Int?
            if case .term(let number) = command.period { term = number }
            return try ReportCommands.journalPage(className: command.required("--class"), subject: command.required("--subject"),
                                                  term: term, year: command.period == .year, html: command.format == .html,
                                                  destination: OutputDestination(path: command.output, excel: false),
                                                  databasePath: path, today: context.today, language: context.language,
                                                  sheet: SheetOptions(teacher: command.text("--teacher"), print: command.flag("--print"),
                                                                      journalPath: path, environment: context.environment))
        },
        CommandSpec(["report", "student"],
                    options: [.requiredClass, .value("--student", Told("\"Фамилия [Имя]\"", "\"Last [First]\""), required: true),
                              .term(), .format(.text, .json), .output],
                    summary: Told("карточка ученика: отметки, динамика, уровни", "a student's card: marks, dynamics, levels")) { command, context throws(CommandFailure) in
            try ProgressCommands.student(className: command.required("--class"), student: command.required("--student"),
                                         term: command.term, json: command.format == .json, destination: command.destination,
                                         databasePath: context.databasePath(), today: context.today, language: context.language)
        },
        CommandSpec(["report", "risk"],
                    options: [.value("--class", Told("К", "C"), excludes: ["--grade"]), .value("--grade", Told("7"), .grade),
                              .term(), .format(.text, .json), .output],
                    summary: Told("зона риска по порядку: класс, параллель или вся школа", "students at risk, ranked: a class, a grade or the school")) { command, context throws(CommandFailure) in
            try ProgressCommands.risk(className: command.text("--class"), grade: command.number("--grade"), term: command.term,
                                      json: command.format == .json, destination: command.destination,
                                      databasePath: context.databasePath(), today: context.today, language: context.language)
        },
        CommandSpec(["report", "attendance"],
                    options: [.requiredClass, .term(), .format(.text, .csv, .html, .json), .output, .teacher],
                    summary: Told("пропуски (н б у), опоздания (оп) и % пропусков по ученикам", "lessons missed (н б у), late (оп) and missed % per student")) { command, context throws(CommandFailure) in
            let path = try context.databasePath()
            return try AttendanceCommands.attendance(className: command.required("--class"), term: command.term, format: command.format,
                                                     destination: OutputDestination(path: command.output, excel: false),
                                                     databasePath: path, today: context.today, language: context.language,
                                                     sheet: SheetOptions(teacher: command.text("--teacher"), journalPath: path,
                                                                         environment: context.environment))
        },
        CommandSpec(["report", "class-teacher"],
                    options: [.requiredClass, .term(), .format(.text, .html, .json), .output, .teacher, .print],
                    summary: Told("отчёт классного руководителя: успеваемость по предметам, посещаемость и движение (A4, книжный)",
                                  "the class teacher's report: subjects' statistics, attendance and movement (A4 portrait)")) { command, context throws(CommandFailure) in
            let path = try context.databasePath()
            return try AttendanceCommands.classTeacher(className: command.required("--class"), term: command.term, format: command.format,
                                                       destination: OutputDestination(path: command.output, excel: false),
                                                       databasePath: path, today: context.today, language: context.language,
                                                       sheet: SheetOptions(teacher: command.text("--teacher"), print: command.flag("--print"),
                                                                           journalPath: path, environment: context.environment))
        },
        CommandSpec(["report", "movements"], options: [.term(), .format(.text, .csv, .html, .json), .output],
                    summary: Told("движение учащихся школы по классам: на начало, прибыло, переведено в, выбыло (по причинам), переведено из, на конец",
                                  "the school's movement of students per class: at start, arrived, moved in, left (by reason), moved out, at end")) { command, context throws(CommandFailure) in
            try MovementCommands.report(term: command.term, format: command.format,
                                        destination: OutputDestination(path: command.output, excel: false),
                                        databasePath: context.databasePath(), today: context.today, language: context.language)
        },
        CommandSpec(["report", "objectivity"],
                    options: [.value("--procedure", Told("П", "P"), required: true), .term(), .format(.text, .json), .output],
                    summary: Told("внешние отметки против итоговых за период", "external marks against final term marks")) { command, context throws(CommandFailure) in
            try ExternalCommands.objectivity(procedure: command.required("--procedure"), term: command.term,
                                             json: command.format == .json,
                                             destination: OutputDestination(path: command.output, excel: false),
                                             databasePath: context.databasePath(), today: context.today, language: context.language)
        },
        CommandSpec(["report", "district"], positionals: .many(Told("БД1 БД2 …", "DB1 DB2 …")),
                    options: [.term(), .format(.text, .json), .output, .value("--min-progress", Told("85"), .percent),
                              .value("--min-quality", Told("30"), .percent), .value("--min-sou", Told("40"), .percent)],
                    summary: Told("сводка по школам (файлы только читаются); школы ниже порога отмечены как кандидаты в ШНОР",
                                  "several schools' files (read only); schools below a threshold are flagged as ШНОР candidates")) { command, context throws(CommandFailure) in
            let defaults = DistrictReport.Thresholds()
            let threshold = { (option: String, fallback: Ratio) in command.number(option).map(Ratio.init(hundredths:)) ?? fallback }
            let thresholds = DistrictReport.Thresholds(progress: threshold("--min-progress", defaults.progress),
                                                       quality: threshold("--min-quality", defaults.quality),
                                                       sou: threshold("--min-sou", defaults.sou))
            return try DistrictCommand.run(paths: command.positionals, term: command.term, thresholds: thresholds,
                                           json: command.format == .json,
                                           destination: OutputDestination(path: command.output, excel: false),
                                           today: context.today, language: context.language)
        },
    ]

    private static let maintenance: [CommandSpec] = [
        CommandSpec(["backup"], positionals: .one(file),
                    summary: Told("сохранить копию журнала в новый файл", "copy the journal to a new file")) { command, context throws(CommandFailure) in
            try MaintenanceCommands.backup(to: command.positionals[0], databasePath: context.databasePath())
        },
        CommandSpec(["check"], summary: Told("проверить целостность файла журнала", "check the journal file's integrity")) { _, context throws(CommandFailure) in
            try MaintenanceCommands.check(databasePath: context.databasePath())
        },
        CommandSpec(["bench"],
                    options: [.value("--scale", Told(BenchScale.allCases.map(\.rawValue).joined(separator: "|")),
                                     .choice(BenchScale.allCases.map(\.rawValue))),
                              .value("--seed", Told("N"), .seed), .format(.text, .json)],
                    summary: Told("создать учебную школу (school: 1000 учеников, ≈1,5 млн записей; district: 20 файлов; small: секунды; server: 40 сеансов 60 с пишут в один файл) во временном каталоге и замерить журнал на ней (docs/benchmarks.md); --db ПУТЬ: новый файл, он останется",
                                  "build a synthetic school (school: 1,000 students, ≈1.5 M entries; district: 20 files; small: seconds; server: 40 sessions typing into one file for 60 s) in a temporary directory and time the journal on it (docs/benchmarks.md); --db PATH: a new file to keep")) { command, context throws(CommandFailure) in
            let scale = command.text("--scale").flatMap(BenchScale.init(rawValue:)) ?? .school
            return try BenchCommand.run(scale: scale, seed: command.seed ?? BenchCommand.defaultSeed,
                                        databasePath: context.invocation.databasePath, json: command.format == .json,
                                        language: context.language, environment: context.environment, showProgress: true,
                                        startTerminal: { try PseudoTerminalSink(environment: context.environment) })
        },
    ]
}
