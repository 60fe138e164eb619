import ZhurnalCore

/// The students of the journal's classes, found by "Фамилия Имя [Отчество]" without a query per
/// row: case, `ё`/`е` and extra spaces do not matter.
struct StudentDirectory {
    private var classes: [String: SchoolClass] = [:]
    private var byName: [Int: [String: [Student]]] = [:]
    /// Classes already looked up, by the name exactly as written.
    private var classesAsWritten: [String: SchoolClass?] = [:]
    /// Answers already given, by class id and the name exactly as written.
    private var answered: [Int: [String: Result<Student, ImportProblem>]] = [:]
    private let journal: Journal

    init(journal: Journal) throws {
        self.journal = journal
        for schoolClass in try journal.classes() {
            let key = NameFold.className(schoolClass.name)
            if classes[key] == nil { classes[key] = schoolClass }
        }
    }

    /// The class with a name, if the journal has it.
    func schoolClass(named name: String) -> SchoolClass? {
        classes[NameFold.className(name)]
    }

    /// The student a name means in the class with a name.
    mutating func student(named name: String, inClass className: String) throws -> Result<Student, ImportProblem> {
        let found: SchoolClass?
        if let known = classesAsWritten[className] {
            found = known
        } else {
            found = schoolClass(named: className)
            classesAsWritten[className] = found
        }
        guard let schoolClass = found else { return .failure(.unknownClass(className)) }
        return try student(named: name, in: schoolClass)
    }

    /// The student a name means in a class.
    mutating func student(named name: String, in schoolClass: SchoolClass) throws -> Result<Student, ImportProblem> {
        if let known = answered[schoolClass.id]?[name] { return known }
        let answer = try lookUp(name, in: schoolClass)
        answered[schoolClass.id, default: [:]][name] = answer
        return answer
    }

    /// Reads the students of every class now, so that no lookup afterwards reads the journal.
    mutating func loadAll() throws {
        for schoolClass in classes.values { try load(schoolClass) }
    }

    private mutating func load(_ schoolClass: SchoolClass) throws {
        guard byName[schoolClass.id] == nil else { return }
        var index: [String: [Student]] = [:]
        for student in try journal.students(classID: schoolClass.id) {
            index[Self.key("\(student.lastName) \(student.firstName)"), default: []].append(student)
            if !student.middleName.isEmpty {
                index[Self.key(student.fullName), default: []].append(student)
            }
        }
        byName[schoolClass.id] = index
    }

    private mutating func lookUp(_ name: String, in schoolClass: SchoolClass) throws -> Result<Student, ImportProblem> {
        try load(schoolClass)
        let matches = byName[schoolClass.id]?[Self.key(name)] ?? []
        switch matches.count {
        case 1: return .success(matches[0])
        case 0: return .failure(.unknownStudent(name: name, className: schoolClass.name))
        default: return .failure(.ambiguousStudent(name: name, className: schoolClass.name))
        }
    }

    /// The form names are compared in (`NameFold.key`).
    static func key(_ text: String) -> String {
        NameFold.key(text)
    }
}
