import ZhurnalCore

/// The school's classes and subjects by folded name, for the school-year imports that name an
/// existing class-subject pair on each line.
struct ClassSubjectLookup {
    private let classes: [String: SchoolClass]
    private let subjects: [String: Subject]

    init(_ journal: Journal) throws {
        classes = Dictionary(try journal.classes().map { (Journal.nameKey($0.name), $0) }) { first, _ in first }
        subjects = Dictionary(try journal.subjects().map { (Journal.nameKey($0.name), $0) }) { first, _ in first }
    }

    /// The class and subject a line names, or nil with the problem added for `line`.
    func pair(className: String, subject: String, line: Int,
              problems: inout [ImportRowError]) -> (schoolClass: SchoolClass, subject: Subject)? {
        guard let schoolClass = classes[Journal.nameKey(className)] else {
            problems.append(ImportRowError(line: line, problem: .unknownClass(className)))
            return nil
        }
        guard let found = subjects[Journal.nameKey(subject)] else {
            problems.append(ImportRowError(line: line, problem: .unknownSubject(subject)))
            return nil
        }
        return (schoolClass, found)
    }
}
