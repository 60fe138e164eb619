import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// A class with its curriculum subjects and its number of students, as the settings list it.
struct ClassItem {
    let schoolClass: SchoolClass
    let subjects: [String]
    let students: Int
}

/// The school's classes as a settings catalogue: each with the subjects of its curriculum; a class
/// with students or lessons is not deleted (the refusal gives the counts).
struct ClassCatalogue: Catalogue {
    let session: JournalSession

    var title: Message { .journal(.schoolYear(.classesTitle)) }

    var empty: Message { .journal(.schoolYear(.noClasses)) }

    func items() throws -> [ClassItem] {
        let curriculum = Dictionary(grouping: try session.journal.curriculum(), by: \.classID)
        return try session.journal.classes().map { schoolClass in
            ClassItem(schoolClass: schoolClass, subjects: curriculum[schoolClass.id]?.map(\.subject) ?? [],
                      students: try session.journal.students(classID: schoolClass.id).count)
        }
    }

    func line(_ item: ClassItem) -> Message {
        .journal(.schoolYear(.classLine(name: item.schoolClass.name, subjects: item.subjects, students: item.students)))
    }

    func name(_ item: ClassItem) -> String { item.schoolClass.name }

    func editor(_ item: ClassItem?) throws -> any Screen {
        ClassFormScreen(session: session, item: item)
    }

    func delete(_ item: ClassItem) throws -> Message? {
        do {
            try session.journal.removeClass(id: item.schoolClass.id)
            return nil
        } catch let refusal as SchoolYearRefusal {
            return .journal(.schoolYear(.refused(refusal)))
        }
    }
}
