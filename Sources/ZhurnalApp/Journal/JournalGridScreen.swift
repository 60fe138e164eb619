import ZhurnalCore
import ZhurnalStore

/// The journal grid: students × the term's lesson columns, with each student's weighted average,
/// number of marks, recommended and final term mark, and the statistics of the current column.
/// Marks are typed straight into the cursor cell; Enter saves durably and moves down.
public struct JournalGridScreen: Screen {
    /// What the grid's keys do.
    public enum Command: Sendable {
        case up, down, left, right, pageUp, pageDown, firstColumn, lastColumn, nextColumn, previousColumn
        case type, confirm, erase, escape, undo, redo, history, addColumn, editColumn, deleteColumn
        case finalMark, nextTerm, lock, search, firstEmpty, invalid
        case confirmYes, confirmNo, searchEdit, searchDone
        case studentCard
        case classSummary
        case rubric
        case note
        case outcomes
    }

    /// A prompt the grid shows in its bottom line instead of the statistics.
    enum Mode: Equatable {
        case normal
        case confirmDelete
        /// A large undo (an import, several class journals) waits for y.
        case confirmUndo(ChangeSummary)
        case search(LineEditor)
    }

    let session: JournalSession
    let pair: ClassSubject
    public private(set) var data: GridData
    /// Recommendation per student row.
    public private(set) var results: [Recommendation] = []
    public private(set) var cursor = GridCursor()
    /// What the teacher is typing into the cursor cell.
    public private(set) var input = ""
    /// Students at risk in this subject (domain.md, "Dynamics and risk").
    public internal(set) var atRisk: Set<Int> = []
    var earlierLessons: EarlierLessons?
    var mode = Mode.normal
    /// Rows a page key moves by.
    static let pageRows = 15
    private var revision: Int

    /// Opens the grid of a class and subject in the current term.
    public init(session: JournalSession, pair: ClassSubject) throws {
        self.session = session
        self.pair = pair
        data = try session.grid(for: pair, term: session.openingTerm(for: pair))
        revision = session.revision
        recompute()
        cursor.column = firstEmptyColumn() ?? max(0, data.columns.count - 1)
    }

    public var title: Message { .verbatim("\(pair.className) · \(pair.subject)") }

    public var minimumSize: Size { Size(width: 60, height: 14) }

    /// Characters that start or continue an entry.
    static let entryCharacters = Set("12345/-.•·нНбБуУоОпПзЗчЧсСвВnNbB")

    public var keyBindings: [KeyBinding<Command>] {
        switch mode {
        case .confirmDelete, .confirmUndo:
            return [
                KeyBinding(.characters(Set("yYдДlL"), label: "y д"), help: .journal(.yes), command: .confirmYes),
                KeyBinding(.anyCharacter(label: "…"), help: .journal(.no), command: .confirmNo),
                KeyBinding(.escape, .enter, help: .journal(.no), command: .confirmNo),
            ]
        case .search:
            return [
                KeyBinding(.enter, .escape, help: .journal(.keySearch), command: .searchDone),
                KeyBinding(.group(LineEditor.editingKeys, label: "← → Backspace"), help: .journal(.keySearch), command: .searchEdit),
                KeyBinding(.anyCharacter(label: "…"), help: .journal(.keySearch), command: .searchEdit),
            ]
        case .normal:
            return [
                KeyBinding(.characters(Self.entryCharacters, label: "1–5 н б у … ."), help: .journal(.keyEnter), command: .type),
                KeyBinding(.enter, help: .journal(.keyConfirm), command: .confirm),
                KeyBinding(.delete, .backspace, help: .journal(.keyClear), command: .erase),
                KeyBinding(.up, .char("k"), help: .journal(.keyMove), command: .up),
                KeyBinding(.down, .char("j"), help: .journal(.keyMove), command: .down),
                KeyBinding(.left, .char("h"), help: .journal(.keyMove), command: .left),
                KeyBinding(.right, .char("l"), help: .journal(.keyMove), command: .right),
                KeyBinding(.tab, help: .journal(.keyMove), command: .nextColumn),
                KeyBinding(.backTab, help: .journal(.keyMove), command: .previousColumn),
                KeyBinding(.pageUp, help: .journal(.keyMove), command: .pageUp),
                KeyBinding(.pageDown, help: .journal(.keyMove), command: .pageDown),
                KeyBinding(.home, help: .journal(.keyMove), command: .firstColumn),
                KeyBinding(.end, help: .journal(.keyMove), command: .lastColumn),
                KeyBinding(.char("e"), help: .journal(.keyNote), command: .firstEmpty),
                KeyBinding(.char("u"), .ctrl("z"), help: .journal(.keyUndo), command: .undo),
                KeyBinding(.ctrl("r"), .ctrl("y"), help: .journal(.keyRedo), command: .redo),
                KeyBinding(.char("/"), help: .journal(.keySearch), command: .search),
                KeyBinding(.function(2), help: .journal(.keyEditColumn), bar: .journal(.barEdit), command: .editColumn),
                KeyBinding(.function(3), .char("a"), help: .journal(.keyAddColumn), bar: .journal(.barAdd), command: .addColumn),
                KeyBinding(.function(4), help: .journal(.keyHistory), bar: .journal(.barHistory), command: .history),
                KeyBinding(.function(5), help: .journal(.keyFinal), bar: .journal(.barFinal), command: .finalMark),
                KeyBinding(.function(6), .char("t"), help: .journal(.keyTerm), bar: .journal(.barTerm), command: .nextTerm),
                KeyBinding(.function(7), help: .journal(.keyLock), bar: .journal(.barLock), command: .lock),
                KeyBinding(.function(8), help: .journal(.keyDeleteColumn), bar: .journal(.barDelete), command: .deleteColumn),
                KeyBinding(.char("c"), help: .journal(.dynamics(.keyCard)), command: .studentCard),
                KeyBinding(.char("v"), help: .journal(.keyClassSummary), command: .classSummary),
                KeyBinding(.char("r"), help: .journal(.assessment(.keyRubric)), command: .rubric),
                KeyBinding(.char("m"), help: .journal(.assessment(.keyNote)), command: .note),
                KeyBinding(.char("o"), help: .journal(.assessment(.keyOutcomes)), command: .outcomes),
                KeyBinding(.escape, help: .keyBack, command: .escape),
                KeyBinding(.anyCharacterExcept(["q", "?"], label: "…"), help: .journal(.keyEnter), command: .invalid),
            ]
        }
    }

    /// The commands that change the journal, refused at once on a read-only journal.
    static let editing: Set<Command> = [.type, .erase, .undo, .redo, .addColumn, .editColumn, .deleteColumn,
                                        .finalMark, .lock, .rubric, .note]

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        if session.isReadOnly, Self.editing.contains(command) {
            input = ""
            return .error(.journal(.readOnly))
        }
        switch command {
        case .type:
            if case .char(let character) = key, input.count < 8 {
                if input.isEmpty && (character == "/" || character == "-") { return .none }
                input.append(character)
            }
            return .none
        case .invalid:
            guard case .char(let character) = key else { return .none }
            let typed = input + String(character)
            input = ""
            return .error(.journal(.refused(typed)))
        case .confirm:
            let action = commit()
            if !action.isError { move(rows: 1, columns: 0) }
            return action.screenAction
        case .erase:
            if !input.isEmpty {
                input.removeLast()
                return .none
            }
            return save(nil).screenAction
        case .escape:
            if !input.isEmpty {
                input = ""
                return .none
            }
            return .pop
        case .up, .down, .left, .right, .pageUp, .pageDown, .firstColumn, .lastColumn, .nextColumn, .previousColumn, .firstEmpty:
            let action = commit()
            guard !action.isError else { return action.screenAction }
            navigate(command)
            return action.screenAction
        case .undo, .redo:
            input = ""
            return replay(undo: command == .undo)
        case .history:
            guard let column = currentColumn, let student = currentStudent else { return .info(.journal(.noColumns)) }
            let records = (try? session.history(column: column.id, student: student.id)) ?? []
            let what = "\(student.shortName), \(column.date.dayMonth)"
            return .push(HistoryScreen(title: what, records: records))
        case .addColumn, .editColumn:
            if session.isLocked(data.term) { return .error(.journal(.failed(StoreError.termLocked(data.term.number)))) }
            if command == .editColumn, currentColumn == nil { return .info(.journal(.noColumns)) }
            return .push(ColumnFormScreen(session: session, grid: data, column: command == .editColumn ? currentColumn : nil))
        case .deleteColumn:
            guard currentColumn != nil else { return .info(.journal(.noColumns)) }
            if session.isLocked(data.term) { return .error(.journal(.failed(StoreError.termLocked(data.term.number)))) }
            mode = .confirmDelete
            return .none
        case .confirmYes:
            defer { mode = .normal }
            if case .confirmUndo = mode { return replay(undo: true, confirmed: true) }
            return deleteCurrentColumn()
        case .confirmNo:
            mode = .normal
            return .none
        case .finalMark:
            guard let student = currentStudent else { return .none }
            if session.isLocked(data.term) { return .error(.journal(.failed(StoreError.termLocked(data.term.number)))) }
            return .push(FinalMarkScreen(session: session, grid: data, student: student,
                                         recommendation: results[cursor.row]))
        case .studentCard:
            return openStudentCard()
        case .classSummary:
            return openClassSummary()
        case .rubric:
            return openRubric()
        case .note:
            return openNote()
        case .outcomes:
            return openOutcomes()
        case .nextTerm:
            _ = commit()
            return reload(term: session.term(after: data.term))
        case .lock:
            let locked = !session.isLocked(data.term)
            do {
                try session.setLocked(locked, term: data.term)
            } catch {
                return .error(.journal(.failed(error)))
            }
            return .info(.journal(locked ? .termLocked(data.term.number) : .termUnlocked(data.term.number)))
        case .search:
            mode = .search(LineEditor())
            return .none
        case .searchEdit:
            if case .search(var editor) = mode {
                editor.handle(key)
                mode = .search(editor)
                return findStudent(editor.text) ? .none : .error(.journal(.notFound(editor.text)))
            }
            return .none
        case .searchDone:
            mode = .normal
            return .none
        }
    }

    public mutating func tick() -> ScreenAction {
        if session.revision != revision {
            return reload(term: data.term)
        }
        if session.changedElsewhere() {
            let action = reload(term: data.term)
            return action.isNone ? .info(.journal(.reloaded)) : action
        }
        return .none
    }

    // MARK: - Editing

    /// The outcome of saving, for the status line.
    struct SaveOutcome {
        var screenAction: ScreenAction
        var isError: Bool
    }

    /// Saves what was typed into the cursor cell, if anything.
    mutating func commit() -> SaveOutcome {
        guard !input.isEmpty else { return SaveOutcome(screenAction: .none, isError: false) }
        let typed = input
        input = ""
        switch Entry.parse(typed) {
        case .failure:
            return SaveOutcome(screenAction: .error(.journal(.refused(typed))), isError: true)
        case .success(let entry):
            return save(entry)
        }
    }

    /// Saves a cell (nil clears it) and updates the averages and statistics at once.
    mutating func save(_ entry: Entry?) -> SaveOutcome {
        guard let column = currentColumn, let student = currentStudent else {
            return SaveOutcome(screenAction: .info(.journal(.noColumns)), isError: true)
        }
        let key = CellKey(columnID: column.id, studentID: student.id)
        let shown = data.entries[key]
        do {
            let before = try session.save(entry, column: column.id, student: student.id)
            data.entries[key] = entry
            revision = session.revision
            recompute(row: cursor.row)
            if before != shown {
                return SaveOutcome(screenAction: .info(.journal(.changedElsewhere(was: before?.description ?? "—",
                                                                                   now: entry?.description ?? "—"))),
                                   isError: false)
            }
            return SaveOutcome(screenAction: .none, isError: false)
        } catch {
            return SaveOutcome(screenAction: .error(.journal(.failed(error))), isError: true)
        }
    }

    /// Undoes or redoes; a large undo asks first (`confirmUndo`) unless `confirmed`.
    private mutating func replay(undo: Bool, confirmed: Bool = false) -> ScreenAction {
        do {
            if undo, !confirmed, let next = try session.nextUndo(), next.isLarge {
                mode = .confirmUndo(next)
                return .none
            }
            let result = undo ? try session.undo() : try session.redo()
            guard let result else { return .info(.journal(undo ? .nothingToUndo : .nothingToRedo)) }
            let reloadAction = reload(term: data.term)
            if result.classID == data.classID, result.subjectID == data.subjectID {
                if let columnID = result.columnID, let index = data.columns.firstIndex(where: { $0.id == columnID }) {
                    cursor.column = index
                }
                if let studentID = result.studentID, let index = data.students.firstIndex(where: { $0.id == studentID }) {
                    cursor.row = index
                }
            }
            guard reloadAction.isNone else { return reloadAction }
            guard let change = result.change else { return .none }
            return .info(.journal(undo ? .undone(change) : .redone(change)))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    private mutating func deleteCurrentColumn() -> ScreenAction {
        guard let column = currentColumn else { return .none }
        do {
            try session.deleteColumn(id: column.id)
        } catch {
            return .error(.journal(.failed(error)))
        }
        let action = reload(term: data.term)
        return action.isNone ? .info(.journal(.columnDeleted(column.date.dayMonth))) : action
    }

    /// Reads the grid again (after another window's change, an undo, a dialog, or a term switch).
    mutating func reload(term: Term) -> ScreenAction {
        do {
            let fresh = try session.grid(for: pair, term: term)
            let termChanged = fresh.term != data.term
            let known = Set(data.columns.map(\.id))
            let added = fresh.columns.lastIndex { !known.contains($0.id) }
            data = fresh
            revision = session.revision
            recompute()
            if termChanged {
                cursor = GridCursor(row: 0, column: firstEmptyColumn() ?? max(0, data.columns.count - 1))
            } else if let added, session.addedColumn == data.columns[added].id {
                cursor = GridCursor(row: 0, column: added)
            }
            cursor.clampTo(rowCount: data.students.count, columnCount: data.columns.count)
            return .none
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    // MARK: - Navigation

    var currentColumn: GridData.Column? {
        data.columns.indices.contains(cursor.column) ? data.columns[cursor.column] : nil
    }

    var currentStudent: GridData.Student? {
        data.students.indices.contains(cursor.row) ? data.students[cursor.row] : nil
    }

    mutating func move(rows: Int, columns: Int) {
        cursor.move(rows: rows, columns: columns, rowCount: data.students.count, columnCount: data.columns.count)
    }

    private mutating func navigate(_ command: Command) {
        switch command {
        case .up: move(rows: -1, columns: 0)
        case .down: move(rows: 1, columns: 0)
        case .left, .previousColumn: move(rows: 0, columns: -1)
        case .right, .nextColumn: move(rows: 0, columns: 1)
        case .pageUp: move(rows: -Self.pageRows, columns: 0)
        case .pageDown: move(rows: Self.pageRows, columns: 0)
        case .firstColumn: cursor.column = 0
        case .lastColumn: cursor.column = max(0, data.columns.count - 1)
        case .firstEmpty:
            if let column = firstEmptyColumn() { cursor.column = column; cursor.row = 0 }
        default: break
        }
    }

    /// The first column with no entry at all (where today's lesson usually goes).
    func firstEmptyColumn() -> Int? {
        data.columns.firstIndex { column in
            !data.students.contains { data.entries[CellKey(columnID: column.id, studentID: $0.id)] != nil }
        }
    }

    private mutating func findStudent(_ text: String) -> Bool {
        let wanted = text.lowercased().replacingOccurrences(of: "ё", with: "е")
        guard !wanted.isEmpty else { return true }
        guard let index = data.students.firstIndex(where: {
            "\($0.lastName) \($0.firstName)".lowercased().replacingOccurrences(of: "ё", with: "е").hasPrefix(wanted)
        }) else { return false }
        cursor.row = index
        return true
    }

    // MARK: - Results

    private mutating func recompute() {
        results = data.students.indices.map(result)
        updateRisk()
    }

    private mutating func recompute(row: Int) {
        if results.indices.contains(row) { results[row] = result(row) }
        updateRisk(row: row)
    }

    private func result(_ row: Int) -> Recommendation {
        let student = data.students[row]
        let marks = data.columns.compactMap { column in
            data.entries[CellKey(columnID: column.id, studentID: student.id)].map { (entry: $0, weight: session.weight(of: column)) }
        }
        return session.settings.attestation.recommend(marks)
    }

    /// Statistics of the current column.
    var columnStatistics: ClassStatistics? {
        guard let column = currentColumn else { return nil }
        return ClassStatistics(column: data.students.map { data.entries[CellKey(columnID: column.id, studentID: $0.id)] })
    }

    /// Statistics of the term marks that count (final, else recommended); while the term runs a
    /// student short of marks is «мало отметок», outside N.
    var termStatistics: ClassStatistics {
        ClassStatistics(finals: data.students.map { data.finals[$0.id]?.value }, recommendations: results,
                        rules: session.settings.attestation, termRunning: session.today < data.term.end)
    }
}

extension ScreenAction {
    /// True for an action that neither navigates nor says anything.
    var isNone: Bool {
        if case .stay = navigation, status == nil { return true }
        return false
    }
}
