import ZhurnalCore
import ZhurnalStore

/// The demo school's year set up as a school sets it up: the curriculum of `DemoCurriculum` (hours
/// a week from its lesson days), the quarters with the autumn holidays, a weekly timetable per
/// class (each course in turn on its days), the lessons from the timetable up to the demo's today
/// (the generated columns take their lesson numbers) and a thematic plan per class and subject
/// that gives every lesson its topic (four lessons each) and homework.
enum DemoYear {
    /// Weeks of lessons a plan covers.
    static let weeks = 34

    static func write(_ school: DemoSchool, into journal: Journal, settings: SchoolSettings) throws {
        let calendar = SchoolCalendar(terms: settings.calendar,
                                      holidays: [Holiday(start: DemoGenerator.holidays.0, end: DemoGenerator.holidays.1)])
        try journal.saveSchoolCalendar(calendar, today: school.today)
        let firstDay = LocalDate(year: school.schoolYear, month: 9, day: 1)!
        for plan in DemoCurriculum.classes {
            guard let schoolClass = try journal.schoolClass(named: plan.name) else { continue }
            var lessons: [TimetableLesson] = []
            for course in plan.courses {
                guard let subject = try journal.findSubject(named: course.subject) else { continue }
                try journal.setCurriculum(classID: schoolClass.id, subjectID: subject.id,
                                          hours: Weight(hundredths: course.weekdays.count * 100))
                for weekday in course.weekdays {
                    let number = lessons.filter { $0.weekday == weekday }.count + 1
                    lessons.append(TimetableLesson(weekday: weekday, lesson: number, subject: subject.id))
                }
            }
            guard let timetable = Timetable(lessons) else { continue }
            try journal.setTimetable(classID: schoolClass.id, timetable)
            _ = try journal.generateLessons(dates: firstDay...school.today, classID: schoolClass.id, calendar: calendar,
                                            kindCode: settings.kinds.first?.code ?? "answer")
            for course in plan.courses {
                guard let subject = try journal.findSubject(named: course.subject) else { continue }
                try journal.setPlan(topics(of: course), classID: schoolClass.id, subjectID: subject.id,
                                    year: calendar.terms(forClass: plan.name).yearRange)
            }
        }
    }

    /// A topic for each lesson of the year, four lessons a topic, with a paragraph and a task to do.
    static func topics(of course: DemoCurriculum.Course) -> [PlanTopic] {
        (0..<weeks * course.weekdays.count).map { index in
            let topic = (index / 4) % course.topics.count
            let homework = course.tests == ["зачёт"] ? "" : "§ \(topic + 1), № \(index % 4 + 1)"
            return PlanTopic(number: index + 1, topic: course.topics[topic], homework: homework)
        }
    }
}
