import TerminalUI
import ZhurnalCore

/// Sets or clears a student's final term mark; a mark other than the computed one needs a reason.
public struct FinalMarkScreen: FormScreen {
    let session: JournalSession
    let grid: GridData
    let student: GridData.Student
    let recommendation: Recommendation
    public var fields: FormFields

    /// The form for `student`; `typed` is a mark typed into the grid's «Итог» column, which
    /// differs from the recommended one, so the form opens on the reason.
    public init(session: JournalSession, grid: GridData, student: GridData.Student, recommendation: Recommendation,
                typed: TermMark? = nil) {
        self.session = session
        self.grid = grid
        self.student = student
        self.recommendation = recommendation
        let current = grid.finals[student.id]
        fields = FormFields([
            (.fieldMark, .mark, typed?.description ?? current?.value.description ?? recommendation.mark.description),
            (.fieldReason, .text, current?.reason ?? ""),
        ])
        if typed != nil { fields.focus = 1 }
    }

    public var title: Message { .journal(.finalTitle(student.shortName)) }

    public mutating func save() -> ScreenAction {
        var mark: TermMark?
        if !fields[.fieldMark].isEmpty {
            guard let parsed = TermMark.parse(fields[.fieldMark]) else { return .error(.journal(.badFinal)) }
            mark = parsed
        }
        if let mark, mark != recommendation.mark, fields[.fieldReason].isEmpty {
            fields.focus = 1
            return .error(.journal(.reasonNeeded))
        }
        do {
            try session.saveFinal(mark, reason: fields[.fieldReason], student: student.id, subject: grid.subjectID, term: grid.term)
        } catch {
            return .error(.journal(.failed(error)))
        }
        return ScreenAction(.pop, status: StatusMessage(.info, .journal(.finalSaved(student.shortName))))
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: context.text(title), into: &buffer, context: context)
        let computed = "\(context.text(.journal(.recommended))): \(recommendation.mark) (\(recommendation.average?.shown ?? "—"))"
        buffer.put(computed, x: 1, y: 7, style: Style(.muted), maxWidth: buffer.width - 2)
    }
}
