import Foundation
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
        let tool = SQLiteTool.find(environment: environment)
        let today = generator.today
        let term = BenchGenerator.settings(school: 0).calendar.terms[scale.terms - 1]
        let counts = try BenchCounts(journal: Journal(path: schoolPath, readOnly: true))
        var rows: [BenchRow] = []
        step(.firstFrame, of: 6)
        rows.append(BenchRow(measure: .firstFrame, samples: try firstFrames(today: today)))
        step(.keySaveFrame, of: 6)
        rows.append(BenchRow(measure: .keySaveFrame, samples: try keystrokes(today: today)))
        step(.classSummary, of: 6)
        rows.append(BenchRow(measure: .classSummary, samples: try classSummaries(term: term, today: today)))
        step(.schoolReport, of: 6)
        rows.append(try schoolReports(paths: [schoolPath], measure: .schoolReport, term: term, today: today, tool: tool))
        if scale.schools > 1 {
            rows.append(try schoolReports(paths: schoolPaths, measure: .districtReport, term: term, today: today, tool: tool))
        }
        step(.marksImport, of: 6)
        rows.append(try imports(today: today, tool: tool))
        progress.finish()
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        rows.append(BenchRow(measure: .peakMemory, samples: BenchSamples(), bytes: Int(usage.ru_maxrss) * 1024))
        return BenchResult(scale: scale, seed: seed, counts: counts, rows: rows)
    }

    private func step(_ measure: BenchMeasure, of total: Int) {
        let index = BenchMeasure.allCases.firstIndex(of: measure) ?? 0
        progress.update(BenchText.measuring.text(language), done: index, total: total)
    }

    /// A shell on the journal at `path` with its first frame shown, and the grid of the first class
    /// and subject opened (Enter in the picker) and drawn.
    private func openJournal(today: LocalDate) throws -> (AppShell, JournalSession, any BenchFrameSink) {
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

    private func show(_ shell: AppShell, on sink: any BenchFrameSink) {
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
                               tool: SQLiteTool?) throws -> BenchRow {
        let builder = DistrictBuilder(thresholds: DistrictReport.Thresholds(), today: today)
        let repeats = paths.count > 1 ? 1 : Self.repeats
        var samples = BenchSamples()
        var reference: BenchSamples? = tool == nil ? nil : BenchSamples()
        let sql = SQLiteTool.termReportSQL(settings: BenchGenerator.settings(school: 0), term: term)
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

    /// `zhurnal import marks` of the first term's entries into a journal with the roster only,
    /// against `sqlite3 .import` of the same CSV into a plain table of a new file.
    private func imports(today: LocalDate, tool: SQLiteTool?) throws -> BenchRow {
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
}

/// What `zhurnal bench` measured.
public struct BenchResult: Sendable {
    public var scale: BenchScale
    public var seed: UInt64
    public var counts: BenchCounts
    public var rows: [BenchRow]
}
