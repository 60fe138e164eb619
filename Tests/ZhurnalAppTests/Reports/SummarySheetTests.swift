import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore

/// The printable summary: a hand-computed class with н/а and осв, the A4 page layout of the text
/// sheets, and the HTML page (well-formed, escaped, holding every number of the JSON).
///
/// | student            | Алгебра | Физика | 5 4 3 2 н/а | category     |
/// |--------------------|---------|--------|-------------|--------------|
/// | Андреева Анна      | 5       | 5      | 2 0 0 0 0   | отличник     |
/// | Быков Борис        | 4       | 3      | 0 1 1 0 0   | с одной «3»  |
/// | Ветрова Вера       | н/а     | 2      | 0 0 0 1 1   | неуспевающий |
/// | Глебов <Глеб> & Co | осв     | 4      | 0 1 0 0 0   | хорошист     |
///
/// Алгебра: N = 4 − 1 осв = 3; успеваемость 2/3 = 66.67, качество 66.67,
/// СОУ (100 + 64 + 7)/3 = 57.00, средний балл 9/2 = 4.50.
/// Физика: N = 4; успеваемость 3/4 = 75.00, качество 2/4 = 50.00, СОУ (100+64+36+16)/4 = 54.00,
/// средний балл 14/4 = 3.50. Class: 4 students, успеваемость 3/4 = 75.00, качество 2/4 = 50.00.
@Suite struct SummarySheetTests {
    static let context = SheetContext(school: "Школа № 1", teacher: "Иванова И. И.", date: LocalDate(year: 2026, month: 12, day: 25)!)

    static func subject(_ name: String, _ marks: [TermMark], students: [SubjectInput.Student]) -> SubjectSummary {
        let rows = zip(students, marks).map { student, mark in
            SubjectSummary.Row(studentID: student.id, name: student.name, average: mark.numeric.map { Ratio($0) },
                               markCount: 3, recommended: mark, final: nil)
        }
        return SubjectSummary(className: "8Б", subject: name, period: .term(2), termKind: .quarter, rows: rows,
                              statistics: ClassStatistics(termMarks: marks))
    }

    static func handClass() -> ClassSummary {
        let students = ["Андреева Анна", "Быков Борис", "Ветрова Вера", "Глебов <Глеб> & Co"].enumerated().map {
            SubjectInput.Student(id: $0.offset + 1, name: $0.element)
        }
        return ClassSummary(className: "8Б", period: .term(2), termKind: .quarter, students: students, subjects: [
            subject("Алгебра", [.mark(5), .mark(4), .notAttested, .exempt], students: students),
            subject("Физика", [.mark(5), .mark(3), .mark(2), .mark(4)], students: students),
        ])
    }

    static func bigClass(students count: Int, subjects: Int) -> ClassSummary {
        let students = (1...count).map { SubjectInput.Student(id: $0, name: "Ученикова-Длиннофамильная Александра \($0)") }
        let marks: [TermMark] = (1...count).map { .mark(2 + $0 % 4) }
        return ClassSummary(className: "11А", period: .year, termKind: .quarter, students: students,
                            subjects: (1...subjects).map { subject("\($0)-й предмет", marks, students: students) })
    }

    @Test func handComputedClassNumbers() {
        let summary = Self.handClass()
        let algebra = summary.subjects[0].statistics, physics = summary.subjects[1].statistics
        #expect([algebra.progress?.shown, algebra.quality?.shown, algebra.sou?.shown, algebra.meanMark?.shown]
                == ["66.67", "66.67", "57.00", "4.50"])
        #expect([physics.progress?.shown, physics.quality?.shown, physics.sou?.shown, physics.meanMark?.shown]
                == ["75.00", "50.00", "54.00", "3.50"])
        #expect(summary.students.map { summary.categories[$0.id] } == [.excellent, .oneThree, .failing, .good])
        let counts = summary.students.map { student in
            MarkCounts(summary.subjects.compactMap { $0.rows.first { $0.studentID == student.id }?.effective }).columns
        }
        #expect(counts == [[2, 0, 0, 0, 0], [0, 1, 1, 0, 0], [0, 0, 0, 1, 1], [0, 1, 0, 0, 0]])
        let totals = ClassTotals(summary)
        let expected: [Int] = [4, 1, 1, 1, 1]
        #expect([totals.students, totals.excellent, totals.good, totals.oneThree, totals.failing] == expected)
        #expect(totals.progress?.shown == "75.00")
        #expect(totals.quality?.shown == "50.00")
        let text = SummarySheet.classSummary(summary, context: Self.context, averages: false, language: .ru)
            .laidOut(on: .landscape) { PrintLabel.page($0, of: $1).text(.ru) }
        #expect(text.contains("  3 Ветрова Вера          н/а      2   0   0   0   1   1 неуспевающие"))
        #expect(text.contains("    Успеваемость        66.67  75.00"))
        #expect(text.contains("    СОУ                 57.00  54.00"))
        #expect(text.contains("Итого по классу: учеников 4; отличники 1, хорошисты 1, с одной «3» 1, неуспевающие 1"))
        #expect(text.contains("Успеваемость 75.00%   Качество 50.00%"))
        #expect(text.contains("Школа № 1"))
        #expect(text.contains("Учитель: Иванова И. И.   Дата: 25.12.2026"))
        let withAverages = SummarySheet.classSummary(summary, context: Self.context, averages: true, language: .ru)
            .laidOut(on: .landscape) { PrintLabel.page($0, of: $1).text(.ru) }
        #expect(withAverages.contains("5 5.00"))
    }

    @Test(arguments: [Language.ru, .en])
    func landscapeClassSheetPages(language: Language) {
        let summary = Self.bigClass(students: 70, subjects: 16)
        let text = SummarySheet.classSummary(summary, context: Self.context, averages: false, language: language)
            .laidOut(on: .landscape) { PrintLabel.page($0, of: $1).text(language) }
        checkPages(text, page: .landscape, language: language)
        // 16 subjects do not fit beside the names: they continue in a second section, whose
        // pages repeat the rows with the remaining subjects' columns.
        let headers = text.split(separator: "\n").filter { $0.contains(ReportLabel.category.text(language)) }
        #expect(Set(headers).count == 2)
        #expect(headers.allSatisfy { $0.hasSuffix(ReportLabel.category.text(language)) }, "no header is cut off")
        for number in 1...16 {
            #expect(headers.contains { $0.contains(SummaryText.abbreviation("\(number)-й предмет")) })
        }
        #expect(text.contains("70 Ученикова-Длиннофамильная"))
    }

    @Test func portraitSubjectSheetPages() {
        let summary = Self.bigClass(students: 150, subjects: 1).subjects[0]
        let text = SummarySheet.subject(summary, context: Self.context, language: .ru)
            .laidOut(on: .portrait) { PrintLabel.page($0, of: $1).text(.ru) }
        checkPages(text, page: .portrait, language: .ru)
        #expect(text.contains("150  Ученикова-Длиннофамильная Александра 150"))
    }

    /// Every line within the width, every page within the length, numbered, starting with the same
    /// heading and a table header, the signatures on the last page only.
    private func checkPages(_ text: String, page: PrintPage, language: Language) {
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        #expect(pages.count >= 3)
        let heading = Array(pages[0][1...4])
        for (index, lines) in pages.enumerated() {
            #expect(lines.last == "", "each page ends with a newline")
            let content = Array(lines.dropLast())
            #expect(content.count <= page.length, "page \(index + 1) has \(content.count) lines")
            #expect(content.allSatisfy { $0.displayWidth <= page.width })
            #expect(content.first == PrintLabel.page(index + 1, of: pages.count).text(language))
            #expect(Array(content[1...4]) == heading)
            #expect(content[5].contains(ReportLabel.student.text(language)), "the table header")
            #expect(content.contains { $0.hasPrefix(PrintLabel.deputy.text(language)) } == (index == pages.count - 1))
        }
        #expect(heading[0] == "Школа № 1")
    }

    @Test func htmlIsWellFormedEscapedAndHoldsEveryNumberOfTheJSON() throws {
        let summary = Self.handClass()
        let html = SummaryHTML.classSummary(summary, context: Self.context, averages: true, language: .ru)
        let parser = XMLParser(data: Data(html.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("@media print"))
        #expect(html.contains("page-break-before: always"))
        #expect(html.contains("Глебов &lt;Глеб&gt; &amp; Co"))
        #expect(!html.contains("<Глеб>"))
        let json = SummaryJSON.classSummary(summary).rendered()
        let numbers = try Regex("[0-9]+(\\.[0-9]+)?")
        let text = html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for match in json.matches(of: numbers) {
            #expect(text.contains(String(json[match.range])), "\(json[match.range]) missing from the html")
        }
        for value in ["66.67", "57.00", "54.00", "4.50", "3.50", "5.00"] { #expect(text.contains(value)) }
        let subject = SummaryHTML.subject(summary.subjects[1], context: Self.context, language: .en)
        #expect(XMLParser(data: Data(subject.utf8)).parse())
        #expect(subject.contains("size: A4 portrait"))
    }
}
