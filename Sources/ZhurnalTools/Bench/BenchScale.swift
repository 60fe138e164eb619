import ZhurnalCore

/// How big a synthetic school `zhurnal bench` builds.
public enum BenchScale: String, CaseIterable, Sendable {
    /// A few seconds: 3 classes of 25, 4 subjects, the first term — for tests.
    case small
    /// 1,000 students in 36 classes, 15 subjects, a year of lessons (≈1.5 M entries).
    case school
    /// 20 files of `school` size.
    case district
    /// One `school` file with 40 teachers typing in it at once (`BenchServer`).
    case server

    /// How many school files the scale builds.
    public var schools: Int { self == .district ? 20 : 1 }

    /// Classes per school.
    public var classes: Int { self == .small ? 3 : 36 }

    /// Students per school, spread over the classes as evenly as possible.
    public var students: Int { self == .small ? 75 : 1_000 }

    /// Subjects every class learns.
    public var subjects: Int { self == .small ? 4 : 15 }

    /// The terms (of the quarter calendar) that have lessons.
    public var terms: Int { self == .small ? 1 : 4 }

    /// Students in the class at `index`.
    func students(inClass index: Int) -> Int {
        students / classes + (index < students % classes ? 1 : 0)
    }

    /// The class at `index`: 5А, 5Б, … 5Е, 6А, … (six parallel classes a grade).
    static func className(_ index: Int) -> String {
        let letters = Array("АБВГДЕ")
        return "\(5 + index / letters.count)\(letters[index % letters.count])"
    }

    /// The school's subjects, the first `subjects` of the curriculum.
    var subjectNames: [String] {
        Array(["Математика", "Русский язык", "Литература", "Английский язык", "Алгебра", "Геометрия", "Информатика",
               "История", "Обществознание", "География", "Биология", "Физика", "Химия", "Физическая культура",
               "Музыка"].prefix(subjects))
    }
}
