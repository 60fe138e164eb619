import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// The journal grid: students × the term's lesson columns, with each student's weighted average,
/// number of marks, recommended and final term mark, and the statistics of the current column.
/// Marks are typed straight into the cursor cell; Enter saves durably and moves down. Right of the
/// last lesson the cursor reaches the «Итог» column, where the term mark is typed the same way.
///
/// A save that is refused or fails keeps the cursor on the cell and throws the keys typed ahead
/// away; a save that finds another window writing waits («ждём запись…») and is tried again on
/// each tick until it lands or Esc gives it up, and the keys typed meanwhile are applied in order
/// once it lands.
public struct JournalGridScreen: Screen {
    /// What the grid's keys do.
    public enum Command: Sendable {
        case up, down, left, right, pageUp, pageDown, firstColumn, lastColumn, nextColumn, previousColumn
        case type, confirm, erase, escape, undo, redo, history, addColumn, editColumn, deleteColumn
        case finalMark, nextTerm, lock, search, firstEmpty, invalid
        case confirmYes, confirmNo, searchEdit, searchDone, searchCancel
        case waiting, cancelWait, setRecommended
        case studentCard
        case classSummary
        case rubric
        case note
        case outcomes
        case generateLessons
    }

    /// A prompt the grid shows in its bottom line instead of the statistics.
    enum Mode: Equatable {
        case normal
        case confirmDelete
        /// A large undo (an import, several class journals) waits for y.
        case confirmUndo(ChangeSummary)
        /// Finding a student; `origin` is the row Esc goes back to.
        case search(LineEditor, origin: Int)
        /// A save waits for another window's write to end.
        case waiting(PendingSave)
    }

    let session: JournalSession
    let pair: ClassSubject
    public internal(set) var data: GridData
    /// Recommendation per student row.
    public private(set) var results: [Recommendation] = []
    public internal(set) var cursor = GridCursor()
    /// What the teacher is typing into the cursor cell.
    public internal(set) var input = ""
    /// True while `input` is text the grid refused: it stays in the cell until corrected or Esc.
    public internal(set) var inputRefused = false
    /// Students at risk in this subject (docs/progress.md, "Risk zone and decline").
    public internal(set) var atRisk: Set<Int> = []
    var earlierLessons: EarlierLessons?
    var mode = Mode.normal
    /// Keys pressed while a save waits, applied in order once it lands.
    var typedWhileWaiting: [Key] = []
    /// Rows a page key moves by.
    public static let pageRows = 15
    var revision: Int

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

    /// Characters that start or continue an entry (`/` too, after the first: `5/4`).
    static let entryCharacters = Set("12345-.•·нНбБуУоОпПзЗчЧсСвВnNbB")

    /// Letters that continue a term mark (`н/а`, `осв`, `n/a`, `osv`) but are not entry characters.
    static let termMarkLetters = Set("аАaAoOsSvV")

    /// The keys held back while a save waits, applied in order once it lands (the shell keeps
    /// F1 and the quit keys, which a waiting save refuses).
    static let keysWhileWaiting: [Key] = [.enter, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown,
                                          .home, .end, .backspace, .delete, .ctrl("z"), .ctrl("r"), .ctrl("y")]
        + (2...9).map(Key.function)

    public var keyBindings: [KeyBinding<Command>] {
        switch mode {
        case .confirmDelete, .confirmUndo:
            return ConfirmationKeys.bindings(yes: .confirmYes, no: .confirmNo)
        case .search:
            return [
                KeyBinding(.enter, help: .journal(.keySearchDone), command: .searchDone),
                KeyBinding(.escape, help: .journal(.keySearchCancel), command: .searchCancel),
                KeyBinding(.group(LineEditor.editingKeys, label: "← → Backspace"), help: .journal(.keySearchEdit), command: .searchEdit),
                KeyBinding(.anyCharacter(label: "…"), help: .journal(.keySearchType), command: .searchEdit),
            ]
        case .waiting:
            return [
                KeyBinding(.escape, help: .journal(.keyStopWaiting), command: .cancelWait),
                KeyBinding(.group(Self.keysWhileWaiting, label: "…"), help: .journal(.keyWhileWaiting), command: .waiting),
                KeyBinding(.anyCharacterExcept(["?", "q"], label: "…"), help: .journal(.keyWhileWaiting), command: .waiting),
            ]
        case .normal:
            return [
                KeyBinding(.characters(Self.entryCharacters, label: "1–5 н б у … ."), help: .journal(.keyEnter), command: .type),
                KeyBinding(.char("/"), help: .journal(.keySearch), command: .search),
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
                KeyBinding(.char("="), help: .journal(.keySetRecommended), command: .setRecommended),
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
                KeyBinding(.char("g"), help: .journal(.schoolYear(.keyGenerate)), command: .generateLessons),
                KeyBinding(.escape, help: .keyBack, command: .escape),
                KeyBinding(.anyCharacterExcept(["q", "?"], label: "…"), help: .journal(.keyEnter), command: .invalid),
            ]
        }
    }

    /// The commands that change the journal, refused at once on a read-only journal.
    static let editing: Set<Command> = [.type, .erase, .undo, .redo, .addColumn, .editColumn, .deleteColumn,
                                        .finalMark, .lock, .rubric, .note, .setRecommended]

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        if session.isReadOnly, Self.editing.contains(command) {
            input = ""
            return .error(.journal(.readOnly))
        }
        // The rest of `н/а` or `осв` (`n/a`, `osv`) in the «Итог» column, whatever the letter's key does elsewhere.
        if isOnFinal, !input.isEmpty, case .char(let character) = key, Self.termMarkLetters.contains(character) {
            type(character)
            return .none
        }
        switch command {
        case .type:
            if input.isEmpty, let refusal = notEnrolledHere {
                return .error(.journal(.failed(refusal))).discardingTypeAhead
            }
            if case .char(let character) = key {
                type(character)
            }
            return .none
        case .invalid:
            guard case .char(let character) = key else { return .none }
            if inputRefused { input = "" }
            inputRefused = true
            if input.count < 8 { input.append(character) }
            return .error(.journal(.refused(input))).discardingTypeAhead
        case .confirm, .up, .down, .left, .right, .pageUp, .pageDown, .firstColumn, .lastColumn, .nextColumn,
             .previousColumn, .firstEmpty:
            return commit(then: command)
        case .erase:
            if !input.isEmpty {
                input.removeLast()
                inputRefused = false
                return .none
            }
            if let refusal = notEnrolledHere { return .error(.journal(.failed(refusal))).discardingTypeAhead }
            return isOnFinal ? write(.final(nil), then: nil) : write(.cell(nil), then: nil)
        case .escape:
            if !input.isEmpty {
                input = ""
                inputRefused = false
                return .none
            }
            return .pop
        case .waiting:
            guard case .waiting(let pending) = mode else { return .none }
            typedWhileWaiting.append(key)
            return .info(.journal(.waitingToWrite(pending.typed)))
        case .cancelWait:
            return cancelWaiting()
        case .setRecommended:
            return setRecommendedForAll()
        case .undo, .redo:
            input = ""
            inputRefused = false
            return replay(undo: command == .undo)
        case .history:
            guard let column = currentColumn, let student = currentStudent else { return .info(.journal(.noColumns)) }
            let records = (try? session.history(column: column.id, student: student.id)) ?? []
            let what = "\(student.shortName), \(column.date.dayMonth)"
            return .push(HistoryScreen(title: what, records: records, names: session.staffNames()))
        case .addColumn, .editColumn:
            if session.isLocked(data.termLock) { return .error(.journal(.failed(StoreError.termLocked(data.term.number)))) }
            if command == .editColumn, currentColumn == nil { return .info(.journal(.noColumns)) }
            return .push(ColumnFormScreen(session: session, grid: data, column: command == .editColumn ? currentColumn : nil))
        case .deleteColumn:
            guard currentColumn != nil else { return .info(.journal(.noColumns)) }
            if session.isLocked(data.termLock) { return .error(.journal(.failed(StoreError.termLocked(data.term.number)))) }
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
            if session.isLocked(data.termLock) { return .error(.journal(.failed(StoreError.termLocked(data.term.number)))) }
            if !data.isEnrolled(student.id, on: data.term.end) {
                return .error(.journal(.failed(StoreError.notEnrolled(studentID: student.id, date: data.term.end))))
            }
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
        case .generateLessons:
            if session.isLocked(data.termLock) { return .error(.journal(.failed(StoreError.termLocked(data.term.number)))) }
            return .push(LessonGenerationScreen(session: session, grid: data))
        case .nextTerm:
            if !input.isEmpty {
                let action = commit(then: nil)
                // A refused, failed or waiting save keeps the grid on this term.
                guard input.isEmpty, mode == .normal, action.status?.kind != .error else { return action }
            }
            return reload(term: data.calendar.term(after: data.term))
        case .lock:
            let locked = !session.isLocked(data.termLock)
            do {
                try session.setLocked(locked, term: data.termLock)
            } catch {
                return .error(.journal(.failed(error)))
            }
            return .info(.journal(locked ? .termLocked(data.term.number) : .termUnlocked(data.term.number)))
        case .search:
            if !input.isEmpty {
                type("/")
                return .none
            }
            mode = .search(LineEditor(maxLength: 40), origin: cursor.row)
            return .none
        case .searchEdit:
            guard case .search(var editor, let origin) = mode else { return .none }
            editor.handle(key)
            mode = .search(editor, origin: origin)
            guard let row = StudentSearch.row(of: editor.text, in: data.students, from: origin) else {
                return .error(.journal(.notFound(editor.text)))
            }
            cursor.row = row
            return .none
        case .searchDone:
            mode = .normal
            return .none
        case .searchCancel:
            if case .search(_, let origin) = mode { cursor.row = origin }
            mode = .normal
            return .none
        }
    }

    /// Adds a typed character to the cell's input: an entry's eight characters, a term mark's four.
    /// A character typed over refused text replaces it.
    private mutating func type(_ character: Character) {
        if inputRefused {
            input = ""
            inputRefused = false
        }
        if input.isEmpty && (character == "/" || character == "-") { return }
        guard input.count < (isOnFinal ? 4 : 8) else { return }
        input.append(character)
    }

    public mutating func tick() -> ScreenAction {
        if case .waiting(let pending) = mode { return retry(pending) }
        if session.revision != revision {
            return reload(term: data.term)
        }
        if session.changedElsewhere() {
            let action = reload(term: data.term)
            return action.isNone ? .info(.journal(.reloaded)) : action
        }
        return .none
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
            cursor.clampTo(rowCount: data.students.count, columnCount: data.columns.count + 1)
            return .none
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    // MARK: - Navigation

    var currentColumn: GridData.Column? {
        data.columns.indices.contains(cursor.column) ? data.columns[cursor.column] : nil
    }

    /// True when the cursor is in the «Итог» column, right of the last lesson.
    public var isOnFinal: Bool { cursor.column == data.columns.count }

    var currentStudent: GridData.Student? {
        data.students.indices.contains(cursor.row) ? data.students[cursor.row] : nil
    }

    mutating func move(rows: Int, columns: Int) {
        cursor.move(rows: rows, columns: columns, rowCount: data.students.count, columnCount: data.columns.count + 1)
    }

    /// Does what a moving key asks (Enter moves down).
    mutating func navigate(_ command: Command) {
        switch command {
        case .up: move(rows: -1, columns: 0)
        case .down, .confirm: move(rows: 1, columns: 0)
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

    // MARK: - Results

    private mutating func recompute() {
        results = data.students.indices.map(result)
        updateRisk()
    }

    mutating func recompute(row: Int) {
        if results.indices.contains(row) { results[row] = result(row) }
        updateRisk(row: row)
    }

    /// The student's recommendation from his marks on the days he was in the class, and those of
    /// the term in his other class when he was transferred.
    private func result(_ row: Int) -> Recommendation {
        let student = data.students[row]
        let marks = data.columns.compactMap { column in
            data.isEnrolled(student.id, on: column.date)
                ? data.entries[CellKey(columnID: column.id, studentID: student.id)].map { (entry: $0, weight: session.weight(of: column)) }
                : nil
        } + (data.otherClassLessons[student.id] ?? []).compactMap { lesson in lesson.entry.map { ($0, lesson.weight) } }
        return session.settings.attestation.recommend(marks)
    }

    /// Statistics of the current column, over the students in the class on its day.
    var columnStatistics: ClassStatistics? {
        guard let column = currentColumn else { return nil }
        return ClassStatistics(column: data.students.filter { data.isEnrolled($0.id, on: column.date) }
            .map { data.entries[CellKey(columnID: column.id, studentID: $0.id)] })
    }

    /// Statistics of the term marks that count (final, else recommended) of the students in the
    /// class on the term's last day; while the term runs a student short of marks is «мало
    /// отметок», outside N.
    var termStatistics: ClassStatistics {
        let counted = data.students.indices.filter { data.isEnrolled(data.students[$0].id, on: data.term.end) }
        return ClassStatistics(finals: counted.map { data.finals[data.students[$0].id]?.value }, recommendations: counted.map { results[$0] },
                               rules: session.settings.attestation, termRunning: session.today < data.term.end)
    }

    /// The refusal of an entry in the cursor cell when it is a day the student was not in the
    /// class (a shaded cell), or of a term mark for a student not in the class on the term's last
    /// day (he left, or his term mark is set in the class he moved to); nil elsewhere.
    var notEnrolledHere: StoreError? {
        guard let student = currentStudent, let date = isOnFinal ? data.term.end : currentColumn?.date,
              !data.isEnrolled(student.id, on: date) else {
            return nil
        }
        return .notEnrolled(studentID: student.id, date: date)
    }
}

extension ScreenAction {
    /// True for an action that neither navigates nor says anything.
    var isNone: Bool {
        if case .stay = navigation, status == nil { return true }
        return false
    }
}
