import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension JournalEndToEndTests {
    /// SIGKILL during `zhurnal import marks` of a large file: afterwards the journal holds all of
    /// the file or none of it, and is sound. `ZHURNAL_IMPORT_KILLS` rounds (3 by default, 10 with `ZHURNAL_SOAK`) of
    /// `ZHURNAL_IMPORT_ROWS` rows (20,000). See docs/reliability.md.
    @Suite("crash safety: SIGKILL during an import")
    struct ImportCrashTests {
        /// The rows of the tables an import of marks writes.
        struct Counts: Equatable, CustomStringConvertible {
            var columns: Int
            var entries: Int
            /// History rows, a `column_entries` row counted once per cell it lists.
            var history: Int

            init(_ db: String) throws {
                let row = try SQLiteShell.rows(db, """
                    SELECT (SELECT count(*) FROM lesson_columns), (SELECT count(*) FROM entries),
                           (SELECT coalesce(sum(CASE WHEN kind = 'column_entries'
                                                     THEN length(coalesce(new_value, old_value))
                                                          - length(replace(coalesce(new_value, old_value), ';', '')) + 1
                                                     ELSE 1 END), 0) FROM history)
                    """).first ?? []
                guard row.count == 3, let columns = Int(row[0]), let entries = Int(row[1]), let history = Int(row[2]) else {
                    throw HarnessError(description: "no counts in \(db): \(row)")
                }
                (self.columns, self.entries, self.history) = (columns, entries, history)
            }

            var description: String { "\(columns) columns, \(entries) entries, \(history) history rows (cells counted)" }
        }

        /// Writes a marks file of about `rows` rows: every student of every class in each of the
        /// class's subjects, on school days from 12 January 2026 (lessons that have taken place: marks
        /// wait for their lesson's day) with two kinds of work a day.
        static func writeMarksFile(to path: String, from db: String, rows target: Int,
                                   using random: inout TestRandom) throws -> Int {
            let students = try SQLiteShell.rows(db, """
                SELECT k.name, s.last_name || ' ' || s.first_name || ' ' || s.middle_name
                FROM students s JOIN classes k ON k.id = s.class_id ORDER BY k.name, s.id
                """)
            let subjects = try SQLiteShell.rows(db, """
                SELECT DISTINCT k.name, j.name FROM lesson_columns c JOIN classes k ON k.id = c.class_id
                JOIN subjects j ON j.id = c.subject_id ORDER BY 1, 2
                """)
            var lines = ["class,subject,date,work,weight,student,mark"]
            var day = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                                     year: 2026, month: 1, day: 12).date!
            let marks = ["5", "4", "3", "2", "н"]
            while lines.count - 1 < target {
                let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: day)
                if let weekday = parts.weekday, (2...6).contains(weekday) {
                    let date = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
                    for work in ["домашняя работа", "работа на уроке"] {
                        for subject in subjects {
                            for student in students where student[0] == subject[0] {
                                lines.append("\(subject[0]),\(subject[1]),\(date),\(work),,\(student[1]),\(marks.randomElement(using: &random)!)")
                            }
                        }
                    }
                }
                day.addTimeInterval(86_400)
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            return lines.count - 1
        }

        /// The size of a journal's write-ahead log, 0 when there is none.
        static func walSize(_ db: String) -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: db + "-wal"))?[.size] as? Int) ?? 0
        }

        /// True while `pid` holds SQLite's write lock on `db`: the POSIX lock on byte 120 of the
        /// `-shm` file (`WAL_WRITE_LOCK`), as `/proc/locks` lists it. Nil when that is unknown.
        static func holdsWriteLock(_ pid: pid_t, on db: String) -> Bool? {
            guard let inode = (try? FileManager.default.attributesOfItem(atPath: db + "-shm"))?[.systemFileNumber] as? Int,
                  let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
            return locks.split(separator: "\n").contains { line in
                let fields = line.split(separator: " ")
                return fields.count >= 8 && fields[3] == "WRITE" && fields[4] == "\(pid)"
                    && fields[5].hasSuffix(":\(inode)") && fields[6] == "120"
            }
        }

        /// True once the import has begun to write: it holds the write lock or its log grows.
        static func isWriting(_ child: RunningChild, _ db: String) -> Bool {
            holdsWriteLock(child.pid, on: db) == true || walSize(db) > 0
        }

        /// Runs the import to its end; returns how long it took and when it began to write
        /// (after `after` seconds: the journal also takes the write lock briefly when it opens).
        static func importToEnd(_ csv: String, into db: String, writingAfter after: Double = 0) throws
            -> (seconds: Double, writing: Double?) {
            let started = Date()
            let child = try Child.start(Zhurnal.binary, ["import", "marks", csv, "--db", db],
                                        environment: Child.baseEnvironment())
            var writing: Double?
            while child.isRunning {
                let elapsed = Date().timeIntervalSince(started)
                if writing == nil, elapsed >= after, isWriting(child, db) { writing = elapsed }
                usleep(1_000)
            }
            let result = child.wait(timeout: 120)
            guard result.status == 0 else { throw HarnessError(description: "the import failed: \(result.stderr)") }
            return (Date().timeIntervalSince(started), writing)
        }

        @Test func killedImportLeavesAllOrNothing() throws {
            let rounds = TestSetting.integer("ZHURNAL_IMPORT_KILLS", quick: 3, soak: 10)
            var random = TestRandom(seed: UInt64(TestSetting.integer("ZHURNAL_CRASH_SEED", default: 20261202)))
            let folder = try TestFolder()
            let pristine = try Zhurnal.demoCopy(in: folder)
            let csv = folder.path("marks.csv")
            let rows = try Self.writeMarksFile(to: csv, from: pristine, rows: TestSetting.integer("ZHURNAL_IMPORT_ROWS", default: 20_000),
                                               using: &random)
            let none = try Counts(pristine)

            let reference = folder.path("reference.sqlite")
            try FileManager.default.copyItem(atPath: pristine, toPath: reference)
            // Once to see how long the whole import and its writing take; again to see when the
            // writing begins after the brief lock of opening.
            let first = try Self.importToEnd(csv, into: reference)
            try FileManager.default.removeItem(atPath: reference)
            try FileManager.default.copyItem(atPath: pristine, toPath: reference)
            let run = try Self.importToEnd(csv, into: reference, writingAfter: first.seconds / 2)
            let all = try Counts(reference)
            #expect(all.entries == none.entries + rows, "every row of the file is an entry: \(all) after \(none)")
            #expect(all.history > none.history + rows, "every entry and column is in the history: \(all)")
            let writeStart = run.writing ?? run.seconds
            let writing = run.seconds - writeStart

            var tally = (killed: 0, none: 0, all: 0, midWrite: 0, reimported: 0)
            let started = Date()
            for round in 0..<rounds {
                let db = folder.path("round-\(round).sqlite")
                try FileManager.default.copyItem(atPath: pristine, toPath: db)
                let child = try Child.start(Zhurnal.binary, ["import", "marks", csv, "--db", db],
                                            environment: Child.baseEnvironment())
                if round % 2 == 0 {
                    // Any moment of the run, reading the file included.
                    usleep(UInt32(Double.random(in: 0..<(run.seconds * 1.1), using: &random) * 1_000_000))
                } else {
                    // While it writes: once it holds the write lock (or its log grows).
                    let begun = Date()
                    while child.isRunning, Date().timeIntervalSince(begun) < writeStart / 2 || !Self.isWriting(child, db) {
                        usleep(1_000)
                    }
                    usleep(UInt32(Double.random(in: 0..<max(writing * 0.9, 0.001), using: &random) * 1_000_000))
                }
                let inTransaction = Self.holdsWriteLock(child.pid, on: db) == true
                let killed = child.isRunning && kill(child.pid, SIGKILL) == 0
                let result = child.wait(timeout: 60)
                // A kill can meet a process that has just finished.
                #expect(result.status == 0 || (killed && result.status == SIGKILL), "round \(round): \(result.status) \(result.stderr)")
                let integrity = try SQLiteShell.integrityCheck(db)
                #expect(integrity == "ok", "round \(round): integrity_check says \(integrity)")
                let found = try Counts(db)
                #expect(found == none || found == all, "round \(round): \(found); none is \(none), all is \(all)")
                if killed { tally.killed += 1 }
                if found == none { tally.none += 1 }
                if found == all { tally.all += 1 }
                if killed, inTransaction { tally.midWrite += 1 }
                if round % 4 == 3 {
                    // The killed import runs again to its end on the recovered file.
                    _ = try Self.importToEnd(csv, into: db)
                    #expect(try Counts(db) == all, "round \(round): the repeated import")
                    tally.reimported += 1
                }
                let check = try Zhurnal.run(["check", "--db", db])
                #expect(check.status == 0, "round \(round): zhurnal check: \(check.stdout) \(check.stderr)")
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            }
            print("import crash: \(rows) rows, a whole import takes \(String(format: "%.2f", run.seconds)) s "
                  + "(writing the last \(String(format: "%.2f", writing)) s); \(rounds) rounds: \(tally.killed) killed "
                  + "(\(tally.midWrite) inside its write transaction), \(tally.none) left nothing, \(tally.all) everything, "
                  + "\(tally.reimported) imported again to the end; \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
    }
}
