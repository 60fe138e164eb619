import TerminalUI

extension JournalGridScreen {
    /// The mark in the corner of a cell that holds a formative note.
    static let noteMarker = "*"
    /// The mark after the kind label of a column with a rubric.
    static let rubricMarker = "#"

    /// The formative note of the cursor cell, in a dialog.
    func openNote() -> ScreenAction {
        guard data.students.indices.contains(cursor.row), data.columns.indices.contains(cursor.column) else { return .none }
        let column = data.columns[cursor.column].id
        let student = data.students[cursor.row]
        do {
            return .push(NoteScreen(session: session, columnID: column, studentID: student.id, studentName: student.shortName,
                                    note: try session.journal.note(columnID: column, studentID: student.id)))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    /// The rubric scoring screen of the cursor cell; for a column without a rubric, the choice of
    /// one (or a message when the journal has none).
    func openRubric() -> ScreenAction {
        guard data.students.indices.contains(cursor.row), data.columns.indices.contains(cursor.column) else { return .none }
        let column = data.columns[cursor.column].id
        do {
            guard let stored = try session.journal.rubric(columnID: column) else {
                let rubrics = try session.journal.rubrics()
                guard !rubrics.isEmpty else { return .error(.journal(.assessment(.noRubric))) }
                return .push(RubricPickerScreen(session: session, columnID: column, students: data.students,
                                                index: cursor.row, rubrics: rubrics))
            }
            return .push(try RubricScreen(session: session, columnID: column, students: data.students, index: cursor.row,
                                          rubric: stored.rubric))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }
}

extension JournalGridScreen {
    /// The outcome screen of the class with the cursor's student.
    func openOutcomes() -> ScreenAction {
        guard data.students.indices.contains(cursor.row) else { return .none }
        let student = data.students[cursor.row]
        do {
            let overview = try OutcomeOverview.build(journal: session.journal, classID: pair.classID, studentID: student.id,
                                                     kinds: session.settings.kinds)
            let subjects = Dictionary(try session.journal.subjects().map { ($0.id, $0.name) }) { a, _ in a }
            return .push(OutcomeScreen(overview: overview, studentName: student.shortName, subjects: subjects))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }
}
