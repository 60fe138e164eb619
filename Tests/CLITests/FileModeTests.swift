import Foundation
import Testing

/// Files holding pupils' data are created 0600 (directories 0700) whatever the umask
/// (docs/hostile-input.md): the journal, its backup, exports and reports with `--output`.
@Suite struct FileModeTests {
    private func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1
    }

    @Test(arguments: ["000", "022"])
    func everyFileWithPupilsDataIsPrivate(umask: String) throws {
        let folder = try TemporaryFolder()
        let data = folder.path("xdg")
        let environment = ["XDG_DATA_HOME": data]
        let roster = try folder.write("r.csv", text: Fixtures.roster)
        let marks = try folder.write("m.csv", text: Fixtures.marks)
        #expect(try ZhurnalProcess.run(["import", "roster", roster], environment: environment, umask: umask).status == 0)
        #expect(try ZhurnalProcess.run(["import", "marks", marks], environment: environment, umask: umask).status == 0)
        let db = data + "/zhurnal/journal.sqlite"
        #expect(mode(data + "/zhurnal") == 0o700)
        #expect(mode(db) == 0o600)

        let outputs: [(String, [String])] = [
            ("backup.sqlite", ["backup", folder.path("backup.sqlite")]),
            ("marks.csv", ["export", "marks", "--output", folder.path("marks.csv")]),
            ("marks.json", ["export", "marks", "--format", "json", "-o", folder.path("marks.json")]),
            ("excel.csv", ["export", "marks", "--excel", "--output", folder.path("excel.csv")]),
            ("summary.txt", ["report", "summary", "--class", "7А", "--term", "1", "--output", folder.path("summary.txt")]),
            ("summary.html", ["report", "summary", "--class", "7А", "--term", "1", "--format", "html", "--output", folder.path("summary.html")]),
            ("summary.csv", ["report", "summary", "--class", "7А", "--term", "1", "--format", "csv", "--output", folder.path("summary.csv")]),
            ("student.json", ["report", "student", "--class", "7А", "--student", "Иванов Иван", "--format", "json",
                              "--output", folder.path("student.json")]),
            ("risk.txt", ["report", "risk", "--class", "7А", "--output", folder.path("risk.txt")]),
        ]
        for (name, arguments) in outputs {
            let result = try ZhurnalProcess.run(arguments, environment: environment, umask: umask)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(mode(folder.path(name)) == 0o600, "\(name) with umask \(umask)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }
}
