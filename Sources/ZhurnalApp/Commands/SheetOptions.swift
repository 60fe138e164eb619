import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// How a printable summary is made and where it goes: the teacher named on it, whether the
/// class sheet shows averages, and whether the text is sent to the printer.
public struct SheetOptions: Sendable {
    /// The teacher's full name; empty leaves a line to fill in by hand.
    public var teacher: String
    /// True when `--teacher` named the teacher: the staff list does not replace it.
    private let named: Bool
    public var averages: Bool
    public var print: Bool
    /// The environment whose `PATH` is searched for `lpr`.
    public var environment: [String: String]

    /// The teacher defaults to the full name, from the password database, of the person acting on
    /// the journal at `journalPath` (`OSUser.acting(onFileAt:)`, the rule history uses); empty when
    /// it has none.
    public init(teacher: String? = nil, averages: Bool = false, print: Bool = false,
                journalPath: String = "", environment: [String: String] = [:]) {
        named = teacher != nil
        self.teacher = teacher
            ?? OSUser.fullName(login: OSUser.acting(onFileAt: journalPath, environment: environment)) ?? ""
        self.averages = averages
        self.print = print
        self.environment = environment
    }

    /// The teacher named on a sheet of `className` (and `subject`): `--teacher` when given; with a
    /// staff list, the subject's teacher by the curriculum, else the acting person, as «Иванова
    /// И. И.»; else the full name from the password database.
    func teacher(on journal: Journal, className: String, subject: String?) -> String {
        let assigned = subject.flatMap { subject in
            (try? journal.curriculum())?.first {
                NameFold.sameClass($0.className, className) && NameFold.same($0.subject, subject) && !$0.teacher.isEmpty
            }?.teacher
        }
        return staffName(on: journal, preferring: assigned)
    }

    /// The class teacher named on a sheet of `className`: `--teacher` when given; with a staff
    /// list, the class's class teacher (классный руководитель), else the acting person; else the
    /// full name from the password database.
    func classTeacher(on journal: Journal, className: String) -> String {
        let assigned = (try? journal.staff())?.first { member in
            member.roles.contains { role in
                if case .classTeacher(let name) = role { return NameFold.sameClass(name, className) }
                return false
            }
        }?.login
        return staffName(on: journal, preferring: assigned)
    }

    /// `--teacher`, else the staff name of `assigned` or of the acting person, else `teacher`.
    private func staffName(on journal: Journal, preferring assigned: String?) -> String {
        guard !named else { return teacher }
        for login in [assigned, journal.user].compactMap({ $0 }) {
            if let name = try? journal.staffName(login: login) { return name }
        }
        return teacher
    }

    /// Lays the document out on `page`; prints it, or delivers it to the destination.
    func deliver(_ document: PrintDocument, page: PrintPage, destination: OutputDestination,
                 language: Language) throws(CommandFailure) -> CommandOutput {
        let text = document.laidOut(on: page) { PrintLabel.page($0, of: $1).text(language) }
        guard print else { return try destination.deliver(text: text) }
        try LinePrinter.print(text, page: page, environment: environment)
        return CommandOutput(notes: [.printed])
    }
}
