import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// The assessment additions of the report commands.
enum AssessmentCommands {
    /// A student card's JSON with the student's outcome profile, marks by level and notes.
    static func studentJSON(card: JSONValue, className: String, student: String, builder: ProgressBuilder) throws -> JSONValue {
        guard let schoolClass = try builder.journal.classes().first(where: { $0.name == className }),
              case .found(let found) = try builder.journal.findStudent(named: student, classID: schoolClass.id) else { return card }
        return AssessmentJSON.card(card, adding: try AssessmentJSON.student(found.id, journal: builder.journal,
                                                                             kinds: builder.settings.kinds))
    }

    /// The outcome overview of a student's card as text, empty when there are no outcomes or notes.
    static func studentText(className: String, student: String, builder: ProgressBuilder, language: Language) throws -> String {
        guard let schoolClass = try builder.journal.classes().first(where: { $0.name == className }),
              case .found(let found) = try builder.journal.findStudent(named: student, classID: schoolClass.id) else { return "" }
        let overview = try OutcomeOverview.build(journal: builder.journal, classID: schoolClass.id, studentID: found.id,
                                                 kinds: builder.settings.kinds)
        guard !overview.isEmpty else { return "" }
        let subjects = Dictionary(try builder.journal.subjects().map { ($0.id, $0.name) }) { a, _ in a }
        let name = "\(found.lastName) \(found.firstName)"
        return "\n" + overview.lines(studentName: name, subjects: subjects, language: language).map(\.0).joined(separator: "\n") + "\n"
    }
}
