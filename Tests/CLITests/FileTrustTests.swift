import Foundation
import HostileSupport
import Testing

/// Issue 12, "Files and input" (items 4–12), through the real binary: every refusal exits as
/// stated and leaves the journal's bytes and its folder exactly as they were.
struct FileTrustTests {
    /// A journal with the fixtures' roster and marks, in its own folder.
    /// The journal's bytes and the files beside it (`-wal`, `-shm`, a backup), to prove nothing changed.
    private func snapshot(_ folder: TemporaryFolder, _ db: String) throws -> (Data, [String]) {
        (try Data(contentsOf: URL(fileURLWithPath: db)),
         try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { !$0.hasSuffix(".csv") && !$0.hasSuffix(".json") }.sorted())
    }

    private func run(_ arguments: [String]) throws -> ZhurnalProcess.Result {
        try ZhurnalProcess.run(arguments + ["--lang", "en"])
    }

    // Item 4.
    @Test func outputNeverReplacesAJournalItsSideFilesALinkOrADevice() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        try folder.write("journal.sqlite-shm", [])
        let other = folder.path("other.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: other)
        try folder.write("good.txt", text: "good\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.txt"), withDestinationPath: folder.path("good.txt"))
        let before = try snapshot(folder, db)
        for target in [db, db + "-shm", other, folder.path("link.txt"), "/dev/null", folder.url.path] {
            for command in [["export", "marks"], ["report", "summary", "--class", "7А", "--term", "1"]] {
                let result = try run(command + ["--db", db, "--output", target])
                #expect(result.status == 1, "\(command) → \(target)")
                #expect(result.stderr.contains("nothing was changed"), "\(result.stderr)")
            }
        }
        #expect(try snapshot(folder, db) == before)
        #expect(try String(contentsOfFile: folder.path("good.txt"), encoding: .utf8) == "good\n")
    }

    // Item 5.
    @Test func aDamagedJournalIsRefusedForWritingAndNotBackedUp() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        try #require(bytes.count >= pageSize * 4)
        bytes.replaceSubrange((pageSize * 2 + 8)..<(pageSize * 3), with: Data(repeating: 0x55, count: pageSize - 8))
        try bytes.write(to: URL(fileURLWithPath: db))
        let before = try snapshot(folder, db)
        let roster = try folder.write("new.csv", text: "класс,фамилия,имя\n7А,Новикова,Вера\n")
        let imported = try run(["import", "roster", roster, "--db", db])
        #expect(imported.status == 3, "\(imported.stderr)")
        #expect(imported.stderr.contains("damaged"))
        let backup = try run(["backup", folder.path("copy.sqlite"), "--db", db])
        #expect(backup.status == 3)
        #expect(backup.stderr.contains("damaged; no backup was written"), "\(backup.stderr)")
        #expect(try snapshot(folder, db) == before)
    }

    // Item 6: a non-empty -wal beside a journal in a folder nobody can write, with no -shm, counts.
    @Test(.enabled(if: WriteProtection.isSupported && SQLite3Command.isAvailable, "needs a write protection and sqlite3"))
    func committedChangesInAWalAreReadInAFolderThatCannotBeWritten() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        try FileManager.default.createDirectory(atPath: folder.path("frozen"), withIntermediateDirectories: false)
        let copy = folder.path("frozen/journal.sqlite")
        try SQLite3Command.run(db, "PRAGMA wal_autocheckpoint = 0; DELETE FROM entries;",
                           ".shell cp '\(db)' '\(copy)' && cp '\(db)-wal' '\(copy)-wal'")
        try #require(((try? FileManager.default.attributesOfItem(atPath: copy + "-wal")[.size] as? Int) ?? 0) > 0)
        let protection = WriteProtection(folder.path("frozen"))
        defer { protection.lift() }
        try #require(protection.isActive)
        let export = try run(["export", "marks", "--db", copy])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == "class,subject,date,work,weight,student,mark\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("frozen")).sorted()
            == ["journal.sqlite", "journal.sqlite-wal"])
    }

    // Item 7.
    @Test func aUTF8RosterWithAStrayByteIsRefusedNamingItsLine() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let before = try snapshot(folder, db)
        let file = try folder.write("r.csv", Array("класс,фамилия,имя\n7Б,Орлов,Глеб\n7Б,Зайц".utf8) + [0xE5] + Array("ва,Ира\n".utf8))
        let result = try run(["import", "roster", file, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr == "zhurnal: line 3: a byte that is not UTF-8 in a UTF-8 file (save the file again as UTF-8)\n")
        #expect(try snapshot(folder, db) == before)
        let marks = try folder.write("m.csv", Array("class,subject,date,work,weight,student,mark\n7А,Алгебра,2026-09-26,тест,,Иванов Иван,5\n7А,Алгебра,2026-09-26,тест,,Петрова Ан".utf8) + [0xED] + Array(",4\n".utf8))
        #expect(try run(["import", "marks", marks, "--db", db]).stderr.hasPrefix("zhurnal: line 3: a byte that is not UTF-8"))
        #expect(try snapshot(folder, db) == before)
    }

    // Item 8.
    @Test func controlCharactersInImportedTextAreRefusedAndNeverPrinted() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let before = try snapshot(folder, db)
        let files = [
            ("final-marks", "class,subject,term,student,mark,reason\n7А,Алгебра,1,Иванов Иван,5,\u{1B}[31mred\n"),
            ("external", "procedure,class,subject,date,student,score,mark\nВПР\u{202E},7А,Алгебра,2026-10-01,Иванов Иван,12,4\n"),
        ]
        for (kind, text) in files {
            let result = try run(["import", kind, try folder.write("\(kind).csv", text: text), "--db", db])
            #expect(result.status == 1, "\(kind)")
            #expect(result.stderr.contains("invisible control character"), "\(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{202E}"))
        }
        let rubric = #"{"name":"Эссе\u001b[2J","basis":"points","criteria":[{"code":"K1","max":3}],"scale":[{"mark":5,"min":3},{"mark":4,"min":2},{"mark":3,"min":1},{"mark":2,"min":0}]}"#
        let refused = try run(["import", "rubric", try folder.write("rubric.json", text: rubric), "--db", db])
        #expect(refused.status == 1 && refused.stderr.contains("control character"), "\(refused.stderr)")
        #expect(try snapshot(folder, db) == before)
    }

    // Item 8: text stored before the checks (or by another program) is escaped in every output.
    @Test(.enabled(if: SQLite3Command.isAvailable, "needs sqlite3"))
    func storedControlCharactersAreEscapedInReportsAndExports() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        try SQLite3Command.run(db, "UPDATE students SET last_name = 'Ива' || char(27) || '[2Jнов' || char(8238) WHERE last_name = 'Иванов';")
        let outputs = [
            ["export", "marks"], ["export", "marks", "--format", "json"],
            ["report", "summary", "--class", "7А", "--term", "1"],
            ["report", "summary", "--class", "7А", "--term", "1", "--format", "html"],
            ["report", "summary", "--class", "7А", "--term", "1", "--format", "csv"],
        ]
        for arguments in outputs {
            let result = try run(arguments + ["--db", db])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "\(arguments)")
            #expect(result.stdout.contains("<U+001B>") || result.stdout.contains("\\u001b"), "\(arguments)")
        }
    }

    // Item 9.
    @Test func anExternalScoreOutsideZeroToAThousandIsRefused() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let before = try snapshot(folder, db)
        for score in ["9223372036854775807", "100000000000000", "1001", "-1"] {
            let text = "procedure,class,subject,date,student,score,mark\nВПР,7А,Алгебра,2026-10-01,Иванов Иван,\(score),4\n"
            let result = try run(["import", "external", try folder.write("e.csv", text: text), "--db", db])
            #expect(result.status == 1)
            #expect(result.stderr.contains("is not a score (whole points, 0–1000)"), "\(result.stderr)")
        }
        #expect(try snapshot(folder, db) == before)
    }

    // Item 9: a score stored before the bound (or by another program) cannot crash a report.
    @Test(.enabled(if: SQLite3Command.isAvailable, "needs sqlite3"))
    func aHugeStoredScoreDoesNotStopObjectivityOrTheDistrictReport() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let results = "procedure,class,subject,date,student,score,mark\n"
            + ["Иванов Иван,12,4", "Петрова Анна,15,5", "Сидоров Пётр,8,3", "Кузнецова Мария,10,4"]
            .map { "ВПР,7А,Алгебра,2026-10-01,\($0)\n" }.joined()
        #expect(try run(["import", "external", try folder.write("e.csv", text: results), "--db", db]).status == 0)
        try SQLite3Command.run(db, "UPDATE external_results SET score = 9223372036854775807;")
        try FileManager.default.copyItem(atPath: db, toPath: folder.path("school2.sqlite"))
        let objectivity = try run(["report", "objectivity", "--procedure", "ВПР", "--term", "1", "--db", db])
        #expect(objectivity.status == 0 && !objectivity.signalled, "\(objectivity.stderr)")
        let district = try run(["report", "district", db, folder.path("school2.sqlite"), "--term", "1"])
        #expect(district.status == 0 && !district.signalled, "\(district.stderr)")
    }

    /// School settings damaged in the file (by another program, a half-restored copy) are not
    /// silently replaced by the defaults: the report says so in one line and exits 1.
    @Test(.enabled(if: SQLite3Command.isAvailable, "needs sqlite3"))
    func aDamagedSettingIsReportedNotReplacedByTheDefaults() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        try SQLite3Command.run(db, "INSERT OR REPLACE INTO settings(key, value) VALUES ('school', CAST('{\"attestation\": 7' AS BLOB));")
        for language in ["ru", "en"] {
            let report = try run(["report", "summary", "--class", "7А", "--term", "1", "--db", db, "--lang", language])
            #expect(report.status == 1 && report.stdout.isEmpty, "\(report.stdout)")
            #expect(report.stderr.split(separator: "\n").count == 1 && report.stderr.contains("«school»"), "\(report.stderr)")
        }
    }

    // Item 10.
    @Test func aLineOverOneMebibyteIsRefusedAndEchoesAreCut() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let before = try snapshot(folder, db)
        let huge = try folder.write("huge.csv", [UInt8](repeating: 0x61, count: 3 << 20))
        for command in [["import", "marks", "/dev/zero"], ["import", "roster", "/dev/zero"], ["import", "marks", huge],
                        ["import", "final-marks", huge]] {
            let result = try run(command + ["--db", db])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == "zhurnal: line 1: field too long (more than 1 MiB)\n", "\(result.stderr)")
        }
        let long = String(repeating: "5", count: 5000)
        let marks = "class,subject,date,work,weight,student,mark\n7А,Алгебра,2026-09-26,тест,,Иванов Иван,\(long)\n"
        let result = try run(["import", "marks", try folder.write("m.csv", text: marks), "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains(String(repeating: "5", count: 80) + "…") && !result.stderr.contains(String(repeating: "5", count: 81)))
        #expect(try snapshot(folder, db) == before)
    }

    // Item 11.
    @Test func anUnknownClassInExportAndExtraFieldsAreRefused() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let output = try folder.write("export.csv", text: "a good export\n")
        let before = try snapshot(folder, db)
        for filter in [["--class", "7Я"], ["--subject", "Химия"]] {
            let result = try run(["export", "marks", "--db", db, "--output", output] + filter)
            #expect(result.status == 1, "\(filter)")
        }
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "a good export\n")
        let marks = "class,subject,date,work,weight,student,mark\n7А,Алгебра,2026-09-26,тест,,Иванов Иван,5,4\n"
        let extra = try run(["import", "marks", try folder.write("m.csv", text: marks), "--db", db])
        #expect(extra.stderr.hasPrefix("zhurnal: line 2: 8 fields, the header has 7\n"), "\(extra.stderr)")
        let roster = try run(["import", "roster", try folder.write("r.csv", text: "класс,фамилия,имя\n7А,Сидоров,Пётр,Ильич\n"), "--db", db])
        #expect(roster.status == 1 && roster.stderr.hasPrefix("zhurnal: line 2: 4 fields, the header has 3\n"), "\(roster.stderr)")
        #expect(try snapshot(folder, db) == before)
    }

    // Item 12: options, side files.
    @Test func repeatedOptionsTakeTheLastAndDoubleDashEndsOptions() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let russian = try ZhurnalProcess.run(["export", "marks", "--class", "7Я", "--lang", "en", "--db", "/nowhere", "--lang", "ru", "--db", db])
        #expect(russian.stderr == "zhurnal: в журнале нет класса 7Я\n", "\(russian.stderr)")
        let english = try ZhurnalProcess.run(["--lang=ru", "bogus", "--lang", "en"])
        #expect(english.status == 2 && english.stderr.hasPrefix("zhurnal: unknown command"), "\(english.stderr)")
        try folder.write("-r.csv", text: "класс,фамилия,имя\n7Б,Орлов,Глеб\n")
        let dashed = try ZhurnalProcess.run(["import", "roster", "--db", db, "--", "-r.csv"], in: folder.url)
        #expect(dashed.status == 0, "\(dashed.stderr)")
    }

    @Test func readingLeavesNoSideFilesWhereThereWereNone() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        try FileManager.default.copyItem(atPath: db, toPath: folder.path("school2.sqlite"))
        let before = try snapshot(folder, db)
        #expect(try run(["report", "summary", "--class", "7А", "--term", "1", "--db", db]).status == 0)
        #expect(try run(["export", "marks", "--db", db]).status == 0)
        #expect(try run(["check", "--db", db]).status == 0)
        #expect(try run(["report", "district", db, folder.path("school2.sqlite"), "--term", "1"]).status == 0)
        try folder.write("foreign.sqlite", [])
        try SQLite3Command.runIfAvailable(folder.path("foreign.sqlite"), "PRAGMA journal_mode = WAL; CREATE TABLE t(x);")
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(try run(["report", "summary", "--class", "7А", "--db", folder.path("foreign.sqlite")]).status == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == listing)
        #expect(listing.filter { $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before.0)
    }

    @Test(.enabled(if: getuid() == 0, "mounting a small tmpfs needs root"))
    func aBackupOnAFullDiskLeavesNothingAndSaysItFailed() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let mount = folder.path("full")
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: false)
        guard SQLite3Command.shell("mount -t tmpfs -o size=16k tmpfs '\(mount)'") else { return }
        defer { _ = SQLite3Command.shell("umount '\(mount)'") }
        let result = try run(["backup", mount + "/copy.sqlite", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("failed (the disk is full); no file was written"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount).isEmpty)
    }
}

/// The `sqlite3` command-line tool, for making files Zhurnal itself would not make.
enum SQLite3Command {
    static var isAvailable: Bool { shell("command -v sqlite3 >/dev/null") }

    /// Runs `sql` then each dot-command on `db` with `sqlite3`, as one session.
    static func run(_ db: String, _ sql: String, _ commands: String...) throws {
        let script = ([sql] + commands).joined(separator: "\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "printf '%s\\n' \"$1\" | sqlite3 \"$0\"", db, script]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// `run` when `sqlite3` is installed; nothing otherwise.
    static func runIfAvailable(_ db: String, _ sql: String) throws {
        if isAvailable { try run(db, sql) }
    }

    /// Runs a shell command; true when it exits 0.
    @discardableResult
    static func shell(_ command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
