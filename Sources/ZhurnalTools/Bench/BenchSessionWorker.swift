import Foundation
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// One teacher of `zhurnal bench --scale server`: the `zhurnal` binary started again with
/// `ZHURNAL_BENCH_SESSION` set, typing one mark a second into its own class and subject through
/// `JournalSession.save` — as the grid does: a brief busy wait, tried again while another process
/// writes — and timing each save by its own clock.
///
/// Arguments: `FILE CLASS_ID SUBJECT_ID FROM TO TODAY SECONDS OFFSET_MS RESULT_FILE`. It opens the
/// file, prints `ready`, waits for `go` on standard input, starts `OFFSET_MS` later, and at the
/// end writes to RESULT_FILE one line per save (`save NANOSECONDS` or `fail MESSAGE`) and the last
/// confirmed mark of every cell it wrote (`cell COLUMN STUDENT MARK`).
public enum BenchSessionWorker {
    /// The environment variable that starts the binary as a session worker.
    public static let environmentKey = "ZHURNAL_BENCH_SESSION"
    /// How long a save may wait for other writers before it counts as failed (the connection's own
    /// busy timeout).
    static let patience: Duration = .seconds(5)

    struct Plan {
        var path: String
        var classID: Int
        var subjectID: Int
        var dates: ClosedRange<LocalDate>
        var today: LocalDate
        var seconds: Int
        var offset: Duration
        var resultPath: String

        init?(_ arguments: [String]) {
            guard arguments.count == 9, let classID = Int(arguments[1]), let subjectID = Int(arguments[2]),
                  let from = LocalDate(parsing: arguments[3]), let to = LocalDate(parsing: arguments[4]), from <= to,
                  let today = LocalDate(parsing: arguments[5]), let seconds = Int(arguments[6]),
                  let offset = Int(arguments[7]) else { return nil }
            path = arguments[0]
            self.classID = classID
            self.subjectID = subjectID
            dates = from...to
            self.today = today
            self.seconds = seconds
            self.offset = .milliseconds(offset)
            resultPath = arguments[8]
        }

        var arguments: [String] {
            [path, String(classID), String(subjectID), dates.lowerBound.iso, dates.upperBound.iso, today.iso,
             String(seconds), String(offset.components.seconds * 1000 + offset.components.attoseconds / 1_000_000_000_000_000),
             resultPath]
        }
    }

    /// Runs the worker with the process's arguments; returns its exit code.
    public static func run(arguments: [String]) -> Int32 {
        guard let plan = Plan(arguments) else {
            FileHandle.standardError.write(Data("bench session: bad arguments\n".utf8))
            return 2
        }
        var lines: [String] = []
        do {
            lines = try type(plan)
        } catch {
            lines.append("error \(oneLine(error))")
        }
        let written = FileManager.default.createFile(atPath: plan.resultPath,
                                                     contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        return written ? 0 : 1
    }

    private static func type(_ plan: Plan) throws -> [String] {
        let journal = try Journal(path: plan.path, today: plan.today)
        let session = try JournalSession(journal: journal, today: plan.today)
        // Cells of a column scored by criteria show the rubric's mark, not a typed one: those are left alone.
        let scored = try journal.columnsWithRubrics(classID: plan.classID, subjectID: plan.subjectID)
        let columns = try journal.columns(classID: plan.classID, subjectID: plan.subjectID, dates: plan.dates)
            .map(\.id).filter { !scored.contains($0) }
        let students = try journal.students(classID: plan.classID).map(\.id)
        guard !columns.isEmpty, !students.isEmpty else { return ["error no cells"] }
        FileHandle.standardOutput.write(Data("ready\n".utf8))
        guard readLine() == "go" else { return ["error no go"] }
        let clock = ContinuousClock()
        let start = clock.now + plan.offset
        var lines: [String] = []
        var confirmed: [CellKey: Int] = [:]
        for index in 0..<plan.seconds {
            wait(until: start + .seconds(index))
            let cell = CellKey(columnID: columns[(index / students.count) % columns.count],
                               studentID: students[index % students.count])
            var mark = 2 + index % 4
            if try journal.entry(columnID: cell.columnID, studentID: cell.studentID) == .mark(mark) { mark = 2 + (mark - 1) % 4 }
            let began = clock.now
            do {
                try save(.mark(mark), cell: cell, session: session, since: began, clock: clock)
                lines.append("save \(nanoseconds(began.duration(to: clock.now)))")
                confirmed[cell] = mark
            } catch {
                lines.append("fail \(oneLine(error))")
            }
        }
        return lines + confirmed.map { "cell \($0.key.columnID) \($0.key.studentID) \($0.value)" }
    }

    /// The grid's save: a brief busy wait, tried again while another process holds the write lock.
    private static func save(_ entry: Entry, cell: CellKey, session: JournalSession, since began: ContinuousClock.Instant,
                             clock: ContinuousClock) throws {
        while true {
            do {
                _ = try session.briefly { try session.save(entry, column: cell.columnID, student: cell.studentID) }
                return
            } catch where StoreError.classifying(error) == .busy && began.duration(to: clock.now) < patience {
                continue
            }
        }
    }

    /// Sleeps this thread until `instant` of the continuous clock.
    static func wait(until instant: ContinuousClock.Instant) {
        let left = nanoseconds(ContinuousClock().now.duration(to: instant))
        guard left > 0 else { return }
        var time = timespec(tv_sec: Int(left / 1_000_000_000), tv_nsec: Int(left % 1_000_000_000))
        var remaining = timespec()
        while nanosleep(&time, &remaining) != 0 && errno == EINTR { time = remaining }
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
    }

    private static func oneLine(_ error: any Error) -> String {
        "\(error)".replacingOccurrences(of: "\n", with: " ")
    }
}
