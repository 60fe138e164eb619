import TerminalUI
import ZhurnalCore
import ZhurnalStore

extension HistoryRecord {
    /// The change as the history screen shows it: `old → new (reason)`; notes in words and
    /// criteria points with their criterion.
    func shownChange(_ language: Language) -> String {
        switch kind {
        case .note:
            let shown = { (value: String?) in value.flatMap(FormativeNoteText.decode).map { Self.shown($0, language) } ?? "—" }
            return "\(shown(oldValue)) → \(shown(newValue))"
        case .rubricScore:
            let label = Message.journal(.assessment(.criterion)).text(language)
            return "\(label) \((reason ?? "").sanitized): \(oldValue ?? "—") → \(newValue ?? "—")"
        default:
            return "\(oldValue ?? "—") → \(newValue ?? "—")" + (reason.map { $0.isEmpty ? "" : "  (\($0.sanitized))" } ?? "")
        }
    }

    private static func shown(_ note: FormativeNote, _ language: Language) -> String {
        let text = { (t: AssessmentScreenText) in Message.journal(.assessment(t)).text(language) }
        return [note.worked, note.nextStep, note.selfAssessment.map { text(.selfAssessment($0)) },
                note.level.map { text($0 == .basic ? .basic : .advanced) }]
            .compactMap { $0 }.filter { !$0.isEmpty }.map(\.sanitized).joined(separator: " · ")
    }
}
