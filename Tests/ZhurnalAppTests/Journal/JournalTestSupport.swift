import Foundation
import HostileSupport
import TerminalUI
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// A tiny journal on disk: class 7А with four students (one with a very long name), Алгебра with
/// three lesson columns in the first quarter of 2026/27, two of them filled.
///
/// | student                                   | 07.09 ОУ ×1 | 14.09 К ×3 | 18.09 С ×2 |
/// |-------------------------------------------|-------------|------------|------------|
/// | Андреев Борис                             | 5           | 4          |            |
/// | Константинопольская-Задунайская Александра| 4           | 5          |            |
/// | Петров Иван                               | 3           | 2          |            |
/// | Сидорова Мария                            | н           | 5          |            |
struct GridFixture {
    static let today = LocalDate(year: 2026, month: 9, day: 20)!
    static let longName = ("Константинопольская-Задунайская", "Александра")

    let path: String
    let journal: Journal
    let session: JournalSession
    let pair: ClassSubject
    let students: [Student]
    let columns: [LessonColumn]

    init(_ scratch: ScratchFolder, user: String = "teacher") throws {
        path = scratch.path("journal.sqlite")
        journal = try Journal(path: path, user: user)
        let schoolClass = try journal.findOrCreateClass(named: "7А")
        let subject = try journal.findOrCreateSubject(named: "Алгебра")
        students = [
            try journal.addStudent(classID: schoolClass.id, lastName: "Андреев", firstName: "Борис"),
            try journal.addStudent(classID: schoolClass.id, lastName: Self.longName.0, firstName: Self.longName.1),
            try journal.addStudent(classID: schoolClass.id, lastName: "Петров", firstName: "Иван"),
            try journal.addStudent(classID: schoolClass.id, lastName: "Сидорова", firstName: "Мария"),
        ]
        columns = [
            try journal.addColumn(classID: schoolClass.id, subjectID: subject.id,
                                  date: LocalDate(year: 2026, month: 9, day: 7)!, kindCode: "answer"),
            try journal.addColumn(classID: schoolClass.id, subjectID: subject.id,
                                  date: LocalDate(year: 2026, month: 9, day: 14)!, kindCode: "control"),
            try journal.addColumn(classID: schoolClass.id, subjectID: subject.id,
                                  date: LocalDate(year: 2026, month: 9, day: 18)!, kindCode: "independent"),
        ]
        let filled: [[Entry]] = [
            [.mark(5), .mark(4), .mark(3), .absence(.absent)],
            [.mark(4), .mark(5), .mark(2), .mark(5)],
        ]
        for (column, entries) in zip(columns, filled) {
            for (student, entry) in zip(students, entries) {
                try journal.setEntry(columnID: column.id, studentID: student.id, to: entry)
            }
        }
        session = try JournalSession(journal: journal, today: Self.today)
        pair = try require(try session.classSubjects().first)
    }

    /// A second journal and session on the same file, as another window or a restart would open.
    func reopen(user: String = "teacher") throws -> (journal: Journal, session: JournalSession) {
        let journal = try Journal(path: path, user: user)
        return (journal, try JournalSession(journal: journal, today: Self.today))
    }

    /// The grid of 7А Алгебра in a shell of `width` × `height`.
    func shell(session: JournalSession? = nil, width: Int = 100, height: Int = 30) throws -> AppShell {
        let screen = try JournalGridScreen(session: session ?? self.session, pair: pair)
        return AppShell(root: screen, size: Size(width: width, height: height), context: DrawContext(language: .ru))
    }

    /// The entry in a cell as another connection to the file reads it.
    func storedEntry(column: Int, student: Int) throws -> Entry? {
        try Journal(path: path, readOnly: true).entry(columnID: columns[column].id, studentID: students[student].id)
    }
}

private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw FixtureError.missing }
    return value
}

enum FixtureError: Error { case missing }

extension AppShell {
    /// The visible grid screen, if the top screen is one.
    var grid: JournalGridScreen? { top as? JournalGridScreen }
}

extension String {
    /// `width` characters from column `x` (every character here is one column wide).
    func columns(_ x: Int, _ width: Int) -> String {
        String(dropFirst(x).prefix(width))
    }
}
