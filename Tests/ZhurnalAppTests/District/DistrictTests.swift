import Foundation
import HostileSupport
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The district roll-up over three small schools, each a class of four with three ОУ marks per
/// student in term 1 (so the term mark is that mark):
///
/// | school  | marks   | успеваемость | качество | СОУ                          | средний | flagged (85/30/40)   |
/// |---------|---------|--------------|----------|------------------------------|---------|----------------------|
/// | Школа А | 5 4 3 2 | 75.00        | 50.00    | (100+64+36+16)/4 = 54.00     | 3.50    | успеваемость         |
/// | Школа Б | 5 5 4 4 | 100.00       | 100.00   | (200+128)/4 = 82.00          | 4.50    | —                    |
/// | Школа В | 3 3 2 2 | 50.00        | 0.00     | (72+32)/4 = 26.00            | 2.50    | all three            |
///
/// Schools А and Б share the procedure «ВПР-5». Every file is opened read-only: its bytes
/// (checksum) and modification time stay as they were, and its write-ahead log stays empty.
@Suite struct DistrictTests {
    let scratch = ScratchFolder()

    private func school(_ name: String, marks: [Int], procedure: Bool) throws -> String {
        let path = scratch.path("\(name).sqlite")
        let journal = try Journal(path: path, user: "teacher")
        try journal.saveSchoolSettings(SchoolSettings.defaults(schoolName: name, schoolYearStarting: 2026))
        let schoolClass = try journal.findOrCreateClass(named: "5А")
        let students = try (1...4).map { try journal.addStudent(classID: schoolClass.id, lastName: "Ученик\($0)", firstName: "Имя") }
        let maths = try journal.findOrCreateSubject(named: "Математика")
        for day in [10, 17, 24] {
            let column = try journal.addColumn(classID: schoolClass.id, subjectID: maths.id,
                                               date: LocalDate(year: 2026, month: 9, day: day)!, kindCode: "answer")
            for (student, mark) in zip(students, marks) {
                _ = try journal.setEntry(columnID: column.id, studentID: student.id, to: try Entry.parse(String(mark)).get())
            }
        }
        if procedure {
            var csv = "procedure,class,subject,date,student,score,mark\n"
            for (index, mark) in marks.enumerated() { csv += "ВПР-5,5А,Математика,2026-10-01,Ученик\(index + 1) Имя,\(mark * 4),\(mark)\n" }
            _ = try journal.importExternal(Array(csv.utf8))
        }
        return path
    }

    /// FNV-1a over the file's bytes.
    private func checksum(_ path: String) throws -> UInt64 {
        try Data(contentsOf: URL(fileURLWithPath: path)).reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    @Test func threeSchoolsReadOnly() throws {
        let paths = [try school("Школа А", marks: [5, 4, 3, 2], procedure: true),
                     try school("Школа Б", marks: [5, 5, 4, 4], procedure: true),
                     try school("Школа В", marks: [3, 3, 2, 2], procedure: false)]
        let before = try paths.map { (try checksum($0), try FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date) }
        let listing = try FileManager.default.contentsOfDirectory(atPath: scratch.directory).sorted()
        Thread.sleep(forTimeInterval: 1.1)

        let output = try DistrictCommand.run(paths: paths, term: 1, thresholds: .init(), json: true,
                                             destination: OutputDestination(path: nil, excel: false),
                                             today: LocalDate(year: 2026, month: 12, day: 1)!, language: .ru)
        let text = try DistrictCommand.run(paths: paths, term: nil, thresholds: .init(), json: false,
                                           destination: OutputDestination(path: nil, excel: false),
                                           today: LocalDate(year: 2026, month: 10, day: 5)!, language: .ru).stdout

        let after = try paths.map { (try checksum($0), try FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date) }
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == after.map(\.1))
        // SQLite's read-only WAL readers leave an empty -wal and a -shm index beside the file;
        // nothing else appears and no page is written to the log.
        let added = Set(try FileManager.default.contentsOfDirectory(atPath: scratch.directory)).subtracting(listing)
        #expect(added.allSatisfy { $0.hasSuffix(".sqlite-wal") || $0.hasSuffix(".sqlite-shm") })
        for name in added where name.hasSuffix("-wal") {
            #expect((try FileManager.default.attributesOfItem(atPath: scratch.path(name))[.size] as? Int) == 0)
        }

        let json = output.stdout
        for fragment in ["\"name\": \"Школа А\"", "\"progress\": 75.00", "\"sou\": 54.00", "\"mean_mark\": 3.50",
                         "\"progress\": 100.00", "\"sou\": 82.00", "\"sou\": 26.00", "\"mean_mark\": 2.50",
                         "\"shared_procedures\": [\n    \"ВПР-5\"\n  ]", "\"below\": [\n        \"progress\"\n      ]"] {
            #expect(json.contains(fragment), "\(fragment)")
        }
        #expect(json.components(separatedBy: "\"flagged\": true").count == 3)
        #expect(text.contains("Школа В (1 четверть)\n! кандидат в ШНОР: ниже порога — успеваемость, качество, СОУ"))
        #expect(text.contains("Школа Б (1 четверть)\n  Предмет"))
        #expect(text.contains("  Математика          75.00%    50.00%   54.00%          3.50   25.00%"))
        #expect(text.contains("  Математика          50.00%     0.00%   26.00%          2.50   50.00%"))
        #expect(text.contains("Общие процедуры:\n  ВПР-5\n    Школа А: участников 4: понизили 0 (0.00%), подтвердили 4 (100.00%)"))
    }

    @Test func thresholdsAreSettable() throws {
        let path = try school("Школа В", marks: [3, 3, 2, 2], procedure: false)
        let thresholds = DistrictReport.Thresholds(progress: Ratio(50), quality: Ratio(0), sou: Ratio(26))
        let output = try DistrictCommand.run(paths: [path], term: 1, thresholds: thresholds, json: true,
                                             destination: OutputDestination(path: nil, excel: false),
                                             today: LocalDate(year: 2026, month: 12, day: 1)!, language: .en)
        #expect(output.stdout.contains("\"flagged\": false"))
    }
}
