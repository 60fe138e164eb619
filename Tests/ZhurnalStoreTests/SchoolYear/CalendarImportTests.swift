import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// `import calendar` (docs/file-formats.md: `kind,number,start,end,grades`): term rows replace the
/// term table of the listed grades, holiday rows add holidays; all or nothing.
@Suite struct CalendarImportTests {
    let scratch = Scratch()

    @Test func termsPerParallelAndHolidays() throws {
        let journal = try scratch.journal()
        let result = try journal.importCalendar(SchoolYearFiles.utf8(SchoolYearFiles.calendar), today: SchoolYearFiles.today)
        #expect(result == CalendarImportResult(termTables: 2, holidays: 1))
        let calendar = try journal.schoolCalendar(today: SchoolYearFiles.today)
        #expect(calendar.terms(forClass: "7А").terms.map(\.end) == [d("2026-10-24"), d("2026-12-28"), d("2027-03-21"), d("2027-05-26")])
        #expect(calendar.terms(forClass: "11А").terms.count == 2)
        #expect(calendar.gradeGroups.map(\.grades) == [GradeRange(10, 11)!])
        #expect(calendar.holidays == [Holiday(start: d("2026-10-25"), end: d("2026-11-02"))])
        // The school's own terms are the settings' calendar, which every report reads.
        #expect(try journal.schoolSettings(today: SchoolYearFiles.today).calendar.terms.count == 4)
        // Again: the same holiday is not added twice.
        #expect(try journal.importCalendar(SchoolYearFiles.utf8(SchoolYearFiles.calendar), today: SchoolYearFiles.today).holidays == 0)
    }

    @Test func termsForEveryGradeDropTheParallelsOwn() throws {
        let journal = try scratch.journal()
        _ = try journal.importCalendar(SchoolYearFiles.utf8(SchoolYearFiles.calendar), today: SchoolYearFiles.today)
        let file = SchoolYearFiles.windows1251("""
            вид;номер;начало;конец;параллели
            триместр;1;01.09.2026;30.11.2026;
            триместр;2;01.12.2026;28.02.2027;
            триместр;3;01.03.2027;31.05.2027;
            каникулы;;15.02.2027;21.02.2027;1
            """)
        #expect(try journal.importCalendar(file, today: SchoolYearFiles.today) == CalendarImportResult(termTables: 1, holidays: 1))
        let calendar = try journal.schoolCalendar(today: SchoolYearFiles.today)
        #expect(calendar.gradeTerms.isEmpty)
        #expect(calendar.terms(forClass: "10Б").terms.count == 3)
        #expect(calendar.holidays.last == Holiday(start: d("2027-02-15"), end: d("2027-02-21"), grades: GradeRange(1, 1)))
    }

    @Test func badRowsAreListedByLineAndNothingIsWritten() throws {
        let journal = try scratch.journal()
        _ = try journal.importCalendar(SchoolYearFiles.utf8(SchoolYearFiles.calendar), today: SchoolYearFiles.today)
        let before = try schoolYearDump(journal)
        let file = """
            kind,number,start,end,grades
            term,1,2026-09-01,2026-12-28,5-9
            term,3,2027-01-09,2027-05-26,5-9
            term,1,2026-09-01,2026-12-28,8-11
            vacation,,2026-12-29,2027-01-08,
            holiday,,2027-01-08,2026-12-29,
            term,1,2026-09-31,2026-12-28,1-4
            holiday,,2027-03-22,2027-03-30,12
            term,,2026-09-01,2026-12-28,1-4

            """
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 2, problem: .badTerms(grades: "5-9")),
            ImportRowError(line: 4, problem: .overlappingGrades("8-11 / 5-9")),
            ImportRowError(line: 5, problem: .badCalendarKind("vacation")),
            ImportRowError(line: 6, problem: .endBeforeStart(start: "2027-01-08", end: "2026-12-29")),
            ImportRowError(line: 7, problem: .badDate("2026-09-31")),
            ImportRowError(line: 8, problem: .badGrades("12")),
            ImportRowError(line: 9, problem: .missingValue(column: "number")),
        ])) { try journal.importCalendar(SchoolYearFiles.utf8(file), today: SchoolYearFiles.today) }
        #expect(try schoolYearDump(journal) == before)
    }
}
