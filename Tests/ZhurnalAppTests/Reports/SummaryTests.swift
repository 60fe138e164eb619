import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// Summaries of a class computed by hand. Quarters of 2026/27, default rules (term thresholds
/// 4.60/3.60/2.60 on the average shown, at least three marks; year: ordinary rounding).
///
/// Алгебра, term 1 — 10.09 ОУ×1, 20.09 К×3, 01.10 С×2; term 2 — 10.11, 17.11, 24.11 ОУ×1:
///
/// | student          | term 1    | average          | rec | final       | term 2 | year terms | year |
/// |------------------|-----------|------------------|-----|-------------|--------|------------|------|
/// | Алексеева Анна   | 5 5 4     | 28/6 = 4.67      | 5   |             | 4 4 4  | 5, 4 → 4.5 | 5    |
/// | Борисов Борис    | 4 4 3     | 22/6 = 3.67      | 4   | 5 «проект»  | 4 4 4  | 5, 4 → 4.5 | 5    |
/// | Сёмина Вера      | 3 3 2     | 16/6 = 2.67      | 3   |             | 4 4 4  | 3, 4 → 3.5 | 4    |
/// | Григорьева Галина| н н 5     | 10/2 = 5.00, 1   | н/а |             | 5 5 5  | н/а, 5     | —    |
/// | Дмитриев Денис   | осв       | —                | н/а | осв         | осв    | осв, осв   | осв  |
///
/// Физика, term 1 — three ОУ×1 columns: Алексеева 5 5 5, everyone else 4 4 4.
/// («Сёмина» is written with a combining diaeresis, as some systems store it.)
@Suite struct SummaryTests {
    let scratch = ScratchFolder()
    static let semina = "Се\u{0308}мина"

    private func builder() throws -> SummaryBuilder {
        let journal = try Journal(path: scratch.path("summary.sqlite"), user: "teacher")
        let settings = SchoolSettings.defaults(schoolYearStarting: 2026)
        try journal.saveSchoolSettings(settings)
        let schoolClass = try journal.findOrCreateClass(named: "8В")
        let students = try [("Алексеева", "Анна"), ("Борисов", "Борис"), (Self.semina, "Вера"),
                            ("Григорьева", "Галина"), ("Дмитриев", "Денис")].map {
            try journal.addStudent(classID: schoolClass.id, lastName: $0.0, firstName: $0.1)
        }
        let algebra = try journal.findOrCreateSubject(named: "Алгебра")
        let physics = try journal.findOrCreateSubject(named: "Физика")
        func column(_ subject: Subject, _ month: Int, _ day: Int, _ kind: String, _ marks: [String]) throws {
            let column = try journal.addColumn(classID: schoolClass.id, subjectID: subject.id,
                                               date: LocalDate(year: 2026, month: month, day: day)!, kindCode: kind)
            for (student, mark) in zip(students, marks) {
                try journal.setEntry(columnID: column.id, studentID: student.id, to: try Entry.parse(mark).get())
            }
        }
        try column(algebra, 9, 10, "answer", ["5", "4", "3", "н", "осв"])
        try column(algebra, 9, 20, "control", ["5", "4", "3", "н", "осв"])
        try column(algebra, 10, 1, "independent", ["4", "3", "2", "5", "осв"])
        for day in [10, 17, 24] { try column(algebra, 11, day, "answer", ["4", "4", "4", "5", "осв"]) }
        for day in [11, 18, 25] { try column(physics, 9, day, "answer", ["5", "4", "4", "4", "4"]) }
        try journal.setFinalMark(studentID: students[1].id, subjectID: algebra.id, term: 1, to: "5", reason: "проект")
        try journal.setFinalMark(studentID: students[4].id, subjectID: algebra.id, term: 1, to: "осв")
        try journal.setFinalMark(studentID: students[4].id, subjectID: algebra.id, term: 2, to: "осв")
        return SummaryBuilder(journal: journal, settings: settings, today: LocalDate(year: 2026, month: 12, day: 1)!)
    }

    @Test func termSummaryOfASubject() throws {
        let summary = try builder().subject(className: "8в", subject: "алгебра", period: .term(1))
        // The class list in Russian order: «Сёмина» (ё as е, even with a combining diaeresis) after «Дмитриев».
        #expect(summary.rows.map(\.name) == ["Алексеева Анна", "Борисов Борис", "Григорьева Галина", "Дмитриев Денис", "\(Self.semina) Вера"])
        #expect(summary.rows.map { $0.average?.shown } == ["4.67", "3.67", "5.00", nil, "2.67"])
        #expect(summary.rows.map(\.markCount) == [3, 3, 1, 0, 3])
        // Дмитриев is exempt from every algebra work: recommended осв.
        #expect(summary.rows.map(\.recommended) == [.mark(5), .mark(4), .notAttested, .exempt, .mark(3)])
        #expect(summary.rows.map(\.final) == [nil, FinalMark(value: .mark(5), reason: "проект"), nil, FinalMark(value: .exempt), nil])
        #expect(summary.rows.map(\.effective) == [.mark(5), .mark(5), .notAttested, .exempt, .mark(3)])
        // Counting marks 5, 5, 3, н/а, осв: N = 5 − 1 exempt = 4.
        let stats = summary.statistics
        #expect((stats.enrolled, stats.exempt, stats.counted) == (5, 1, 4))
        #expect((stats.n5, stats.n4, stats.n3, stats.n2, stats.notAttested) == (2, 0, 1, 0, 1))
        #expect(stats.progress?.shown == "75.00")   // 3/4
        #expect(stats.quality?.shown == "50.00")    // 2/4
        #expect(stats.sou?.shown == "60.75")        // (200 + 36 + 7)/4 = 243/4
        #expect(stats.meanMark?.shown == "4.33")    // 13/3
    }

    @Test func yearSummaryFromTheTermMarks() throws {
        let summary = try builder().subject(className: "8В", subject: "Алгебра", period: .year)
        #expect(summary.period == .year)
        // x.50 rounds up under ordinary rounding; a н/а term leaves the year to the teacher.
        #expect(summary.rows.map(\.recommended) == [.mark(5), .mark(5), nil, .exempt, .mark(4)])
        // Year averages over every column: (28 + 12)/9, (22 + 12)/9, (16 + 12)/9, (10 + 15)/5.
        #expect(summary.rows.map { $0.average?.shown } == ["4.44", "3.78", "5.00", nil, "3.11"])
        #expect(summary.rows.map(\.markCount) == [6, 6, 4, 0, 6])
        // 5, 5, 4, (none → н/а), осв: N = 4.
        let stats = summary.statistics
        #expect((stats.counted, stats.n5, stats.n4, stats.notAttested, stats.exempt) == (4, 2, 1, 1, 1))
        #expect(stats.progress?.shown == "75.00")
        #expect(stats.quality?.shown == "75.00")
        #expect(stats.sou?.shown == "67.75")        // (200 + 64 + 7)/4 = 271/4
        #expect(stats.meanMark?.shown == "4.67")    // 14/3
    }

    @Test func classSummaryCategories() throws {
        let summary = try builder().classSummary(className: "8В", period: .term(1))
        #expect(summary.subjects.map(\.subject) == ["Алгебра", "Физика"])
        // Алексеева 5,5 отличница; Борисов 5,4 and Дмитриев осв,4 хорошисты; Сёмина 3,4 с одной «3»;
        // Григорьева н/а,4 неуспевающая.
        let ids = summary.students.map(\.id)
        #expect(ids.map { summary.categories[$0] } == [.excellent, .good, .failing, .good, .oneThree])
        #expect(summary.count(of: .excellent) == 1)
        #expect(summary.count(of: .good) == 2)
        #expect(summary.count(of: .oneThree) == 1)
        #expect(summary.count(of: .failing) == 1)
        #expect(summary.count(of: .other) == 0)
        let text = SummaryText.classSummary(summary, language: .ru)
        #expect(text.contains("Категории: отличники 1, хорошисты 2, с одной «3» 1, неуспевающие 1, остальные 0\n"))
    }

    @Test func jsonUsesTheDesignFieldNamesAndTwoDecimals() throws {
        let summary = try builder().subject(className: "8В", subject: "Алгебра", period: .term(1))
        let json = SummaryJSON.subject(summary).rendered()
        for fragment in ["\"progress\": 75.00", "\"quality\": 50.00", "\"sou\": 60.75", "\"mean_mark\": 4.33",
                         "\"average\": 4.67", "\"average\": 5.00", "\"average\": null", "\"term_mark\": \"н/а\"",
                         "\"final_mark\": \"осв\"", "\"term\": 1", "\"enrolled\": 5", "\"counted\": 4"] {
            #expect(json.contains(fragment), "\(fragment)")
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["class", "subject", "term", "interim", "students", "stats"])
        #expect(object["interim"] as? Bool == false)
        let students = try #require(object["students"] as? [[String: Any]])
        #expect(students.count == 5)
        #expect(Set(students[0].keys) == ["name", "average", "marks", "term_mark", "too_few_marks", "final_mark", "reason",
                                          "enrolled"])
        #expect(students.allSatisfy { $0["enrolled"] as? Bool == true })
        #expect(students[1]["final_mark"] as? String == "5")
        let stats = try #require(object["stats"] as? [String: Any])
        #expect(Set(stats.keys) == ["enrolled", "counted", "too_few_marks", "progress", "quality", "sou", "mean_mark", "distribution"])
        let distribution = try #require(stats["distribution"] as? [String: Int])
        #expect(distribution == ["5": 2, "4": 0, "3": 1, "2": 0, "н/а": 1, "осв": 1])
        let year = SummaryJSON.subject(try builder().subject(className: "8В", subject: "Алгебра", period: .year)).rendered()
        #expect(year.contains("\"term\": \"year\""))
        #expect(year.contains("\"sou\": 67.75"))
    }

    @Test func textColumnsLineUpByDisplayWidth() throws {
        let summary = try builder().subject(className: "8В", subject: "Алгебра", period: .term(1))
        let lines = SummaryText.subject(summary, language: .ru).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Сводка: 8В, Алгебра, 1 четверть")
        // The widest name is «Григорьева Галина», 17 columns; «Сёмина Вера» is 11 columns but 12 scalars.
        let nameWidth = 17
        let averageEnd = 3 + 2 + nameWidth + 2 + 8
        let header = lines[2]
        let rows = Array(lines[3...7])
        let averages = ["4.67", "3.67", "5.00", "—", "2.67"]
        for (line, average) in zip([header] + rows, ["Ср. балл"] + averages) {
            let range = try #require(line.range(of: average))
            #expect(DisplayWidth.of(line[..<range.upperBound]) == averageEnd, "\(line)")
        }
        // The mark count (7 wide, right-aligned, after two spaces) and the marks after it line up too.
        for (line, tail) in zip(rows, ["3       5", "3       4      5  проект", "1     н/а", "0     осв    осв", "3       3"]) {
            let range = try #require(line.range(of: tail), "\(line)")
            #expect(DisplayWidth.of(line[..<range.lowerBound]) == averageEnd + 8, "\(line)")
        }
        #expect(lines.contains("Успеваемость 75.00%   Качество 50.00%   СОУ 60.75%   Средний балл 4.33"))
        #expect(lines.contains("Распределение: «5» 2, «4» 0, «3» 1, «2» 0, н/а 1, осв 1; учеников 5"))
    }

    /// docs/rules.md §7, interim summaries: while term 2 runs (today 1 December), Григорьева with
    /// one mark so far is «мало отметок» — not н/а, outside N — and the summary says it is interim.
    @Test func aRunningTermGivesAnInterimSummary() throws {
        let builder = try builder()
        let journal = builder.journal
        let schoolClass = try #require(try journal.schoolClass(named: "8В"))
        let algebra = try journal.findOrCreateSubject(named: "Алгебра")
        let students = try journal.students(classID: schoolClass.id)
        let column = try journal.addColumn(classID: schoolClass.id, subjectID: algebra.id,
                                           date: LocalDate(year: 2026, month: 12, day: 1)!, kindCode: "answer")
        try journal.setEntry(columnID: column.id, studentID: students[0].id, to: .mark(5))
        let summary = try builder.subject(className: "8В", subject: "Алгебра", period: .term(2))
        #expect(summary.interim)
        // Алексеева 4 4 4 5, Борисов, Григорьева and Сёмина 4 4 4 / 5 5 5 / 4 4 4 — three marks: attested.
        #expect(summary.rows.map(\.tooFewMarks) == [false, false, false, false, false])
        let term3 = try builder.subject(className: "8В", subject: "Алгебра", period: .term(3))
        // term 3 has not begun: nobody has a mark; nobody is н/а, every percentage is empty
        #expect(term3.rows.map(\.tooFewMarks) == [true, true, true, true, true])
        #expect(term3.statistics.counted == 0 && term3.statistics.progress == nil && term3.statistics.notAttested == 0)
        #expect(SummaryText.subject(term3, language: .ru).contains("Успеваемость —   Качество —   СОУ —   Средний балл —"))
        let json = SummaryJSON.subject(term3).rendered()
        #expect(json.contains("\"interim\": true") && json.contains("\"too_few_marks\": 5") && !json.contains("н/а\","))
    }

    /// A student short of marks mid-term is not «неуспевающий»: the category comes from the
    /// subjects where he is attested.
    @Test func tooFewMarksSoFarIsNotFailing() throws {
        let builder = try builder()
        let journal = builder.journal
        let schoolClass = try #require(try journal.schoolClass(named: "8В"))
        let physics = try journal.findOrCreateSubject(named: "Физика")
        let students = try journal.students(classID: schoolClass.id)
        let column = try journal.addColumn(classID: schoolClass.id, subjectID: physics.id,
                                           date: LocalDate(year: 2026, month: 11, day: 20)!, kindCode: "answer")
        for student in students { try journal.setEntry(columnID: column.id, studentID: student.id, to: .mark(4)) }
        let summary = try builder.classSummary(className: "8В", period: .term(2))
        let physicsSummary = try #require(summary.subjects.first { $0.subject == "Физика" })
        #expect(physicsSummary.rows.allSatisfy { $0.tooFewMarks })
        // Алгебра term 2: Алексеева, Борисов, Сёмина 4 4 4 → 4; Григорьева 5 5 5 → 5; Дмитриев осв.
        let ids = summary.students.map(\.id)
        #expect(ids.map { summary.categories[$0] } == [.good, .good, .excellent, nil, .good])
        let text = SummaryText.classSummary(summary, language: .ru)
        #expect(text.hasPrefix("Сводка: 8В, 2 четверть (промежуточная)\n"))
        #expect(text.contains("«—» — мало отметок"))
    }
}
