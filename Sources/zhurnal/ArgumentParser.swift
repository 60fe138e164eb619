import ZhurnalApp
import ZhurnalCore
import ZhurnalTools

/// Parses `zhurnal` arguments (without the program name) into an ``Invocation``.
///
/// `--db PATH` and `--lang ru|en` are accepted before or after the subcommand; `--opt=value`
/// is accepted as well as `--opt value`. A repeated option takes its last value; `--` ends the
/// options (every later word is a positional argument, even one starting with `-`).
struct ArgumentParser {
    private var words: [String]
    private var positionals: [String] = []
    private var options: [String: String] = [:]
    private var flags: Set<String> = []
    /// Every value of `--repeat` (`year close` takes it once per repeater).
    private var repeats: [String] = []

    private static let valued: Set<String> = [
        "--db", "--lang", "--class", "--subject", "--term", "--format", "--output", "--student",
        "--teacher", "--procedure", "--min-progress", "--min-quality", "--min-sou",
        "--scale", "--seed", "--from", "--to", "--grade", "--root", "--group", "--date", "--order", "--reason", "--name",
        "--repeat",
    ]
    /// Every command, as typed: the words «did you mean» chooses from.
    static let commandNames = [
        "demo", "import", "export", "report", "print", "backup", "check", "bench", "help", "version", "print journal",
        "import roster", "import marks", "import final-marks", "import external", "import rubric", "import rubric-scores",
        "import curriculum", "import calendar", "import timetable", "import plan", "import staff", "import movements", "lock", "unlock", "server", "server setup", "lessons", "lessons generate",
        "export marks", "export lessons",
        "report summary", "report student", "report risk", "report objectivity", "report district",
        "report attendance", "report class-teacher", "report movements",
        "student", "student arrive", "student leave", "student transfer", "student rename",
        "year", "year close",
    ]
    private static let flagNames: Set<String> = ["--force", "--year", "--excel", "--help", "--version", "--print", "--averages"]

    init(_ arguments: [String]) {
        words = arguments
    }

    /// Parses the arguments or throws a ``UsageError``.
    mutating func parse() throws -> Invocation {
        try split()
        let invocation = Invocation(databasePath: options["--db"], language: try language(), command: try command())
        return invocation
    }

    /// The `--lang` value the arguments ask for (the last one, before any `--`), read without
    /// parsing the rest, so that a usage error is told in that language too.
    static func requestedLanguage(_ arguments: [String]) -> String? {
        var requested: String?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let word = arguments[index]
            index += 1
            if word.hasPrefix("--lang=") {
                requested = String(word.dropFirst(7))
            } else if word == "-o" || valued.contains(word), index < arguments.count {
                if word == "--lang" { requested = arguments[index] }
                index += 1
            }
        }
        return requested
    }

    private mutating func split() throws {
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded {
                positionals.append(word)
                continue
            }
            if word == "--" { optionsEnded = true; continue }
            if word == "-h" { flags.insert("--help"); continue }
            if word == "-V" { flags.insert("--version"); continue }
            if word == "-o" || word.hasPrefix("--") {
                let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let name = parts[0] == "-o" ? "--output" : parts[0]
                if Self.flagNames.contains(name) {
                    guard parts.count == 1 else { throw UsageError.unexpectedArgument(word) }
                    flags.insert(name)
                } else if Self.valued.contains(name) {
                    let value: String
                    if parts.count == 2 {
                        value = parts[1]
                    } else {
                        guard index < words.count else { throw UsageError.missingValue(option: name) }
                        value = words[index]
                        index += 1
                    }
                    guard !value.isEmpty else { throw UsageError.missingValue(option: name) }
                    options[name] = value
                    if name == "--repeat" { repeats.append(value) }
                } else {
                    throw UsageError.unknownOption(word)
                }
            } else {
                positionals.append(word)
            }
        }
    }

    private func language() throws -> String? {
        guard let lang = options["--lang"] else { return nil }
        guard ["ru", "en"].contains(lang) else {
            throw UsageError.invalidValue(option: "--lang", value: lang, allowed: "ru, en")
        }
        return lang
    }

    private mutating func command() throws -> Command {
        if flags.contains("--help") { return .help }
        if flags.contains("--version") { return .version }
        guard let name = positionals.first else {
            try allowOnly([])
            return .open
        }
        switch name {
        case "demo":
            try allowOnly(["--force"], positionals: 1)
            return .demo(force: flags.contains("--force"))
        case "import":
            return try importCommand()
        case "export":
            return try exportCommand()
        case "lessons":
            return try lessonsCommand()
        case "student":
            return try studentCommand()
        case "report":
            return try reportCommand()
        case "print":
            return try printCommand()
        case "server":
            try allowOnly(["--root", "--group"], positionals: 2)
            guard try positional(1, named: "setup") == "setup" else { throw UsageError.unknownCommand("server \(positionals[1])") }
            return .serverSetup(root: options["--root"], group: options["--group"])
        case "lock", "unlock":
            try allowOnly(["--term"], positionals: 1)
            guard let text = options["--term"] else { throw UsageError.missingArgument("--term N") }
            guard let term = Int(text), (1...6).contains(term) else {
                throw UsageError.invalidValue(option: "--term", value: text, allowed: "1–6")
            }
            return .lock(term: term, locked: name == "lock")
        case "backup":
            try allowOnly([], positionals: 2)
            return .backup(file: try positional(1, named: "FILE"))
        case "check":
            try allowOnly([], positionals: 1)
            return .check
        case "bench":
            return try benchCommand()
        case "year":
            try allowOnly(["--repeat"], positionals: 2)
            guard try positional(1, named: "close") == "close" else { throw UsageError.unknownCommand("year \(positionals[1])") }
            return .yearClose(repeaters: repeats)
        case "help":
            return .help
        case "version":
            return .version
        default:
            throw UsageError.unknownCommand(name)
        }
    }

    private func importCommand() throws -> Command {
        let what = try positional(1, named: "roster|marks|final-marks|external|rubric|rubric-scores|curriculum|calendar|timetable|plan|staff|movements")
        switch what {
        case "roster":
            try allowOnly(["--class"], positionals: 3)
            return .importRoster(file: try positional(2, named: "FILE"), className: options["--class"])
        case "marks":
            try allowOnly([], positionals: 3)
            return .importMarks(file: try positional(2, named: "FILE"))
        case "final-marks":
            try allowOnly([], positionals: 3)
            return .importFinalMarks(file: try positional(2, named: "FILE"))
        case "external":
            try allowOnly(["--scale"], positionals: 3)
            if let scale = options["--scale"], PointsScale(parsing: scale) == nil {
                throw UsageError.invalidValue(option: "--scale", value: scale, allowed: "6,10,14 (3, 4, 5)")
            }
            return .importExternal(file: try positional(2, named: "FILE"), scale: options["--scale"])
        case "rubric":
            try allowOnly([], positionals: 3)
            return .importRubric(file: try positional(2, named: "FILE"))
        case "rubric-scores":
            try allowOnly([], positionals: 3)
            return .importRubricScores(file: try positional(2, named: "FILE"))
        case "staff":
            try allowOnly([], positionals: 3)
            return .importStaff(file: try positional(2, named: "FILE"))
        case "movements":
            try allowOnly([], positionals: 3)
            return .importMovements(file: try positional(2, named: "FILE"))
        case "curriculum", "calendar", "timetable", "plan":
            try allowOnly([], positionals: 3)
            let file = try positional(2, named: "FILE")
            switch what {
            case "curriculum": return .importCurriculum(file: file)
            case "calendar": return .importCalendar(file: file)
            case "timetable": return .importTimetable(file: file)
            default: return .importPlan(file: file)
            }
        default:
            throw UsageError.unknownCommand("import \(what)")
        }
    }

    private func benchCommand() throws -> Command {
        try allowOnly(["--scale", "--seed", "--format"], positionals: 1)
        let scaleText = options["--scale"] ?? BenchScale.school.rawValue
        guard let scale = BenchScale(rawValue: scaleText) else {
            throw UsageError.invalidValue(option: "--scale", value: scaleText, allowed: "small, school, district, server")
        }
        var seed = BenchCommand.defaultSeed
        if let text = options["--seed"] {
            guard let value = UInt64(text) else {
                throw UsageError.invalidValue(option: "--seed", value: text, allowed: "0–18446744073709551615")
            }
            seed = value
        }
        let format = try outputFormat(allowed: [.text, .json], default: .text)
        return .bench(scale: scale, seed: seed, json: format == .json)
    }

    private func lessonsCommand() throws -> Command {
        let what = try positional(1, named: "generate")
        guard what == "generate" else { throw UsageError.unknownCommand("lessons \(what)") }
        try allowOnly(["--from", "--to", "--class", "--subject"], positionals: 2)
        return .generateLessons(from: try date("--from"), to: try date("--to"), className: options["--class"],
                                subject: options["--subject"])
    }

    /// `student arrive|leave|transfer|rename --class C --student "Ф И [О]" --date D …`.
    private func studentCommand() throws -> Command {
        let what = try positional(1, named: "arrive|leave|transfer|rename")
        let kinds: [String: (MovementKind, Set<String>)] = [
            "arrive": (.arrive, []), "leave": (.leave, ["--reason"]), "transfer": (.transfer, ["--to"]), "rename": (.rename, ["--name"]),
        ]
        guard let (kind, own) = kinds[what] else { throw UsageError.unknownCommand("student \(what)") }
        try allowOnly(own.union(["--class", "--student", "--date", "--order"]), positionals: 2)
        guard let className = options["--class"] else { throw UsageError.missingArgument("--class") }
        guard let student = options["--student"] else { throw UsageError.missingArgument("--student") }
        let date = try date("--date")
        var to = ""
        if let option = own.first(where: { $0 == "--to" || $0 == "--name" }) {
            guard let value = options[option] else { throw UsageError.missingArgument(option) }
            to = value
        }
        return .student(MovementCommands.Request(kind: kind, className: className, student: student, date: date, to: to,
                                                 reason: options["--reason"] ?? "", order: options["--order"] ?? ""))
    }

    private func date(_ option: String) throws -> LocalDate {
        guard let text = options[option] else { throw UsageError.missingArgument(option) }
        guard let date = LocalDate(parsing: text) else {
            throw UsageError.invalidValue(option: option, value: text, allowed: "YYYY-MM-DD, DD.MM.YYYY")
        }
        return date
    }

    private func exportCommand() throws -> Command {
        let what = try positional(1, named: "marks|lessons")
        if what == "lessons" {
            try allowOnly(["--class", "--subject", "--term", "--format", "--output", "--excel"], positionals: 2)
            guard let className = options["--class"] else { throw UsageError.missingArgument("--class") }
            guard let subject = options["--subject"] else { throw UsageError.missingArgument("--subject") }
            var term: Int?
            if case .term(let number) = try period() { term = number }
            return .exportLessons(className: className, subject: subject, term: term,
                                  format: try outputFormat(allowed: [.csv, .json], default: .csv),
                                  output: options["--output"], excel: flags.contains("--excel"))
        }
        guard what == "marks" else { throw UsageError.unknownCommand("export \(what)") }
        try allowOnly(["--class", "--subject", "--format", "--output", "--excel"], positionals: 2)
        let format = try outputFormat(allowed: [.csv, .json], default: .csv)
        return .exportMarks(className: options["--class"], subject: options["--subject"], format: format,
                            output: options["--output"], excel: flags.contains("--excel"))
    }

    private func reportCommand() throws -> Command {
        let what = try positional(1, named: "summary|student|risk|objectivity|district|attendance|class-teacher|movements")
        if what == "student" || what == "risk" { return try progressReport(what) }
        if what == "attendance" || what == "class-teacher" { return try attendanceReport(what) }
        if what == "objectivity" { return try objectivityReport() }
        if what == "district" { return try districtReport() }
        if what == "movements" { return try movementsReport() }
        guard what == "summary" else { throw UsageError.unknownCommand("report \(what)") }
        try allowOnly(["--class", "--subject", "--term", "--year", "--format", "--output", "--excel",
                       "--teacher", "--averages", "--print"], positionals: 2)
        guard let className = options["--class"] else { throw UsageError.missingArgument("--class") }
        let format = try outputFormat(allowed: [.text, .csv, .html, .json], default: .text)
        if flags.contains("--print") {
            if format != .text { throw UsageError.conflicting("--print", "--format \(format.rawValue)") }
            if options["--output"] != nil { throw UsageError.conflicting("--print", "--output") }
        }
        return .reportSummary(className: className, subject: options["--subject"], period: try period(),
                              format: format, output: options["--output"], excel: flags.contains("--excel"),
                              teacher: options["--teacher"], averages: flags.contains("--averages"),
                              print: flags.contains("--print"))
    }

    private func attendanceReport(_ what: String) throws -> Command {
        let classTeacher = what == "class-teacher"
        try allowOnly(classTeacher ? ["--class", "--term", "--format", "--output", "--teacher", "--print"]
                                   : ["--class", "--term", "--format", "--output", "--teacher"], positionals: 2)
        guard let className = options["--class"] else { throw UsageError.missingArgument("--class") }
        var term: Int?
        if case .term(let number) = try period() { term = number }
        guard classTeacher else {
            return .reportAttendance(className: className, term: term,
                                     format: try outputFormat(allowed: [.text, .csv, .html, .json], default: .text),
                                     output: options["--output"], teacher: options["--teacher"])
        }
        let format = try outputFormat(allowed: [.text, .html, .json], default: .text)
        if flags.contains("--print") {
            if format != .text { throw UsageError.conflicting("--print", "--format \(format.rawValue)") }
            if options["--output"] != nil { throw UsageError.conflicting("--print", "--output") }
        }
        return .reportClassTeacher(className: className, term: term, format: format, output: options["--output"],
                                   teacher: options["--teacher"], print: flags.contains("--print"))
    }

    private func movementsReport() throws -> Command {
        try allowOnly(["--term", "--format", "--output"], positionals: 2)
        var term: Int?
        if case .term(let number) = try period() { term = number }
        return .reportMovements(term: term, format: try outputFormat(allowed: [.text, .csv, .html, .json], default: .text),
                                output: options["--output"])
    }

    private func printCommand() throws -> Command {
        let what = try positional(1, named: "journal")
        guard what == "journal" else { throw UsageError.unknownCommand("print \(what)") }
        try allowOnly(["--class", "--subject", "--term", "--year", "--format", "--output", "--teacher", "--print"], positionals: 2)
        guard let className = options["--class"] else { throw UsageError.missingArgument("--class") }
        guard let subject = options["--subject"] else { throw UsageError.missingArgument("--subject") }
        let format = try outputFormat(allowed: [.text, .html], default: .text)
        if flags.contains("--print") {
            if format != .text { throw UsageError.conflicting("--print", "--format \(format.rawValue)") }
            if options["--output"] != nil { throw UsageError.conflicting("--print", "--output") }
        }
        return .printJournal(className: className, subject: subject, period: try period(), format: format,
                             output: options["--output"], teacher: options["--teacher"], print: flags.contains("--print"))
    }

    private func progressReport(_ what: String) throws -> Command {
        try allowOnly(what == "student" ? ["--class", "--student", "--term", "--format", "--output"]
                                        : ["--class", "--grade", "--term", "--format", "--output"], positionals: 2)
        let format = try outputFormat(allowed: [.text, .json], default: .text)
        var term: Int?
        if case .term(let number) = try period() { term = number }
        guard what == "student" else {
            if options["--class"] != nil, options["--grade"] != nil { throw UsageError.conflicting("--class", "--grade") }
            var grade: Int?
            if let text = options["--grade"] {
                guard let number = Int(text), (1...11).contains(number) else {
                    throw UsageError.invalidValue(option: "--grade", value: text, allowed: "1–11")
                }
                grade = number
            }
            return .reportRisk(className: options["--class"], grade: grade, term: term, format: format, output: options["--output"])
        }
        guard let className = options["--class"] else { throw UsageError.missingArgument("--class") }
        guard let student = options["--student"] else { throw UsageError.missingArgument("--student") }
        return .reportStudent(className: className, student: student, term: term, format: format, output: options["--output"])
    }

    private func objectivityReport() throws -> Command {
        try allowOnly(["--procedure", "--term", "--format", "--output"], positionals: 2)
        guard let procedure = options["--procedure"] else { throw UsageError.missingArgument("--procedure") }
        let format = try outputFormat(allowed: [.text, .json], default: .text)
        var term: Int?
        if case .term(let number) = try period() { term = number }
        return .reportObjectivity(procedure: procedure, term: term, format: format, output: options["--output"])
    }

    private func districtReport() throws -> Command {
        let names = ["--min-progress", "--min-quality", "--min-sou"]
        try allowOnly(Set(["--term", "--format", "--output"] + names), positionals: positionals.count)
        guard positionals.count > 2 else { throw UsageError.missingArgument("DB1 DB2 …") }
        let format = try outputFormat(allowed: [.text, .json], default: .text)
        var term: Int?
        if case .term(let number) = try period() { term = number }
        let thresholds = try names.map { name -> Int? in
            guard let text = options[name] else { return nil }
            guard let hundredths = text == "0" ? 0 : Weight(parsing: text)?.hundredths, hundredths <= 10_000 else {
                throw UsageError.invalidValue(option: name, value: text, allowed: "0–100")
            }
            return hundredths
        }
        return .reportDistrict(files: Array(positionals.dropFirst(2)), term: term, format: format, output: options["--output"],
                               minProgress: thresholds[0], minQuality: thresholds[1], minSOU: thresholds[2])
    }

    private func period() throws -> ReportPeriod {
        let term = options["--term"]
        if flags.contains("--year") {
            if term != nil { throw UsageError.conflicting("--term", "--year") }
            return .year
        }
        guard let term else { return .current }
        guard let number = Int(term), (1...6).contains(number) else {
            throw UsageError.invalidValue(option: "--term", value: term, allowed: "1–6")
        }
        return .term(number)
    }

    private func outputFormat(allowed: [OutputFormat], default fallback: OutputFormat) throws -> OutputFormat {
        guard let text = options["--format"] else { return fallback }
        guard let format = OutputFormat(rawValue: text.lowercased()), allowed.contains(format) else {
            throw UsageError.invalidValue(option: "--format", value: text,
                                          allowed: allowed.map(\.rawValue).joined(separator: ", "))
        }
        return format
    }

    private func positional(_ index: Int, named name: String) throws -> String {
        guard index < positionals.count else { throw UsageError.missingArgument(name) }
        return positionals[index]
    }

    /// Refuses options the command does not take and extra positional words.
    private func allowOnly(_ allowed: Set<String>, positionals count: Int = 0) throws {
        let global: Set<String> = ["--db", "--lang"]
        for name in Set(options.keys).union(flags) where !allowed.contains(name) && !global.contains(name) {
            throw UsageError.unknownOption(name)
        }
        if positionals.count > count { throw UsageError.unexpectedArgument(positionals[count]) }
    }
}
