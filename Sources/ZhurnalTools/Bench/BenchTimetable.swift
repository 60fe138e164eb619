import ZhurnalCore
import ZhurnalStore

/// The school year of the bench's lesson generation: the scale's classes and subjects, a timetable
/// of six lessons on each of five weekdays per class (subjects in turn, so each comes two or three
/// times a week and some twice a day), the default quarters and the usual holidays.
enum BenchTimetable {
    /// Writes the classes, subjects, timetables and calendar into `journal`; returns the calendar.
    static func write(scale: BenchScale, year: Int, into journal: Journal) throws -> SchoolCalendar {
        let subjects = try scale.subjectNames.map { try journal.createSubject(named: $0).id }
        let calendar = SchoolCalendar(terms: .quarters(schoolYearStarting: year), holidays: [
            Holiday(start: LocalDate(year: year, month: 10, day: 26)!, end: LocalDate(year: year, month: 11, day: 3)!),
            Holiday(start: LocalDate(year: year, month: 12, day: 29)!, end: LocalDate(year: year + 1, month: 1, day: 11)!),
            Holiday(start: LocalDate(year: year + 1, month: 3, day: 23)!, end: LocalDate(year: year + 1, month: 3, day: 31)!),
        ])
        try journal.atomically {
            for index in 0..<scale.classes {
                let schoolClass = try journal.createClass(named: BenchScale.className(index))
                var lessons: [TimetableLesson] = []
                for weekday in 1...5 {
                    for lesson in 1...6 {
                        let slot = (weekday - 1) * 6 + lesson - 1
                        lessons.append(TimetableLesson(weekday: weekday, lesson: lesson,
                                                       subject: subjects[(slot + index) % subjects.count]))
                    }
                }
                guard let timetable = Timetable(lessons) else { continue }
                try journal.setTimetable(classID: schoolClass.id, timetable)
            }
            try journal.saveSchoolCalendar(calendar, today: LocalDate(year: year, month: 9, day: 1)!)
        }
        return calendar
    }
}
