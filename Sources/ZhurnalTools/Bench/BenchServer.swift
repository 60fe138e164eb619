import Foundation
import ZhurnalCore
import ZhurnalStore

/// The school server under load: `sessions` teachers (`BenchSessionWorker` processes), each typing
/// one mark a second into a class and subject of its own for `seconds`, while a deputy head runs
/// `zhurnal report district FILE --term N` every 10 s and `zhurnal import marks` brings in one
/// class's first term once (for the subjects no session types in). Afterwards every mark a session
/// saw confirmed is looked up in the file.
public struct BenchServer: Sendable {
    /// The `zhurnal` binary, started for the sessions, the reports and the import.
    public var executable: String
    /// The school file everyone works on.
    public var path: String
    /// A directory for the workers' results and the import's CSV.
    public var workDirectory: String
    public var sessions: Int
    public var seconds: Int
    /// The term the sessions type into and the report covers.
    public var term: Term
    /// The first term, whose marks of one class are imported.
    public var importTerm: Term
    public var today: LocalDate
    public var environment: [String: String]
    /// Seconds between two whole-school reports.
    static let reportInterval = 10

    public init(executable: String, path: String, workDirectory: String, sessions: Int, seconds: Int, term: Term,
                importTerm: Term, today: LocalDate, environment: [String: String]) {
        self.executable = executable
        self.path = path
        self.workDirectory = workDirectory
        self.sessions = sessions
        self.seconds = seconds
        self.term = term
        self.importTerm = importTerm
        self.today = today
        self.environment = environment
    }

    /// What the run measured and found.
    public struct Outcome: Sendable {
        /// Each confirmed save's time, by the session's own clock.
        public var saves = BenchSamples()
        /// Why saves failed, one line each.
        public var failures: [String] = []
        /// Cells whose last confirmed mark was looked up afterwards.
        public var confirmed = 0
        /// Of those, the cells that did not hold it.
        public var lost = 0
        /// Each whole-school report, start to exit.
        public var reports = BenchSamples()
        /// The import, start to exit.
        public var importTime = BenchSamples()
        /// Rows in the import's file.
        public var importRows = 0
    }

    /// Runs the scenario; throws when a process cannot be started or a report or the import fails.
    public func run() throws -> Outcome {
        let pairs = try assignments()
        let (importFile, importRows) = try writeImportFile(skipping: Set(pairs.map(\.subjectID)))
        var workers: [(process: Process, input: Pipe, output: Pipe, result: String)] = []
        defer { for worker in workers where worker.process.isRunning { worker.process.terminate() } }
        for (index, pair) in pairs.enumerated() {
            let result = "\(workDirectory)/session-\(index).txt"
            let offset = index * 1000 / max(1, pairs.count)
            let arguments = [path, String(pair.classID), String(pair.subjectID), term.start.iso, term.end.iso, today.iso,
                             String(seconds), String(offset), result]
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.environment = environment.merging([BenchSessionWorker.environmentKey: "1"]) { $1 }
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            workers.append((process, input, output, result))
        }
        for worker in workers { try awaitReady(worker.output) }
        for worker in workers { worker.input.fileHandleForWriting.write(Data("go\n".utf8)) }
        var outcome = Outcome()
        outcome.importRows = importRows
        let clock = ContinuousClock()
        let start = clock.now
        let background = ImportRun()
        let importDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { [self] in
            defer { importDone.signal() }
            do {
                BenchSessionWorker.wait(until: start + .seconds(min(5, max(1, seconds / 2))))
                try background.samples.time { try runTool(["import", "marks", importFile, "--db", path]) }
            } catch {
                background.failure = "\(error)"
            }
        }
        var reports = BenchSamples()
        var next = start
        while next < start + .seconds(seconds) {
            BenchSessionWorker.wait(until: next)
            try reports.time { try runTool(["report", "district", path, "--term", String(term.number)]) }
            next = next + .seconds(Self.reportInterval)
        }
        importDone.wait()
        if let failure = background.failure { throw BenchFailure.toolFailed(failure) }
        outcome.importTime = background.samples
        outcome.reports = reports
        for worker in workers { worker.process.waitUntilExit() }
        try collect(workers.map(\.result), into: &outcome)
        return outcome
    }

    /// The class and subject of each session: the classes in turn, then the next subject.
    private func assignments() throws -> [(classID: Int, subjectID: Int)] {
        let journal = try Journal(path: path, readOnly: true)
        let classes = try journal.classes()
        let subjects = try journal.subjects()
        guard sessions <= classes.count * max(0, subjects.count - 1) else { throw BenchFailure.tooManySessions }
        return (0..<sessions).map { (classes[$0 % classes.count].id, subjects[$0 / classes.count].id) }
    }

    /// The import's CSV: the first term of the last class, its subjects no session types in.
    private func writeImportFile(skipping subjectIDs: Set<Int>) throws -> (String, Int) {
        let journal = try Journal(path: path, readOnly: true)
        let settings = try journal.schoolSettings(today: today)
        guard let schoolClass = try journal.classes().last else { throw BenchFailure.noGrid }
        let file = "\(workDirectory)/server-import.csv"
        var text = "class,subject,date,work,weight,student,mark\n"
        var rows = 0
        for subject in try journal.subjects() where !subjectIDs.contains(subject.id) {
            try MarksExport.forEachRow(from: journal, kinds: settings.kinds, className: schoolClass.name, subject: subject.name,
                                       dates: importTerm.start...importTerm.end) { row in
                text += "\(row.className),\(row.subject),\(row.date.iso),\(row.work),\(row.weight),\(row.student),\(row.mark)\n"
                rows += 1
            }
        }
        guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8)) else {
            throw BenchFailure.toolFailed(file)
        }
        return (file, rows)
    }

    private func awaitReady(_ output: Pipe) throws {
        var received = Data()
        while !received.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw BenchFailure.workerFailed("session ended before it was ready") }
            received.append(chunk)
        }
        guard String(decoding: received, as: UTF8.self).hasPrefix("ready") else {
            throw BenchFailure.workerFailed(String(decoding: received, as: UTF8.self))
        }
    }

    /// Runs `zhurnal arguments…` to its end; throws with its message when it fails.
    private func runTool(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        var message = ""
        try BenchTool.runToExit(process) {
            message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        guard process.terminationStatus == 0 else {
            throw BenchFailure.toolFailed("zhurnal \(arguments.first ?? ""): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }

    /// Reads the sessions' results and looks every confirmed mark up in the file.
    private func collect(_ results: [String], into outcome: inout Outcome) throws {
        let journal = try Journal(path: path, readOnly: true)
        var times: [Double] = []
        for result in results {
            guard let text = try? String(contentsOfFile: result, encoding: .utf8) else {
                outcome.failures.append("no result from a session")
                continue
            }
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: " ", maxSplits: 1).map(String.init)
                switch fields.first {
                case "save": times.append(Double(fields.last.flatMap { Int64($0) } ?? 0) / 1e9)
                case "cell":
                    let numbers = line.split(separator: " ").dropFirst().compactMap { Int($0) }
                    guard numbers.count == 3 else { continue }
                    outcome.confirmed += 1
                    if try journal.entry(columnID: numbers[0], studentID: numbers[1]) != .mark(numbers[2]) { outcome.lost += 1 }
                default: outcome.failures.append(fields.count > 1 ? fields[1] : String(line))
                }
            }
        }
        outcome.saves = BenchSamples(times)
    }
}

/// The import's time, taken on another thread and read after it has ended.
private final class ImportRun: @unchecked Sendable {
    var samples = BenchSamples()
    var failure: String?
}
