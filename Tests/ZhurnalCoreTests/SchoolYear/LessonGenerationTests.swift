import Testing
@testable import ZhurnalCore

/// docs/rules.md §6: one lesson per timetable lesson on each school day
/// that is not a holiday; idempotent; existing columns on the same date and lesson kept.
@Suite struct LessonGenerationTests {
    let maths = 1, russian = 2
    /// Monday: maths in lessons 1 and 2 (a subject twice a day), Russian in 3; Wednesday: Russian in 1.
    var timetable: Timetable {
        Timetable([TimetableLesson(weekday: 1, lesson: 1, subject: maths), TimetableLesson(weekday: 1, lesson: 2, subject: maths),
                   TimetableLesson(weekday: 1, lesson: 3, subject: russian), TimetableLesson(weekday: 3, lesson: 1, subject: russian)])!
    }
    let calendar = SchoolCalendar(terms: .quarters(schoolYearStarting: 2026))

    @Test func oneLessonPerTimetableLessonOnSchoolDays() {
        // 7–13 September 2026: Monday the 7th, Wednesday the 9th.
        let plan = LessonGenerator.plan(dates: d("2026-09-07")...d("2026-09-13"), timetable: timetable,
                                        calendar: calendar, grade: 7, existing: [])
        #expect(plan.created == [NewLesson(subject: maths, date: d("2026-09-07"), lesson: 1),
                                 NewLesson(subject: maths, date: d("2026-09-07"), lesson: 2),
                                 NewLesson(subject: russian, date: d("2026-09-07"), lesson: 3),
                                 NewLesson(subject: russian, date: d("2026-09-09"), lesson: 1)])
        #expect(plan.numbered.isEmpty)
    }

    @Test func onlyTheSubjectAskedFor() {
        let plan = LessonGenerator.plan(dates: d("2026-09-07")...d("2026-09-13"), timetable: timetable,
                                        calendar: calendar, grade: 7, subjects: [russian], existing: [])
        #expect(plan.created.map(\.date) == [d("2026-09-07"), d("2026-09-09")])
        #expect(plan.created.allSatisfy { $0.subject == russian })
    }

    @Test func noLessonsOnHolidays() {
        // Autumn holidays 26 Oct – 1 Nov for every grade; the first-grade week in September only for grade 1.
        var withHolidays = calendar
        withHolidays.holidays = [Holiday(start: d("2026-10-26"), end: d("2026-11-01")),
                                 Holiday(start: d("2026-09-07"), end: d("2026-09-13"), grades: GradeRange(1, 1))]
        let autumn = LessonGenerator.plan(dates: d("2026-10-26")...d("2026-11-08"), timetable: timetable,
                                          calendar: withHolidays, grade: 7, existing: [])
        #expect(Set(autumn.created.map(\.date)) == [d("2026-11-02"), d("2026-11-04")])
        let firstGrade = LessonGenerator.plan(dates: d("2026-09-07")...d("2026-09-13"), timetable: timetable,
                                              calendar: withHolidays, grade: 1, existing: [])
        #expect(firstGrade.created.isEmpty)
        let seventh = LessonGenerator.plan(dates: d("2026-09-07")...d("2026-09-13"), timetable: timetable,
                                           calendar: withHolidays, grade: 7, existing: [])
        #expect(seventh.created.count == 4)
    }

    @Test func termBoundariesPerParallel() {
        // Grades 10–11 in half-years that end on 25 December; 5–9 in quarters to 31 December.
        let halfYears = TermCalendar(terms: [Term(number: 1, start: d("2026-09-01"), end: d("2026-12-25")),
                                             Term(number: 2, start: d("2027-01-11"), end: d("2027-05-25"))])
        let school = calendar.replacingTerms(with: halfYears, grades: GradeRange(10, 11))
        let dates = d("2026-12-21")...d("2027-01-17")
        let seventh = LessonGenerator.plan(dates: dates, timetable: timetable, calendar: school, grade: 7, existing: [])
        let tenth = LessonGenerator.plan(dates: dates, timetable: timetable, calendar: school, grade: 10, existing: [])
        #expect(Set(seventh.created.map(\.date)) == [d("2026-12-21"), d("2026-12-23"), d("2026-12-28"), d("2026-12-30"),
                                                     d("2027-01-04"), d("2027-01-06"), d("2027-01-11"), d("2027-01-13")])
        #expect(Set(tenth.created.map(\.date)) == [d("2026-12-21"), d("2026-12-23"), d("2027-01-11"), d("2027-01-13")])
    }

    @Test func noLessonsOutsideTheTerms() {
        let summer = LessonGenerator.plan(dates: d("2027-06-01")...d("2027-08-31"), timetable: timetable,
                                          calendar: calendar, grade: 7, existing: [])
        #expect(summer.created.isEmpty)
    }

    @Test func runningAgainAddsNothing() {
        let dates = d("2026-09-01")...d("2026-10-31")
        let first = LessonGenerator.plan(dates: dates, timetable: timetable, calendar: calendar, grade: 7, existing: [])
        let existing = first.created.enumerated().map { index, lesson in
            ExistingLesson(id: index + 1, subject: lesson.subject, date: lesson.date, lesson: lesson.lesson, position: index)
        }
        let again = LessonGenerator.plan(dates: dates, timetable: timetable, calendar: calendar, grade: 7, existing: existing)
        // Eight Mondays of three lessons and nine Wednesdays of one.
        #expect(first.created.count == 8 * 3 + 9)
        #expect(again == LessonGenerationPlan())
    }

    @Test func columnsMadeByHandTakeTheLessonNumberAndAreNotDuplicated() {
        // A maths column typed by hand on Monday 7 September, and one in lesson 2 already numbered.
        let existing = [ExistingLesson(id: 10, subject: maths, date: d("2026-09-07"), lesson: nil, position: 0),
                        ExistingLesson(id: 11, subject: maths, date: d("2026-09-07"), lesson: 2, position: 1)]
        let plan = LessonGenerator.plan(dates: d("2026-09-07")...d("2026-09-07"), timetable: timetable,
                                        calendar: calendar, grade: 7, existing: existing)
        #expect(plan.numbered.map(\.id) == [10])
        #expect(plan.numbered.map(\.lesson) == [1])
        #expect(plan.created == [NewLesson(subject: russian, date: d("2026-09-07"), lesson: 3)])
    }

    @Test func anotherSubjectsColumnDoesNotCount() {
        let existing = [ExistingLesson(id: 10, subject: russian, date: d("2026-09-07"), lesson: 1, position: 0)]
        let plan = LessonGenerator.plan(dates: d("2026-09-07")...d("2026-09-07"), timetable: timetable,
                                        calendar: calendar, grade: 7, existing: existing)
        #expect(plan.created.filter { $0.subject == maths }.map(\.lesson) == [1, 2])
    }

    @Test func timetableRefusesTwoSubjectsInOneLessonAndBadNumbers() {
        #expect(Timetable([TimetableLesson(weekday: 1, lesson: 1, subject: maths),
                           TimetableLesson(weekday: 1, lesson: 1, subject: russian)]) == nil)
        #expect(Timetable([TimetableLesson(weekday: 8, lesson: 1, subject: maths)]) == nil)
        #expect(Timetable([TimetableLesson(weekday: 1, lesson: 11, subject: maths)]) == nil)
        #expect(Timetable([TimetableLesson(weekday: 1, lesson: 0, subject: maths)]) == nil)
        #expect(timetable.subject(weekday: 1, lesson: 2) == maths)
    }
}
