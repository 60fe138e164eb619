import ZhurnalCore

/// Adds or edits a lesson column: date, kind of work, weight, topic.
public struct ColumnFormScreen: FormScreen {
    let session: JournalSession
    let grid: GridData
    let column: GridData.Column?
    var fields: FormFields

    public init(session: JournalSession, grid: GridData, column: GridData.Column?) {
        self.session = session
        self.grid = grid
        self.column = column
        let kinds = session.settings.kinds
        let defaultDate = column?.date ?? (grid.term.contains(session.today) ? session.today : grid.columns.last?.date ?? grid.term.start)
        fields = FormFields([
            (.fieldDate, defaultDate.russian),
            (.fieldKind, column.flatMap { kinds.kind(code: $0.kindCode)?.nameRu } ?? kinds.first?.nameRu ?? ""),
            (.fieldWeight, column?.weightOverride?.description ?? ""),
            (.fieldTopic, column?.topic ?? ""),
        ])
    }

    public var title: Message { .journal(column == nil ? .columnNew : .columnFormTitle) }

    mutating func save() -> ScreenAction {
        guard let date = LocalDate(parsing: fields[0]), grid.term.contains(date) else { return .error(.journal(.badDate)) }
        let kinds = session.settings.kinds
        guard let kind = kinds.kind(named: fields[1]) else {
            return .error(.journal(.badKind(kinds.map(\.nameRu).joined(separator: ", "))))
        }
        var weight: Weight?
        if !fields[2].isEmpty {
            guard let parsed = Weight(parsing: fields[2]) else { return .error(.journal(.badWeight)) }
            weight = parsed == kind.weight ? nil : parsed
        }
        do {
            if let column {
                try session.updateColumn(id: column.id, date: date, kindCode: kind.code, weight: weight, topic: fields[3], term: grid.term)
            } else {
                _ = try session.addColumn(classID: grid.classID, subjectID: grid.subjectID, date: date, kindCode: kind.code,
                                          weight: weight, topic: fields[3], term: grid.term)
            }
        } catch SessionRefusal.termLocked(let number) {
            return .error(.journal(.termIsLocked(number)))
        } catch {
            return .error(.journal(.failed(error)))
        }
        return ScreenAction(.pop, status: StatusMessage(.info, .journal(.columnSaved)))
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: "\(grid.className) · \(grid.subject) — \(context.text(title))", into: &buffer, context: context)
    }
}
