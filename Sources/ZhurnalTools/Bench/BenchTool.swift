import Foundation
import ZhurnalCore

/// A program the benchmark runs as a whole process and times from launch to exit: the `sqlite3`
/// command-line tool for the reference figures, and `zhurnal` itself for the whole-process rows.
struct BenchTool {
    let executable: URL
    /// The environment of the process; nil inherits this one's.
    var environment: [String: String]?

    /// The `sqlite3` tool found on `PATH`, or nil when it is not installed.
    static func sqlite3(environment: [String: String]) -> BenchTool? {
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let path = "\(directory)/sqlite3"
            if FileManager.default.isExecutableFile(atPath: path) { return BenchTool(executable: URL(fileURLWithPath: path)) }
        }
        return nil
    }

    /// Runs the tool with `arguments` and times it from launch to exit; throws when it fails.
    func timed(_ arguments: [String], samples: inout BenchSamples) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try samples.time { try Self.runToExit(process) }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0, message.isEmpty else {
            throw BenchFailure.toolFailed(message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// Starts `process`, runs `whileRunning` (reading its pipes) and waits for its exit, woken by
    /// its termination handler: `waitUntilExit` polls every 50 ms, which rounded each timed
    /// process up to a multiple of it.
    static func runToExit(_ process: Process, whileRunning: () -> Void = {}) throws {
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        whileRunning()
        exited.wait()
    }

    /// The SQL equivalent of a whole-school term report: each student's weighted average per
    /// subject over the term's marks, the term mark by the school's thresholds, and per subject the
    /// counts of students, passing and good marks and the mean term mark.
    static func termReportSQL(settings: SchoolSettings, term: Term) -> String {
        let weights = settings.kinds.map { "WHEN '\($0.code)' THEN \($0.weight.hundredths)" }.joined(separator: " ")
        let t = settings.attestation.thresholds
        return """
            WITH marks AS (
                SELECT c.class_id, c.subject_id, e.student_id, CAST(e.value AS INTEGER) AS mark,
                       coalesce(c.weight_hundredths, CASE c.kind_code \(weights) ELSE 100 END) AS weight
                FROM lesson_columns c JOIN entries e ON e.column_id = c.id
                WHERE c.date BETWEEN '\(term.start.iso)' AND '\(term.end.iso)' AND e.value GLOB '[1-5]'),
            averages AS (
                SELECT subject_id, student_id, count(*) AS n, sum(mark * weight) * 100.0 / sum(weight) AS average
                FROM marks GROUP BY class_id, subject_id, student_id),
            term_marks AS (
                SELECT subject_id, CASE WHEN n < \(settings.attestation.minimumMarks) THEN 0
                    WHEN average >= \(t.five) THEN 5 WHEN average >= \(t.four) THEN 4
                    WHEN average >= \(t.three) THEN 3 ELSE 2 END AS mark FROM averages)
            SELECT subject_id, count(*), sum(mark >= 3), sum(mark >= 4), avg(nullif(mark, 0))
            FROM term_marks GROUP BY subject_id;
            """
    }
}

/// Why the benchmark could not finish.
enum BenchFailure: Error {
    /// `sqlite3` failed with this message.
    case toolFailed(String)
    /// Enter in the picker did not open a journal grid.
    case noGrid
    /// The grid refused a mark with this status message.
    case refused(String)
    /// The session counted fewer saves than marks typed.
    case notSaved
    /// More server sessions than class-subject pairs to give them (one subject is kept for the import).
    case tooManySessions
    /// A server session process stopped before it was ready, with what it printed.
    case workerFailed(String)
}
