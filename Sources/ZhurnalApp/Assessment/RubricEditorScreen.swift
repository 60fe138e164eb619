import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// Defines a rubric or edits a saved one: name, basis, criteria rows and the conversion scale
/// with per-mark group minima. Saved through `Journal.saveRubric`, so a changed scale re-derives
/// the marks of every column the rubric is attached to, with history rows, as the import does.
/// Nothing is written while a field is wrong; the status line says which.
struct RubricEditorScreen: Screen {
    enum Command { case next, previous, up, down, edit, addCriterion, deleteCriterion, save, cancel }

    let session: JournalSession
    /// The rubric being edited, nil for a new one.
    let stored: StoredRubric?
    private(set) var form: RubricForm

    init(session: JournalSession, stored: StoredRubric?) {
        self.session = session
        self.stored = stored
        form = RubricForm(stored?.rubric, language: session.language)
    }

    var title: Message { .journal(.catalogue(stored.map { .rubricEditTitle($0.rubric.name) } ?? .rubricNew)) }

    var minimumSize: Size { Size(width: 70, height: 24) }

    var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.enter, .function(2), help: .journal(.save), bar: .journal(.catalogue(.barSave)), command: .save),
            KeyBinding(.function(3), help: .journal(.catalogue(.keyAddCriterion)), bar: .journal(.catalogue(.barCriterion)),
                       command: .addCriterion),
            KeyBinding(.function(8), help: .journal(.catalogue(.keyDeleteCriterion)), bar: .journal(.catalogue(.barRemove)),
                       command: .deleteCriterion),
            KeyBinding(.tab, help: .journal(.catalogue(.keyField)), command: .next),
            KeyBinding(.backTab, help: .journal(.catalogue(.keyField)), command: .previous),
            KeyBinding(.up, help: .keyMoveList, command: .up),
            KeyBinding(.down, help: .keyMoveList, command: .down),
            KeyBinding(.escape, help: .journal(.cancel), command: .cancel),
            KeyBinding(.group(LineEditor.editingKeys, label: "← → Backspace"), help: .keyTypeText, command: .edit),
            KeyBinding(.anyCharacter(label: "…"), help: .keyTypeIntoField, command: .edit),
        ]
    }

    mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .next: form.table.next()
        case .previous: form.table.previous()
        case .up: form.table.up()
        case .down: form.table.down()
        case .edit: form.table.edit(key)
        case .addCriterion: form.addCriterion()
        case .deleteCriterion: form.deleteCriterion()
        case .cancel: return .pop
        case .save: return save()
        }
        return .none
    }

    private func save() -> ScreenAction {
        do {
            let catalogue = Set(try session.journal.outcomes().map(\.code))
            let rubric: Rubric
            switch form.rubric(catalogue: catalogue) {
            case .failure(let problem): return .error(.journal(.catalogue(.rubricRefused(problem))))
            case .success(let parsed): rubric = parsed
            }
            if try session.journal.rubrics().contains(where: { $0.rubric.name == rubric.name && $0.id != stored?.id }) {
                return .error(.journal(.catalogue(.rubricRefused(.nameTaken(rubric.name)))))
            }
            let result = try session.journal.saveRubric(rubric, id: stored?.id)
            try session.noteWrite()
            return ScreenAction(.pop, status: StatusMessage(.info, .journal(.catalogue(.rubricSaved(rubric.name,
                                                                                                    rederived: result.rederived)))))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    /// Widths of a criterion row's cells: code, description, maximum, outcome, group.
    static let criterionWidths = [6, 26, 5, 10, 12]
    /// Widths of a scale row's cells after the mark: threshold, group minima.
    static let scaleWidths = [6, 40]

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let text = { (t: CatalogueText) in context.text(.journal(.catalogue(t))) }
        let table = form.table
        for (row, field) in [CatalogueText.fieldName, .fieldBasis].enumerated() {
            buffer.put(text(field).fitted(toWidth: 26), x: 1, y: row, style: Style(table.row == row ? .header : .muted))
            table.draw(row: row, x: 28, y: row, widths: [40], into: &buffer)
        }
        let headers: [CatalogueText] = [.code, .description, .maximum, .outcome, .group]
        var x = 1
        for (header, width) in zip(headers, Self.criterionWidths) {
            buffer.put(text(header).fitted(toWidth: width), x: x, y: 3, style: Style(.header))
            x += width + 1
        }
        let visible = max(1, buffer.height - 4 - 2 - RubricForm.marks.count - 1)
        let range = form.criterionRange
        let focused = range.contains(table.row) ? table.row - range.lowerBound : 0
        let first = max(0, min(focused - visible + 1, form.criterionRows - visible))
        for (offset, row) in range.dropFirst(first).prefix(visible).enumerated() {
            table.draw(row: row, x: 1, y: 4 + offset, widths: Self.criterionWidths, into: &buffer)
        }
        let scaleY = 4 + min(visible, form.criterionRows) + 1
        buffer.put(text(.mark).fitted(toWidth: 8) + " " + text(.minimum).fitted(toWidth: Self.scaleWidths[0]) + " "
                   + text(.groupMinima), x: 1, y: scaleY, style: Style(.header), maxWidth: buffer.width - 2)
        for (offset, mark) in RubricForm.marks.enumerated() {
            let row = form.scaleStart + offset
            buffer.put("«\(mark)»", x: 1, y: scaleY + 1 + offset, style: Style(table.row == row ? .header : .muted))
            table.draw(row: row, x: 10, y: scaleY + 1 + offset, widths: Self.scaleWidths, into: &buffer)
        }
        buffer.put(text(.editorHint), x: 1, y: buffer.height - 1, style: Style(.muted), maxWidth: buffer.width - 2)
    }
}
