import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// A ВПР of 20 students against their term-1 marks, computed by hand. Each student has the same
/// mark three times in term 1 (ОУ ×1), so the average is that mark and so is the term mark.
///
/// | journal | external                            | count                              |
/// |---------|-------------------------------------|------------------------------------|
/// | 5 ×4    | 5 4 4 5                             | 2 confirmed, 2 lowered             |
/// | 4 ×6    | 4 3 4 5 4 3                         | 3 confirmed, 2 lowered, 1 raised   |
/// | 3 ×7    | 3 4 3 2 3 4 2 (the last is №20)     | 3 confirmed, 2 lowered, 2 raised   |
/// | 2 ×3    | 2 3 2                               | 2 confirmed, 1 raised              |
///
/// понизили 6 (30.00 %, highlighted: ≥ 25), подтвердили 10 (50.00 %), повысили 4 (20.00 %).
/// Journal: 5×4, 4×6, 3×7, 2×3 → успеваемость 17/20 = 85.00, качество 10/20 = 50.00,
/// СОУ (400 + 384 + 252 + 48)/20 = 54.20, средний 71/20 = 3.55.
/// External: 5×3, 4×7, 3×6, 2×4 → 80.00, 50.00, СОУ (300 + 448 + 216 + 64)/20 = 51.40, 69/20 = 3.45.
/// Scores 4·external + (№ mod 3); with averages y: Sxy = 1113, Sxx = 5931, Syy = 379 (n·Σ − Σ·Σ),
/// r = 1113/√(5931·379) = 0.742… → 0.74.
@Suite struct ObjectivityTests {
    let scratch = ScratchFolder()
    static let journalMarks = [5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 2, 2, 2, 3]
    static let externalMarks = [5, 4, 4, 5, 4, 3, 4, 5, 4, 3, 3, 4, 3, 2, 3, 4, 2, 3, 2, 2]

    private func journal() throws -> (Journal, SchoolSettings) {
        let journal = try Journal(path: scratch.path("objectivity.sqlite"), user: "teacher")
        let settings = SchoolSettings.defaults(schoolName: "Школа № 5", schoolYearStarting: 2026)
        try journal.saveSchoolSettings(settings)
        let schoolClass = try journal.findOrCreateClass(named: "6А")
        let students = try (1...20).map { try journal.addStudent(classID: schoolClass.id, lastName: "Ученик\($0)", firstName: "Имя") }
        let maths = try journal.findOrCreateSubject(named: "Математика")
        for day in [10, 17, 24] {
            let column = try journal.addColumn(classID: schoolClass.id, subjectID: maths.id,
                                               date: LocalDate(year: 2026, month: 9, day: day)!, kindCode: "answer")
            for (student, mark) in zip(students, Self.journalMarks) {
                _ = try journal.setEntry(columnID: column.id, studentID: student.id, to: try Entry.parse(String(mark)).get())
            }
        }
        var csv = "procedure,class,subject,date,student,score,mark\n"
        for (index, mark) in Self.externalMarks.enumerated() {
            csv += "ВПР математика,6А,Математика,15.10.2026,Ученик\(index + 1) Имя,\(4 * mark + (index + 1) % 3),\(mark)\n"
        }
        #expect(try journal.importExternal(Array(csv.utf8)) == 20)
        return (journal, settings)
    }

    @Test func classOfTwentyByHand() throws {
        let (journal, settings) = try journal()
        let report = try ObjectivityBuilder(journal: journal, settings: settings).report(procedure: "впр МАТЕМАТИКА", term: nil)
        #expect(report.procedure == "ВПР математика")
        #expect(report.groups.count == 1)
        #expect(report.groups[0].term == 1)
        let f = report.figures
        let counts: [Int] = [20, 6, 10, 4]
        #expect([f.participants, f.lowered, f.confirmed, f.raised] == counts)
        #expect([f.loweredPercent, f.confirmedPercent, f.raisedPercent].map { $0?.shown } == ["30.00", "50.00", "20.00"])
        #expect(f.loweredHighlighted)
        #expect(!f.raisedHighlighted)
        #expect([f.journal.progress, f.journal.quality, f.journal.sou, f.journal.meanMark].map { $0?.shown }
                == ["85.00", "50.00", "54.20", "3.55"])
        #expect([f.external.progress, f.external.quality, f.external.sou, f.external.meanMark].map { $0?.shown }
                == ["80.00", "50.00", "51.40", "3.45"])
        #expect(f.correlation?.shown == "0.74")
        #expect(report.groups[0].participants[1].comparison == .lowered)
        #expect(report.groups[0].participants[7].comparison == .raised)

        let json = ObjectivityJSON.report(report).rendered()
        for field in ["\"procedure\": \"ВПР математика\"", "\"participants\": 20", "\"lowered\": 6", "\"confirmed\": 10",
                      "\"raised\": 4", "\"lowered_pct\": 30.00", "\"confirmed_pct\": 50.00", "\"raised_pct\": 20.00",
                      "\"sou\": 54.20", "\"sou\": 51.40", "\"correlation\": 0.74"] {
            #expect(json.contains(field), "\(field)")
        }
        let text = ObjectivityText.report(report, language: .ru)
        #expect(text.contains("участников 20: понизили 6 (30.00%) !, подтвердили 10 (50.00%), повысили 4 (20.00%)"))
        #expect(text.contains("Корреляция баллов со средним баллом журнала: 0.74"))
        // The overview at the top: one line per class and subject, the highlighted share marked.
        let overview = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(5).map(String.init)
        #expect(overview[2].hasPrefix("Класс") && overview[2].hasSuffix("r"), "\(overview)")
        #expect(overview[3].range(of: #"^6А +Математика +20 +30\.00% ! +50\.00% +20\.00% +0\.74$"#,
                                  options: .regularExpression) != nil, "\(overview)")
        #expect(overview[4].range(of: #"^Всего по процедуре +20 +30\.00% !"#, options: .regularExpression) != nil, "\(overview)")

        let term2 = try ObjectivityBuilder(journal: journal, settings: settings).report(procedure: "ВПР математика", term: 2)
        #expect(term2.figures.participants == 0)
    }

    @Test func objectivityScreenShowsTheReport() throws {
        let (journal, settings) = try journal()
        let report = try ObjectivityBuilder(journal: journal, settings: settings).report(procedure: "ВПР математика", term: nil)
        var shell = AppShell(root: ObjectivityScreen(reports: [report]), size: Size(width: 100, height: 14),
                             context: DrawContext(language: .ru, glyphs: .unicode))
        #expect(shell.screenLines.contains { $0.contains("Объективность: ВПР математика") })
        #expect(shell.screenLines.contains { $0.contains("6А") && $0.contains("30.00% !") })
        // The overview first; Enter shows the class's students, Esc comes back to it.
        shell.handle(.enter)
        #expect(shell.screenLines.contains { $0.contains("Ученик2 Имя") && $0.contains("понизили") })
        for _ in 0..<5 { shell.handle(.pageDown) }
        #expect(shell.screenLines.contains { $0.contains("участников 20: понизили 6 (30.00%) !") })
        shell.handle(.escape)
        #expect(shell.top is ObjectivityScreen)
    }

    @Test func badRowsImportNothing() throws {
        let (journal, _) = try journal()
        let csv = """
        процедура,класс,предмет,дата,ученик,балл,отметка
        ВПР русский,6А,Математика,15.10.2026,Ученик1 Имя,12,4
        ВПР русский,6А,Математика,15.10.2026,Ученик2 Имя,-3,4
        ВПР русский,6А,Математика,15.10.2026,Ученик3 Имя,12,6
        ВПР русский,6А,Химия,15.10.2026,Ученик4 Имя,12,4
        ВПР русский,6А,Математика,31.02.2026,Ученик5 Имя,12,4
        ВПР русский,6А,Математика,15.10.2026,Нет Такого,,4
        """
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 3, problem: .badScore("-3")), ImportRowError(line: 4, problem: .badExternalMark("6")),
            ImportRowError(line: 6, problem: .badDate("31.02.2026")),
            ImportRowError(line: 7, problem: .unknownStudent(name: "Нет Такого", className: "6А")),
        ])) { try journal.importExternal(Array(csv.utf8)) }
        #expect(try journal.externalProcedures() == ["ВПР математика"])
        #expect(try !journal.subjects().contains { $0.name == "Химия" })
    }

    /// One rule for all imports: a subject the journal lacks is created, as `import marks` does.
    @Test func aMissingSubjectIsCreated() throws {
        let (journal, _) = try journal()
        let csv = """
        процедура,класс,предмет,дата,ученик,балл,отметка
        ВПР химия,6А,Химия,15.10.2026,Ученик1 Имя,12,4
        ВПР химия,6а,химия,15.10.2026,Ученик2 Имя,10,3
        """
        #expect(try journal.importExternal(Array(csv.utf8)) == 2)
        let chemistry = try #require(try journal.subjects().filter { $0.name == "Химия" }.first)
        #expect(try journal.subjects().filter { NameFold.same($0.name, "химия") }.count == 1)
        #expect(try journal.externalResults(procedure: "ВПР химия").map(\.subjectID) == [chemistry.id, chemistry.id])
    }

    @Test func pointsScaleGivesMarksForEmptyOnes() throws {
        let scale = try #require(PointsScale(parsing: "6, 10; 14"))
        #expect([0, 5, 6, 9, 10, 13, 14, 20].map(scale.mark(for:)) == [2, 2, 3, 3, 4, 4, 5, 5])
        #expect(PointsScale(parsing: "6,10") == nil)
        #expect(PointsScale(parsing: "10,6,14") == nil)
        #expect(PointsScale(parsing: "a,b,c") == nil)
        let (journal, _) = try journal()
        let csv = """
        procedure,class,subject,date,student,score,mark
        ОГЭ,6А,Математика,2026-10-20,Ученик1 Имя,15,
        ОГЭ,6А,Математика,2026-10-20,Ученик2 Имя,7,
        ОГЭ,6А,Математика,2026-10-20,Ученик3 Имя,3,5
        """
        #expect(throws: ImportFailure.badRows([ImportRowError(line: 2, problem: .missingValue(column: "mark")),
                                               ImportRowError(line: 3, problem: .missingValue(column: "mark"))])) {
            try journal.importExternal(Array(csv.utf8))
        }
        #expect(try journal.importExternal(Array(csv.utf8), scale: scale) == 3)
        #expect(try journal.externalResults(procedure: "ОГЭ").map(\.mark) == [5, 3, 5])
    }

    @Test func correlationIsExact() {
        #expect(Correlation([(1, 2), (2, 4), (3, 6)])?.shown == "1.00")
        #expect(Correlation([(1, 6), (2, 4), (3, 2)])?.shown == "-1.00")
        #expect(Correlation([(1, 1), (2, 1), (3, 1)]) == nil)
        #expect(Correlation([(1, 1), (2, 2)]) == nil)
        // x 1 2 3 4, y 1 3 2 4: Sxy = 4·29 − 10·10 = 16, Sxx = Syy = 4·30 − 100 = 20, r = 0.8.
        #expect(Correlation([(1, 1), (2, 3), (3, 2), (4, 4)])?.shown == "0.80")
        // x 1 2 3, y 1 3 1: Sxy = 3·10 − 6·5 = 0, r = 0.00.
        #expect(Correlation([(1, 1), (2, 3), (3, 1)])?.shown == "0.00")
    }
}
