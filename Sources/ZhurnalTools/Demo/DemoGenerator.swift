import ZhurnalCore

/// Builds the demo school deterministically from a seed: three classes, their subjects, a term and a
/// half of lesson columns of mixed kinds, and marks whose spread looks like a real class.
public struct DemoGenerator {
    /// The school year the demo is set in, and its "today" (the second quarter is under way).
    public static let schoolYear = 2026
    public static let today = LocalDate(year: 2026, month: 11, day: 20)!
    /// Days without lessons: the autumn break and 4 November.
    static let holidays = (LocalDate(year: 2026, month: 10, day: 26)!, LocalDate(year: 2026, month: 11, day: 4)!)

    private var random: SeededGenerator

    /// Creates a generator; the same seed gives the same school.
    public init(seed: UInt64 = 2026) {
        random = SeededGenerator(seed: seed)
    }

    /// Generates the school.
    public mutating func generate() -> DemoSchool {
        var usedNames = Set<String>()
        let classes = DemoCurriculum.classes.map { plan in
            let students = (0..<plan.size).map { index in makeStudent(index: index, used: &usedNames) }
            let subjects = plan.courses.map { makeSubject($0, students: students) }
            let ordered = students.sorted { ($0.lastName, $0.firstName) < ($1.lastName, $1.firstName) }
            let order = ordered.map { s in students.firstIndex { $0.lastName == s.lastName && $0.firstName == s.firstName }! }
            return DemoClass(name: plan.name, students: ordered, subjects: subjects.map { reindex($0, order: order) })
        }
        return DemoSchool(schoolName: "МБОУ «Средняя общеобразовательная школа № 17»",
                          schoolYear: Self.schoolYear, today: Self.today, classes: classes)
    }

    /// Profiles are dealt so that every class has each kind of student, the rest being ordinary.
    private mutating func makeStudent(index: Int, used: inout Set<String>) -> DemoStudent {
        let dealt: [DemoProfile] = [.strong, .improving, .weak, .declining, .good, .oftenAbsent, .failing,
                                    .strong, .average, .good]
        let profile = index < dealt.count ? dealt[index] : [.good, .average, .average, .weak, .good][index % 5]
        while true {
            let person = RussianNames.person(using: &random)
            guard used.insert("\(person.last) \(person.first)").inserted else { continue }
            return DemoStudent(lastName: person.last, firstName: person.first, middleName: person.middle, profile: profile)
        }
    }

    private mutating func makeSubject(_ course: DemoCurriculum.Course, students: [DemoStudent]) -> DemoSubject {
        let offsets = students.map { _ in Int(random.next() % 61) - 30 }
        let exempt: Set<Int> = course.subject == "Физическая культура" ? [students.count - 1] : []
        let first = LocalDate(year: Self.schoolYear, month: 9, day: 1)!
        let span = Self.today.dayNumber - first.dayNumber
        var columns: [DemoColumn] = []
        var lessonNumber = 0
        var date = first
        while date <= Self.today {
            defer { date = date.adding(days: 1) }
            guard course.weekdays.contains(date.weekday), !(Self.holidays.0...Self.holidays.1).contains(date) else { continue }
            let kind = kindOfLesson(lessonNumber, course: course)
            let progress = (date.dayNumber - first.dayNumber) * 1000 / span
            var entries: [Int: Entry] = [:]
            for (index, student) in students.enumerated() {
                if exempt.contains(index) {
                    entries[index] = .exempt
                    continue
                }
                if let entry = entry(for: student, level: student.profile.level(atPerMille: progress) + offsets[index],
                                     kind: kind, course: course, date: date) {
                    entries[index] = entry
                }
            }
            columns.append(DemoColumn(date: date, kindName: kind.name, weight: kind.weight, entries: entries))
            lessonNumber += 1
        }
        return DemoSubject(name: course.subject, columns: columns, exempt: exempt)
    }

    /// Every fifth lesson is a graded work of the course; the rest are everyday lesson work.
    private func kindOfLesson(_ number: Int, course: DemoCurriculum.Course) -> (name: String, weight: Weight?, everyone: Bool) {
        if number % 5 == 4 {
            let name = course.tests[(number / 5) % course.tests.count]
            let weight: Weight? = name == "проверочная работа" && number % 3 == 0 ? Weight(hundredths: 150) : nil
            return (name, weight, true)
        }
        switch number % 3 {
        case 0: return ("ответ на уроке", nil, false)
        case 1: return ("работа на уроке", nil, false)
        default: return ("домашняя работа", nil, false)
        }
    }

    /// One student's entry in one lesson: absent, owed, a mark, or nothing (not asked this lesson).
    private mutating func entry(for student: DemoStudent, level: Int, kind: (name: String, weight: Weight?, everyone: Bool),
                                course: DemoCurriculum.Course, date: LocalDate) -> Entry? {
        let illInNovember = student.profile == .oftenAbsent && date.month == 11
        if illInNovember || random.chance(student.profile == .oftenAbsent ? 250 : 45) {
            return .absence(illInNovember ? .ill : Self.reason(for: student, on: date))
        }
        if kind.name == "зачёт" { return level >= 300 || random.chance(300) ? .passed : .failed }
        guard kind.everyone || random.chance(kind.name == "домашняя работа" ? 600 : 450) else { return nil }
        if kind.everyone && random.chance(25) { return .owed }
        let first = mark(level: kind.everyone ? level - 15 : level)
        if course.doubleMarks && kind.everyone {
            return .double(first, mark(level: level - 30))
        }
        return .mark(first)
    }

    /// The reason of a demo absence, as a school's journal shows them: mostly illness, some
    /// excused, some late arrivals, the rest without a reason. Taken from the student and the day,
    /// not the generator, so that the marks drawn after it stay the same.
    private static func reason(for student: DemoStudent, on date: LocalDate) -> Absence {
        let seed = student.lastName.unicodeScalars.reduce(date.dayNumber) { $0 + Int($1.value) }
        switch seed % 10 {
        case 0...3: return .ill
        case 4: return .excused
        case 5, 6: return .late
        default: return .absent
        }
    }

    /// A mark around the level: the level plus noise of up to ±0.70, rounded, within 2…5.
    private mutating func mark(level: Int) -> Int {
        let noisy = level + Int(random.next() % 141) - 70
        return min(5, max(2, (noisy + 50) / 100))
    }

    /// Reorders a subject's per-student data after students are sorted alphabetically.
    private func reindex(_ subject: DemoSubject, order: [Int]) -> DemoSubject {
        var result = subject
        let newIndex = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        result.exempt = Set(subject.exempt.map { newIndex[$0]! })
        result.columns = subject.columns.map { column in
            var c = column
            c.entries = Dictionary(uniqueKeysWithValues: column.entries.map { (newIndex[$0.key]!, $0.value) })
            return c
        }
        return result
    }
}
