import TerminalUI
import ZhurnalCore

/// Adds an outcome to the catalogue or edits one: code, name and type. An existing outcome keeps
/// its code (columns and criteria refer to it by code).
struct OutcomeFormScreen: FormScreen {
    let session: JournalSession
    let outcome: Outcome?
    var fields: FormFields

    /// The type words a teacher types, Russian and English; any unambiguous beginning will do.
    static let typeWords: [(OutcomeType, [String])] = [
        (.subject, ["предметный", "subject"]),
        (.regulatory, ["регулятивные", "regulatory"]),
        (.cognitive, ["познавательные", "cognitive"]),
        (.communicative, ["коммуникативные", "communicative"]),
        (.personal, ["личностный", "personal"]),
    ]

    init(session: JournalSession, outcome: Outcome?) {
        self.session = session
        self.outcome = outcome
        fields = FormFields([
            (.catalogue(.fieldCode), outcome?.code ?? ""),
            (.catalogue(.fieldOutcomeName), outcome?.name ?? ""),
            (.catalogue(.fieldType), Self.typeWords.first { $0.0 == (outcome?.type ?? .subject) }?.1[0] ?? ""),
        ])
    }

    var title: Message { .journal(.catalogue(outcome.map { .outcomeEditTitle($0.code) } ?? .outcomeNew)) }

    /// The type `text` begins the word of, nil when it begins none or more than one.
    static func type(_ text: String) -> OutcomeType? {
        let typed = text.lowercased()
        guard !typed.isEmpty else { return nil }
        let matching = typeWords.filter { $0.1.contains { $0.hasPrefix(typed) } }
        return matching.count == 1 ? matching[0].0 : nil
    }

    mutating func save() -> ScreenAction {
        let code = fields[.catalogue(.fieldCode)], name = fields[.catalogue(.fieldOutcomeName)]
        guard !code.isEmpty else { return .error(.journal(.catalogue(.emptyCode))) }
        guard !name.isEmpty else { return .error(.journal(.catalogue(.emptyName))) }
        guard let type = Self.type(fields[.catalogue(.fieldType)]) else { return .error(.journal(.catalogue(.badType))) }
        do {
            if let outcome {
                guard code == outcome.code else { return .error(.journal(.catalogue(.codeFixed))) }
            } else if try session.journal.outcomes().contains(where: { $0.code == code }) {
                return .error(.journal(.catalogue(.outcomeExists(code))))
            }
            try session.journal.saveOutcome(Outcome(code: code, name: name, type: type))
            try session.noteWrite()
        } catch {
            return .error(.journal(.failed(error)))
        }
        return ScreenAction(.pop, status: StatusMessage(.info, .journal(.catalogue(.outcomeSaved(code)))))
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: context.text(title), into: &buffer, context: context)
        buffer.put(context.text(.journal(.catalogue(.typeHint))), x: 1, y: buffer.height - 1, style: Style(.muted),
                   maxWidth: buffer.width - 2)
    }
}
