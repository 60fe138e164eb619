import Foundation
import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// Adds a class or edits one: its name and the subjects of its curriculum (a new subject is
/// created; a subject left out leaves the curriculum, its lessons stay). F5 opens the class's
/// weekly timetable.
struct ClassFormScreen: FormScreen {
    let session: JournalSession
    let item: ClassItem?
    var fields: FormFields

    init(session: JournalSession, item: ClassItem?) {
        self.session = session
        self.item = item
        fields = FormFields([
            (.schoolYear(.fieldClassName), item?.schoolClass.name ?? ""),
            (.schoolYear(.fieldSubjects), item?.subjects.joined(separator: ", ") ?? ""),
        ])
    }

    var title: Message { .journal(.schoolYear(item.map { .classEditTitle($0.schoolClass.name) } ?? .classNew)) }

    var links: [FormLink] {
        guard let item else { return [] }
        let session = session
        return [
            FormLink(key: .function(5), help: .journal(.schoolYear(.keyTimetable)), bar: .journal(.schoolYear(.barTimetable))) {
                try TimetableScreen(session: session, schoolClass: item.schoolClass)
            },
        ]
    }

    mutating func save() -> ScreenAction {
        let name = fields[.schoolYear(.fieldClassName)].trimmingCharacters(in: .whitespaces)
        let wanted = fields[.schoolYear(.fieldSubjects)].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let journal = session.journal
        do {
            try journal.atomically {
                let schoolClass: SchoolClass
                if let item {
                    if name != item.schoolClass.name { try journal.renameClass(id: item.schoolClass.id, to: name) }
                    schoolClass = item.schoolClass
                } else {
                    schoolClass = try journal.createClass(named: name)
                }
                var keep = Set<Int>()
                let current = try journal.curriculum().filter { $0.classID == schoolClass.id }
                for subjectName in wanted {
                    let subject = try journal.findSubject(named: subjectName) ?? journal.createSubject(named: subjectName)
                    keep.insert(subject.id)
                    if !current.contains(where: { $0.subjectID == subject.id }) {
                        try journal.setCurriculum(classID: schoolClass.id, subjectID: subject.id)
                    }
                }
                for entry in current where !keep.contains(entry.subjectID) {
                    try journal.removeFromCurriculum(classID: schoolClass.id, subjectID: entry.subjectID)
                }
            }
            try session.noteWrite()
        } catch let refusal as SchoolYearRefusal {
            return .error(.journal(.schoolYear(.refused(refusal))))
        } catch {
            return .error(.journal(.failed(error)))
        }
        return ScreenAction(.pop, status: StatusMessage(.info, .journal(.schoolYear(.classSaved(name)))))
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: context.text(title), into: &buffer, context: context)
    }
}
