import Foundation
import TerminalUI
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// Builds the bench schools and measures the real code paths on them: the first journal frame,
/// keys through `AppShell` and `JournalGridScreen` saved by `JournalSession` and flushed to a
/// terminal, summaries and reports, the marks import, against `sqlite3` where it can do the same.
public struct BenchRunner {
    public let scale: BenchScale
    public let seed: UInt64
    /// Where the first school is built (a new file).
    public let schoolPath: String
    /// A directory for the other files: further schools, the import's inputs and targets.
    public let workDirectory: String
    let environment: [String: String]
    let language: Language
    let startTerminal: BenchTerminalStarter
    let progress: BenchProgress
    /// The `zhurnal` binary, started again for the server scale's sessions, reports and import.
    var executable: String { Bundle.main.executablePath ?? CommandLine.arguments[0] }

    /// Keystrokes measured: each a mark typed, Enter (a durable save) and the frames after both.
    var keySamples: Int { scale == .small ? 30 : 300 }
    static let repeats = 5

    public init(scale: BenchScale, seed: UInt64, schoolPath: String, workDirectory: String, environment: [String: String],
                language: Language, showProgress: Bool, startTerminal: @escaping BenchTerminalStarter) {
        self.scale = scale
        self.seed = seed
        self.schoolPath = schoolPath
        self.workDirectory = workDirectory
        self.environment = environment
        self.language = language
        self.startTerminal = startTerminal
        progress = BenchProgress(enabled: showProgress)
    }

    private var generator: BenchGenerator { BenchGenerator(scale: scale, seed: seed) }

    /// The school files: the first at `schoolPath`, the others in the work directory.
    var schoolPaths: [String] {
        (0..<scale.schools).map { $0 == 0 ? schoolPath : "\(workDirectory)/school-\($0 + 1).sqlite" }
    }

    /// Builds the schools and measures everything.
    public func run() throws -> BenchResult {
        for (index, path) in schoolPaths.enumerated() {
            let journal = try Journal(path: path, today: generator.today)
            let label = BenchText.generating(school: index + 1, of: scale.schools).text(language)
            try generator.write(school: index, into: journal) { progress.update(label, done: $0, total: $1) }
        }
        progress.finish()
        let tool = BenchTool.sqlite3(environment: environment)
        let today = generator.today
        let term = BenchGenerator.settings(school: 0).calendar.terms[scale.terms - 1]
        let counts = try BenchCounts(journal: Journal(path: schoolPath, readOnly: true))
        if scale == .server { return try server(counts: counts, today: today, term: term) }
        var rows: [BenchRow] = []
        step(.firstFrame, of: 7)
        rows.append(BenchRow(measure: .firstFrame, samples: try firstFrames(today: today)))
        step(.keySaveFrame, of: 7)
        rows.append(BenchRow(measure: .keySaveFrame, samples: try keystrokes(today: today)))
        step(.classSummary, of: 7)
        rows.append(BenchRow(measure: .classSummary, samples: try classSummaries(term: term, today: today)))
        step(.schoolReport, of: 7)
        rows.append(try schoolReports(paths: [schoolPath], measure: .schoolReport, term: term, today: today, tool: tool))
        if let tool {
            rows.append(try reportProcesses(paths: [schoolPath], measure: .schoolReportProcess, term: term, tool: tool))
        }
        if scale.schools > 1 {
            rows.append(try schoolReports(paths: schoolPaths, measure: .districtReport, term: term, today: today, tool: tool))
            if let tool {
                rows.append(try reportProcesses(paths: schoolPaths, measure: .districtReportProcess, term: term, tool: tool))
            }
        }
        step(.marksImport, of: 7)
        rows.append(try imports(today: today, tool: tool))
        step(.lessonGeneration, of: 7)
        rows.append(try lessonGeneration())
        progress.finish()
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        rows.append(BenchRow(measure: .peakMemory, samples: BenchSamples(), bytes: Int(usage.ru_maxrss) * 1024))
        return BenchResult(scale: scale, seed: seed, counts: counts, rows: rows)
    }

    /// `BenchServer` on the school: its 40 sessions' saves, the reports and the import as rows,
    /// the tally and the first failures as notes.
    private func server(counts: BenchCounts, today: LocalDate, term: Term) throws -> BenchResult {
        progress.update(BenchText.measuring.text(language), done: 0, total: 1)
        let terms = BenchGenerator.settings(school: 0).calendar.terms
        let outcome = try BenchServer(executable: executable, path: schoolPath, workDirectory: workDirectory, sessions: 40,
                                      seconds: 60, term: term, importTerm: terms[0], today: today,
                                      environment: environment).run()
        progress.finish()
        var save = BenchRow(measure: .serverSave, samples: outcome.saves)
        save.failed = outcome.failures.count
        save.confirmed = outcome.confirmed
        save.lost = outcome.lost
        let rows = [save, BenchRow(measure: .serverReport, samples: outcome.reports),
                    BenchRow(measure: .serverImport, samples: outcome.importTime, items: outcome.importRows)]
        let tally = BenchText.serverTally(saves: outcome.saves.seconds.count, failed: outcome.failures.count,
                                          confirmed: outcome.confirmed, lost: outcome.lost)
        return BenchResult(scale: scale, seed: seed, counts: counts, rows: rows,
                           notes: [tally] + outcome.failures.prefix(3).map(BenchText.failure))
    }

    private func step(_ measure: BenchMeasure, of total: Int) {
        let index = BenchMeasure.allCases.firstIndex(of: measure) ?? 0
        progress.update(BenchText.measuring.text(language), done: index, total: total)
    }

    /// A shell on the journal at `path` with its first frame shown, and the grid of the first class
    /// and subject opened (Enter in the picker) and drawn.
    private func openJournal(today: LocalDate) throws -> (AppShell, JournalSession, any FrameSink) {
        let journal = try JournalOpener.open(schoolPath, today: today)
        let session = try JournalSession(journal: journal, today: today)
        let sink = try startTerminal()
        var shell = AppShell(root: try PickerScreen(session: session), size: sink.size,
                             context: DrawContext(language: language, glyphs: LineGlyphs.choose(asciiOnly: false)))
        shell.handle(.resize(width: sink.size.width, height: sink.size.height))
        show(shell, on: sink)
        shell.handle(.enter)
        show(shell, on: sink)
        guard shell.top is JournalGridScreen else { throw BenchFailure.noGrid }
        return (shell, session, sink)
    }

    private func show(_ shell: AppShell, on sink: any FrameSink) {
        var frame = CellBuffer(size: sink.size)
        shell.draw(into: &frame)
        sink.show(frame)
    }

    private func firstFrames(today: LocalDate) throws -> BenchSamples {
        var samples = BenchSamples()
        for _ in 0..<Self.repeats {
            let opened = try samples.time { try openJournal(today: today) }
            _ = opened
        }
        return samples
    }

    /// Marks typed into the grid, each followed by Enter; moves to the next column at the last row.
    private func keystrokes(today: LocalDate) throws -> BenchSamples {
        var (shell, session, sink) = try openJournal(today: today)
        guard let grid = shell.top as? JournalGridScreen else { throw BenchFailure.noGrid }
        let rows = grid.data.students.count
        let before = session.revision
        var samples = BenchSamples()
        for index in 0..<keySamples {
            let mark = Character(String(3 + index % 3))
            samples.time {
                shell.handle(.char(mark))
                show(shell, on: sink)
                shell.handle(.enter)
                show(shell, on: sink)
            }
            if let status = shell.status, status.kind == .error { throw BenchFailure.refused(status.text.text(language)) }
            if index % rows == rows - 1 {
                shell.handle(.left)
                for _ in 0..<(rows / JournalGridScreen.pageRows + 1) { shell.handle(.pageUp) }
                show(shell, on: sink)
            }
        }
        guard session.revision >= before + keySamples else { throw BenchFailure.notSaved }
        return samples
    }

    private func classSummaries(term: Term, today: LocalDate) throws -> BenchSamples {
        let journal = try JournalOpener.open(schoolPath, readOnly: true)
        let builder = SummaryBuilder(journal: journal, settings: try journal.schoolSettings(today: today), today: today)
        var samples = BenchSamples()
        for schoolClass in try journal.classes() {
            _ = try samples.time { try builder.classSummary(className: schoolClass.name, period: .term(term.number)) }
        }
        return samples
    }

    /// The school line of the district report (every class's summaries and risk) for each file,
    /// against the SQL aggregate of the same term run by `sqlite3` on each file.
    private func schoolReports(paths: [String], measure: BenchMeasure, term: Term, today: LocalDate,
                               tool: BenchTool?) throws -> BenchRow {
        let builder = DistrictBuilder(thresholds: DistrictReport.Thresholds(), today: today)
        let repeats = paths.count > 1 ? 1 : Self.repeats
        var samples = BenchSamples()
        var reference: BenchSamples? = tool == nil ? nil : BenchSamples()
        let sql = BenchTool.termReportSQL(settings: BenchGenerator.settings(school: 0), term: term)
        for _ in 0..<repeats {
            try samples.time {
                for path in paths {
                    _ = try builder.school(try JournalOpener.open(path, readOnly: true, upgrade: false), path: path,
                                           term: term.number)
                }
            }
            if let tool, var timed = reference {
                var total = 0.0
                for path in paths {
                    var one = BenchSamples()
                    try tool.timed(["-readonly", path, sql], samples: &one)
                    total += one.seconds[0]
                }
                timed = BenchSamples(timed.seconds + [total])
                reference = timed
            }
        }
        return BenchRow(measure: measure, samples: samples, reference: reference)
    }

    /// `zhurnal report district FILE… --term N` as a whole process (start-up, the open checks,
    /// the report on every core, the output) against `sqlite3 -readonly FILE` running the
    /// reference SQL on each file, one after the other: paired runs, alternating (five for one
    /// file, three for the district).
    private func reportProcesses(paths: [String], measure: BenchMeasure, term: Term, tool: BenchTool) throws -> BenchRow {
        let zhurnal = BenchTool(executable: URL(fileURLWithPath: executable), environment: environment)
        let sql = BenchTool.termReportSQL(settings: BenchGenerator.settings(school: 0), term: term)
        var samples = BenchSamples()
        var reference = BenchSamples()
        for _ in 0..<(paths.count > 1 ? 3 : Self.repeats) {
            try zhurnal.timed(["report", "district"] + paths + ["--term", String(term.number)], samples: &samples)
            var one = BenchSamples()
            for path in paths { try tool.timed(["-readonly", path, sql], samples: &one) }
            reference = BenchSamples(reference.seconds + [one.seconds.reduce(0, +)])
        }
        return BenchRow(measure: measure, samples: samples, reference: reference)
    }

    /// `zhurnal import marks` of the first term's entries into a journal with the roster only,
    /// against `sqlite3 .import` of the same CSV into a plain table of a new file.
    private func imports(today: LocalDate, tool: BenchTool?) throws -> BenchRow {
        let settings = BenchGenerator.settings(school: 0)
        let csvPath = "\(workDirectory)/marks.csv"
        let rosterPath = "\(workDirectory)/roster.sqlite"
        let file: BenchMarksFile
        do {
            let school = try Journal(path: schoolPath, readOnly: true)
            file = try BenchMarksFile.write(from: school, term: settings.calendar.terms[0], kinds: settings.kinds, to: csvPath)
            try BenchMarksFile.writeRoster(of: school, settings: settings, to: rosterPath)
        }
        var samples = BenchSamples()
        var reference: BenchSamples? = tool == nil ? nil : BenchSamples()
        let files = FileManager.default
        for index in 0..<Self.repeats {
            let target = "\(workDirectory)/import-\(index).sqlite"
            try files.copyItem(atPath: rosterPath, toPath: target)
            _ = try samples.time { try ImportCommands.marks(file: csvPath, databasePath: target, today: today) }
            for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: target + suffix) }
            if let tool, var timed = reference {
                let plain = "\(workDirectory)/plain-\(index).sqlite"
                try tool.timed([plain, ".import --csv \(csvPath) marks"], samples: &timed)
                reference = timed
                try? files.removeItem(atPath: plain)
            }
        }
        return BenchRow(measure: .marksImport, samples: samples, reference: reference, items: file.rows)
    }

    /// Lessons generated for the whole school year from a timetable of every class (the scale's
    /// classes and subjects, 30 lessons a week, the default quarters with autumn, winter and spring
    /// holidays), each time into a new copy of the prepared file.
    private func lessonGeneration() throws -> BenchRow {
        let prepared = "\(workDirectory)/timetable.sqlite"
        let calendar = try BenchTimetable.write(scale: scale, year: BenchGenerator.schoolYear, into: Journal(path: prepared))
        var samples = BenchSamples()
        let files = FileManager.default
        for index in 0..<Self.repeats {
            let target = "\(workDirectory)/lessons-\(index).sqlite"
            try files.copyItem(atPath: prepared, toPath: target)
            let journal = try Journal(path: target)
            guard let year = calendar.terms.yearRange else { throw BenchFailure.noGrid }
            let result = try samples.time { try journal.generateLessons(dates: year, calendar: calendar, kindCode: "answer") }
            guard result.created > 0 else { throw BenchFailure.notSaved }
            for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: target + suffix) }
        }
        return BenchRow(measure: .lessonGeneration, samples: samples)
    }
}

/// What `zhurnal bench` measured.
public struct BenchResult: Sendable {
    public var scale: BenchScale
    public var seed: UInt64
    public var counts: BenchCounts
    public var rows: [BenchRow]
    /// Lines printed under the table (the server sessions' tally and failures).
    public var notes: [BenchText] = []
}
