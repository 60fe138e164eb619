import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// A subject with the classes whose curriculum has it.
struct SubjectItem {
    let subject: Subject
    let classes: [String]
}

/// The school's subjects as a settings catalogue: a subject with lessons or final marks is not
/// deleted (the refusal gives the counts).
struct SubjectCatalogue: Catalogue {
    let session: JournalSession

    var title: Message { .journal(.schoolYear(.subjectsTitle)) }

    var empty: Message { .journal(.schoolYear(.noSubjects)) }

    func items() throws -> [SubjectItem] {
        let curriculum = Dictionary(grouping: try session.journal.curriculum(), by: \.subjectID)
        return try session.journal.subjects().map { SubjectItem(subject: $0, classes: curriculum[$0.id]?.map(\.className) ?? []) }
    }

    func line(_ item: SubjectItem) -> Message {
        .journal(.schoolYear(.subjectLine(name: item.subject.name, classes: item.classes)))
    }

    func name(_ item: SubjectItem) -> String { item.subject.name }

    func editor(_ item: SubjectItem?) throws -> any Screen {
        SubjectFormScreen(session: session, subject: item?.subject)
    }

    func delete(_ item: SubjectItem) throws -> Message? {
        do {
            try session.journal.removeSubject(id: item.subject.id)
            return nil
        } catch let refusal as SchoolYearRefusal {
            return .journal(.schoolYear(.refused(refusal)))
        }
    }
}
