import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// Sets or clears a student's year mark in a subject, opened with `g` on the student card; shows
/// the year mark the rules give from the counting terms (`SubjectSummary.year`). A mark other
/// than the computed one needs a reason.
public struct YearMarkScreen: FormScreen {
    let session: JournalSession
    let studentID: Int
    let subjectID: Int
    let studentName: String
    /// The year mark the rules give; nil when a term is н/а or no term counts yet.
    public let recommended: TermMark?
    public var fields: FormFields

    /// The form for a student of a class in a subject, filled with the year mark set, else the computed one.
    public init(session: JournalSession, className: String, student: Student, subject: Subject) throws {
        let builder = try SummaryBuilder(journal: session.journal, settings: session.settings, today: session.today)
            .forClass(className)
        let row = try builder.subject(className: className, subject: subject.name, period: .year).rows
            .first { $0.studentID == student.id }
        self.session = session
        studentID = student.id
        subjectID = subject.id
        studentName = "\(student.lastName) \(student.firstName)"
        recommended = row?.recommended
        fields = FormFields([
            (.fieldMark, .mark, row?.final?.value.description ?? row?.recommended?.description ?? ""),
            (.fieldReason, .text, row?.final?.reason ?? ""),
        ])
    }

    public var title: Message { .journal(.dynamics(.yearMarkTitle(studentName))) }

    public mutating func save() -> ScreenAction {
        var mark: TermMark?
        if !fields[.fieldMark].isEmpty {
            guard let parsed = TermMark.parse(fields[.fieldMark]) else { return .error(.journal(.badFinal)) }
            mark = parsed
        }
        if let mark, mark != recommended, fields[.fieldReason].isEmpty {
            fields.focus = 1
            return .error(.journal(.reasonNeeded))
        }
        do {
            try session.saveYearMark(mark, reason: fields[.fieldReason], student: studentID, subject: subjectID)
        } catch {
            return .error(.journal(.failed(error)))
        }
        return ScreenAction(.pop, status: StatusMessage(.info, .journal(.dynamics(.yearMarkSaved(studentName)))))
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: context.text(title), into: &buffer, context: context)
        let computed = "\(context.text(.journal(.recommended))): \(recommended?.description ?? "—")"
        buffer.put(computed, x: 1, y: 7, style: Style(.muted), maxWidth: buffer.width - 2)
    }
}
