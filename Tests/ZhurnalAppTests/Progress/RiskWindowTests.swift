import Foundation
import HostileSupport
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The class risk report reads only the term and both trend windows, reaching back for earlier
/// marks only where the "2s among the last five marks" rule needs them; the student card reads
/// the whole year. Both must give every student the same reasons.
///
/// Class 6А, term 2 looked at after the year (so as of the term's end), default rules:
///
/// | student | Алгебра, term 1 | Алгебра, term 2 (5 lessons) | Алгебра reasons                           |
/// |---------|-----------------|-----------------------------|-------------------------------------------|
/// | Ааа     | 2 2 3 4         | 5 (last lesson)             | 2s: 2 of last 5; 1 mark of 3, 0 days left |
/// | Ббб     | 5 5 5 5         | 5 5 5 5 5                   | —                                         |
/// | Ввв     | 2 2 2 2         | 5 5 5 5 5                   | — (the last five are all 5s)              |
/// | Ггг     | 2 2             | н н н                       | 2s: 2 of 2; 0 marks of 3; 3 of 5 missed   |
///
/// Музыка has columns in term 1 only: nothing of term 2 is read for it, yet Ггг's 2 2 there
/// still count among his last five marks.
@Suite struct RiskWindowTests {
    let scratch = ScratchFolder()

    private func journal() throws -> (Journal, SchoolSettings) {
        let journal = try Journal(path: scratch.path("risk.sqlite"), today: LocalDate(year: 2027, month: 7, day: 1)!, user: "teacher")
        let settings = SchoolSettings.defaults(schoolName: "Школа", schoolYearStarting: 2026)
        try journal.saveSchoolSettings(settings)
        let schoolClass = try journal.findOrCreateClass(named: "6А")
        let names = ["Ааа", "Ббб", "Ввв", "Ггг"]
        let students = try names.map { try journal.addStudent(classID: schoolClass.id, lastName: $0, firstName: "Имя") }
        let first = settings.calendar.terms[0], second = settings.calendar.terms[1]
        func column(_ subject: Subject, _ date: LocalDate, _ marks: [String?]) throws {
            let column = try journal.addColumn(classID: schoolClass.id, subjectID: subject.id, date: date, kindCode: "answer")
            for (student, mark) in zip(students, marks) {
                guard let mark else { continue }
                _ = try journal.setEntry(columnID: column.id, studentID: student.id, to: try Entry.parse(mark).get())
            }
        }
        let algebra = try journal.findOrCreateSubject(named: "Алгебра")
        for (day, marks) in [["2", "5", "2", "2"], ["2", "5", "2", "2"], ["3", "5", "2", nil], ["4", "5", "2", nil]].enumerated() {
            try column(algebra, first.start.adding(days: 7 * day + 3), marks)
        }
        for day in 0..<5 {
            let marks: [String?] = [day == 4 ? "5" : nil, "5", "5", day < 3 ? "н" : nil]
            try column(algebra, second.end.adding(days: -7 * (4 - day) - 2), marks)
        }
        let music = try journal.findOrCreateSubject(named: "Музыка")
        try column(music, first.start.adding(days: 10), ["4", "5", "4", "2"])
        try column(music, first.start.adding(days: 17), ["4", "5", "4", "2"])
        return (journal, settings)
    }

    @Test func theWindowedClassReportAgreesWithTheWholeYearCard() throws {
        let (journal, settings) = try journal()
        let builder = ProgressBuilder(journal: journal, settings: settings, today: LocalDate(year: 2027, month: 7, day: 1)!)
        let report = try builder.risk(className: "6А", term: 2)
        #expect(builder.riskDates(report.term).lowerBound > settings.calendar.terms[0].end)
        #expect(report.subjects.map(\.subject) == ["Алгебра", "Музыка"])
        #expect(report.subjects.map(\.atRisk) == [2, 1])
        for name in ["Ааа", "Ббб", "Ввв", "Ггг"] {
            let card = try builder.card(className: "6А", studentName: "\(name) Имя", term: 2)
            let fromCard = card.subjects.filter { !$0.reasons.isEmpty }.map { "\($0.subject): \($0.reasons)" }
            let fromReport = (report.students.first { $0.name == "\(name) Имя" }?.subjects ?? []).map { "\($0.subject): \($0.reasons)" }
            #expect(fromReport == fromCard, "\(name)")
        }
        let reasons = Dictionary(uniqueKeysWithValues: report.students.map { ($0.name, $0.subjects) })
        #expect(reasons["Ааа Имя"]?.map(\.subject) == ["Алгебра"])
        #expect(reasons["Ааа Имя"]?.first?.reasons == [.twos(count: 2, among: 5), .fewMarks(count: 1, minimum: 3, daysLeft: 0)])
        #expect(reasons["Ббб Имя"] == nil)
        #expect(reasons["Ввв Имя"] == nil)
        #expect(reasons["Ггг Имя"]?.map(\.subject) == ["Алгебра", "Музыка"])
        #expect(reasons["Ггг Имя"]?.first?.reasons
                == [.twos(count: 2, among: 2), .fewMarks(count: 0, minimum: 3, daysLeft: 0), .absences(missed: 3, lessons: 5)])
        #expect(reasons["Ггг Имя"]?.last?.reasons == [.twos(count: 2, among: 2)])
    }

    @Test func theDistrictSchoolLineCountsTheSameRisk() throws {
        let (journal, settings) = try journal()
        let today = LocalDate(year: 2027, month: 7, day: 1)!
        let line = try DistrictBuilder(thresholds: DistrictReport.Thresholds(), today: today)
            .school(journal, path: "risk.sqlite", term: 2)
        let report = try ProgressBuilder(journal: journal, settings: settings, today: today).risk(className: "6А", term: 2)
        let risk = Dictionary(uniqueKeysWithValues: line.subjects.map { ($0.subject, [$0.students, $0.atRisk]) })
        #expect(risk["Алгебра"] == [4, 2])
        for share in report.subjects where risk[share.subject] != nil {
            #expect(risk[share.subject] == [share.students, share.atRisk], "\(share.subject)")
        }
    }
}
