import TerminalUI
import ZhurnalCore

/// Adds or edits a lesson column: date, kind of work, weight, topic, the outcomes it is tagged
/// with, its level (базовый / повышенный) and the homework.
public struct ColumnFormScreen: FormScreen {
    let session: JournalSession
    let grid: GridData
    let column: GridData.Column?
    public var fields: FormFields

    public init(session: JournalSession, grid: GridData, column: GridData.Column?) {
        self.session = session
        self.grid = grid
        self.column = column
        let kinds = session.settings.kinds
        let tags = column.flatMap { try? session.journal.outcomeTags(columnID: $0.id) } ?? []
        let level = column.flatMap { try? session.journal.level(ofColumn: $0.id) }
        let defaultDate = column?.date ?? (grid.term.contains(session.today) ? session.today : grid.columns.last?.date ?? grid.term.start)
        let name = { (kind: WorkKind) in session.language == .en ? kind.nameEn : kind.nameRu }
        fields = FormFields([
            (.fieldDate, .date, defaultDate.russian),
            (.fieldKind, .choice(kinds.map(name)), column.flatMap { kinds.kind(code: $0.kindCode) }.map(name) ?? ""),
            (.fieldWeight, .text, column?.weightOverride?.description ?? ""),
            (.fieldTopic, .text, column?.topic ?? ""),
            (.assessment(.fieldOutcomes), .text, tags.joined(separator: ", ")),
            (.assessment(.fieldLevel), .text, level.map { $0 == .basic ? "б" : "п" } ?? ""),
            (.schoolYear(.fieldHomework), .text, column?.homework ?? ""),
        ])
    }

    public var title: Message { .journal(column == nil ? .columnNew : .columnFormTitle) }

    public mutating func save() -> ScreenAction {
        guard let date = grid.calendar.date(parsing: fields[.fieldDate]), grid.term.contains(date) else {
            return .error(.journal(.badDate))
        }
        let kinds = session.settings.kinds
        guard let kind = kinds.kind(named: fields[.fieldKind]) else {
            return .error(.journal(.badKind(kinds.map(\.nameRu).joined(separator: ", "))))
        }
        var weight: Weight?
        if !fields[.fieldWeight].isEmpty {
            guard let parsed = Weight(parsing: fields[.fieldWeight]) else { return .error(.journal(.badWeight)) }
            weight = parsed == kind.weight ? nil : parsed
        }
        let tags = fields[.assessment(.fieldOutcomes)].split { $0 == "," || $0 == " " || $0 == ";" }.map(String.init)
        var level: AchievementLevel?
        if let letter = fields[.assessment(.fieldLevel)].lowercased().first {
            guard let parsed = NoteScreen.levelLetters[letter] else { return .error(.journal(.assessment(.badLevel))) }
            level = parsed
        }
        do {
            let known = Set(try session.journal.outcomes().map(\.code))
            if let unknown = tags.first(where: { !known.contains($0) }) {
                return .error(.journal(.assessment(.unknownOutcome(unknown))))
            }
            // The column, its outcome tags and its level land together or not at all.
            try session.journal.atomically {
                let id: Int
                if let column {
                    id = column.id
                    try session.updateColumn(id: column.id, date: date, kindCode: kind.code, weight: weight, topic: fields[.fieldTopic],
                                             homework: fields[.schoolYear(.fieldHomework)])
                } else {
                    id = try session.addColumn(classID: grid.classID, subjectID: grid.subjectID, date: date, kindCode: kind.code,
                                               weight: weight, topic: fields[.fieldTopic], homework: fields[.schoolYear(.fieldHomework)])
                }
                try session.journal.tagColumn(id, outcomes: tags)
                try session.journal.setLevel(level, ofColumn: id)
            }
            try session.noteWrite()
        } catch {
            return .error(.journal(.failed(error)))
        }
        return ScreenAction(.pop, status: StatusMessage(.info, .journal(.columnSaved)))
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: "\(grid.className) · \(grid.subject) — \(context.text(title))", into: &buffer, context: context)
    }
}
