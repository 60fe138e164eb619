import Foundation
import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// Adds a subject or renames one.
struct SubjectFormScreen: FormScreen {
    let session: JournalSession
    let subject: Subject?
    var fields: FormFields

    init(session: JournalSession, subject: Subject?) {
        self.session = session
        self.subject = subject
        fields = FormFields([(.schoolYear(.fieldSubjectName), subject?.name ?? "")])
    }

    var title: Message { .journal(.schoolYear(subject.map { .subjectEditTitle($0.name) } ?? .subjectNew)) }

    mutating func save() -> ScreenAction {
        let name = fields[.schoolYear(.fieldSubjectName)].trimmingCharacters(in: .whitespaces)
        do {
            if let subject {
                if name != subject.name { try session.journal.renameSubject(id: subject.id, to: name) }
            } else {
                try session.journal.createSubject(named: name)
            }
            try session.noteWrite()
        } catch let refusal as SchoolYearRefusal {
            return .error(.journal(.schoolYear(.refused(refusal))))
        } catch {
            return .error(.journal(.failed(error)))
        }
        return ScreenAction(.pop, status: StatusMessage(.info, .journal(.schoolYear(.subjectSaved(name)))))
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: context.text(title), into: &buffer, context: context)
    }
}
