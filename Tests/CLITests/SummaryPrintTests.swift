import Foundation
import Testing

/// `zhurnal report summary` as HTML and on the printer: `--print` runs `lpr` from `PATH` with the
/// page options and the sheet on its standard input, and refuses clearly when there is no `lpr`.
@Suite struct SummaryPrintTests {
    @Test func htmlFormat() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let result = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--term", "1", "--format", "html", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("58.75"))
        #expect(result.stdout.contains("@media print"))
    }

    @Test func printSendsTheSheetToLpr() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let bin = folder.path("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let script = try folder.write("bin/lpr", text: "#!/bin/sh\necho \"$@\" > \"\(folder.path("args"))\"\ncat > \"\(folder.path("printed"))\"\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script)
        let result = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--term", "1", "--print", "--teacher", "Петрова А. А.",
                                             "--db", db, "--lang", "en"], environment: ["PATH": "\(bin):/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("sent to the printer"))
        #expect(try String(contentsOfFile: folder.path("args"), encoding: .utf8) == "-o landscape -o cpi=12 -o lpi=6\n")
        let printed = try String(contentsOfFile: folder.path("printed"), encoding: .utf8)
        #expect(printed.contains("Teacher: Петрова А. А."))
        #expect(printed.contains("Сидоров Пётр"))
        let subject = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--subject", "Алгебра", "--term", "1", "--print",
                                              "--db", db], environment: ["PATH": "\(bin):/usr/bin:/bin"])
        #expect(subject.status == 0)
        #expect(try String(contentsOfFile: folder.path("args"), encoding: .utf8) == "-o cpi=10 -o lpi=6\n")
    }

    @Test func printWithoutLprIsAClearUserError() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let empty = folder.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        for (language, words) in [("en", "lpr command is not installed"), ("ru", "не установлена команда lpr")] {
            let result = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--print", "--db", db, "--lang", language],
                                                environment: ["PATH": empty])
            #expect(result.status == 1)
            #expect(result.stderr.contains(words))
            #expect(result.stdout.isEmpty)
        }
        let conflicting = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--print", "--format", "json", "--db", db])
        #expect(conflicting.status == 2)
    }
}
