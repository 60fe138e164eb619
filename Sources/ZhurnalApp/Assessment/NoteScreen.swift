import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// Writes a student's formative note for one lesson column: what worked, the next step, the
/// self-assessment and the level. All fields empty clears the note. Never touches the marks.
public struct NoteScreen: FormScreen {
    let session: JournalSession
    let columnID: Int
    let studentID: Int
    let studentName: String
    public var fields: FormFields

    /// Typed letters of the self-assessment, Russian and Latin.
    static let selfLetters: [Character: SelfAssessment] = ["з": .green, "g": .green, "ж": .yellow, "y": .yellow,
                                                            "к": .red, "r": .red]
    /// Typed letters of the level, Russian and Latin.
    static let levelLetters: [Character: AchievementLevel] = ["б": .basic, "b": .basic, "п": .advanced, "a": .advanced]

    public init(session: JournalSession, columnID: Int, studentID: Int, studentName: String, note: FormativeNote?) {
        self.session = session
        self.columnID = columnID
        self.studentID = studentID
        self.studentName = studentName
        let selfText = note?.selfAssessment.map(Self.letter) ?? ""
        let levelText = note?.level.map { $0 == .basic ? "б" : "п" } ?? ""
        fields = FormFields([
            (.assessment(.fieldWorked), note?.worked ?? ""),
            (.assessment(.fieldNextStep), note?.nextStep ?? ""),
            (.assessment(.fieldSelf), selfText),
            (.assessment(.fieldLevel), levelText),
        ])
    }

    /// The Russian letter a self-assessment is shown with.
    static func letter(_ assessment: SelfAssessment) -> String {
        switch assessment {
        case .green: return "з"
        case .yellow: return "ж"
        case .red: return "к"
        }
    }

    public var title: Message { .journal(.assessment(.noteTitle(studentName))) }

    public mutating func save() -> ScreenAction {
        var selfAssessment: SelfAssessment?
        if let letter = fields[.assessment(.fieldSelf)].lowercased().first {
            guard let parsed = Self.selfLetters[letter] else {
                fields.focus = 2
                return .error(.journal(.assessment(.badSelf)))
            }
            selfAssessment = parsed
        }
        var level: AchievementLevel?
        if let letter = fields[.assessment(.fieldLevel)].lowercased().first {
            guard let parsed = Self.levelLetters[letter] else {
                fields.focus = 3
                return .error(.journal(.assessment(.badLevel)))
            }
            level = parsed
        }
        let note = FormativeNote(worked: fields[.assessment(.fieldWorked)], nextStep: fields[.assessment(.fieldNextStep)], selfAssessment: selfAssessment, level: level)
        do {
            try session.journal.setNote(columnID: columnID, studentID: studentID, to: note)
            try session.noteWrite()
        } catch {
            return .error(.journal(.failed(error)))
        }
        return ScreenAction(.pop, status: StatusMessage(.info, .journal(.assessment(.noteSaved))))
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: context.text(title), into: &buffer, context: context)
    }
}
