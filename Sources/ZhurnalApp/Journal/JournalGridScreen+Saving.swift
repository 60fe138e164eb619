import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// A save the grid could not make yet because another window held the journal's write lock.
struct PendingSave: Equatable {
    /// What is written where.
    enum Value: Equatable {
        /// A lesson cell (nil clears it).
        case cell(Entry?)
        /// The «Итог» term mark (nil clears it).
        case final(TermMark?)
    }

    var value: Value
    var row: Int
    var column: Int
    /// The text the teacher typed, put back into the cell when the wait is given up.
    var typed: String
    /// The move the saving key asked for, made once the save lands.
    var then: JournalGridScreen.Command?
}

extension JournalGridScreen {
    /// Saves what was typed into the cursor cell, then makes the move `command` asks for. A
    /// refused entry stays in the cell, marked, until corrected or Esc; a failed save leaves the
    /// cell showing what the file holds. Either way the cursor stays and the keys typed ahead are
    /// thrown away.
    mutating func commit(then command: Command?) -> ScreenAction {
        guard !input.isEmpty else {
            if let command { navigate(command) }
            return .none
        }
        if session.isReadOnly { return .error(.journal(.readOnly)).discardingTypeAhead }
        if isOnFinal {
            guard let mark = TermMark.parse(input) else { return refuse(.journal(.badFinal)) }
            return write(.final(mark), then: command)
        }
        switch Entry.parse(input) {
        case .failure: return refuse(.journal(.refused(input)))
        case .success(let entry): return write(.cell(entry), then: command)
        }
    }

    /// Keeps the typed text in the cell, marked refused, with `message`.
    private mutating func refuse(_ message: Message) -> ScreenAction {
        inputRefused = true
        return .error(message).discardingTypeAhead
    }

    /// Writes the cursor cell now, or starts waiting when another window is writing.
    mutating func write(_ value: PendingSave.Value, then command: Command?) -> ScreenAction {
        let pending = PendingSave(value: value, row: cursor.row, column: cursor.column, typed: input, then: command)
        if case .final(let mark?) = value, results.indices.contains(cursor.row), mark != results[cursor.row].mark,
           let student = currentStudent {
            if session.isLocked(data.termLock) {
                input = ""
                return .error(.journal(.failed(StoreError.termLocked(data.term.number)))).discardingTypeAhead
            }
            // A term mark other than the recommended one needs a reason: the form asks for it.
            input = ""
            inputRefused = false
            return .push(FinalMarkScreen(session: session, grid: data, student: student,
                                         recommendation: results[cursor.row], typed: mark))
        }
        return land(pending)
    }

    /// Tries a pending save once more (on each tick while waiting); once it lands, the keys
    /// typed meanwhile are applied.
    mutating func retry(_ pending: PendingSave) -> ScreenAction {
        let action = land(pending)
        if case .waiting = mode { return action }
        guard action.status?.kind != .error else {
            typedWhileWaiting = []
            return action
        }
        let replayed = applyTypedWhileWaiting()
        if replayed.status != nil || !replayed.isNone { return replayed }
        return action.status == nil ? .info(.journal(.savedAfterWait(pending.typed.isEmpty ? "—" : pending.typed))) : action
    }

    /// Applies the keys pressed while the save waited, in order. Stops when a save waits again
    /// (the rest stay held back); after a refusal, a failure or a key that opens or closes a
    /// screen the rest are dropped, with the keys typed ahead.
    private mutating func applyTypedWhileWaiting() -> ScreenAction {
        var last = ScreenAction.none
        while !typedWhileWaiting.isEmpty {
            if case .waiting = mode { return last }
            let key = typedWhileWaiting.removeFirst()
            guard let action = handle(key) else { continue }
            if case .stay = action.navigation, action.status?.kind != .error {
                if !action.isNone { last = action }
                continue
            }
            let dropped = !typedWhileWaiting.isEmpty
            typedWhileWaiting = []
            return dropped ? action.discardingTypeAhead : action
        }
        return last
    }

    /// Gives up a waiting save: the typed text goes back into the cell, nothing is written, and
    /// the keys pressed meanwhile are dropped.
    mutating func cancelWaiting() -> ScreenAction {
        guard case .waiting(let pending) = mode else { return .none }
        mode = .normal
        typedWhileWaiting = []
        cursor.row = pending.row
        cursor.column = pending.column
        input = pending.typed
        return .error(.journal(.notSavedWaitStopped)).discardingTypeAhead
    }

    /// Saves a pending value; on a busy journal the grid waits and says so.
    private mutating func land(_ pending: PendingSave) -> ScreenAction {
        cursor.row = pending.row
        cursor.column = pending.column
        guard let student = currentStudent else { return .info(.journal(.noColumns)) }
        do {
            let message: Message?
            switch pending.value {
            case .cell(let entry):
                guard let column = currentColumn else { return .info(.journal(.noColumns)) }
                message = try saveCell(entry, column: column, student: student)
            case .final(let mark):
                try session.briefly {
                    try session.saveFinal(mark, reason: "", student: student.id, subject: data.subjectID, term: data.term)
                }
                if let mark { data.finals[student.id] = FinalMark(value: mark) } else { data.finals[student.id] = nil }
                revision = session.revision
                message = nil
            }
            mode = .normal
            input = ""
            inputRefused = false
            if let then = pending.then { navigate(then) }
            return message.map { .info($0) } ?? .none
        } catch {
            if StoreError.classifying(error) == .busy {
                mode = .waiting(pending)
                input = pending.typed
                return .info(.journal(.waitingToWrite(pending.typed)))
            }
            mode = .normal
            input = ""
            return .error(.journal(.failed(error))).discardingTypeAhead
        }
    }

    /// Saves a lesson cell and updates the averages and statistics at once; says so when another
    /// window had changed the cell meanwhile.
    private mutating func saveCell(_ entry: Entry?, column: GridData.Column, student: GridData.Student) throws -> Message? {
        let key = CellKey(columnID: column.id, studentID: student.id)
        let shown = data.entries[key]
        let before = try session.briefly {
            try session.save(entry, column: column.id, student: student.id)
        }
        data.entries[key] = entry
        revision = session.revision
        recompute(row: cursor.row)
        guard before != shown else { return nil }
        return .journal(.changedElsewhere(was: before?.description ?? "—", now: entry?.description ?? "—"))
    }

    /// Quitting saves a mark typed into the cell; a refused one, or a save still waiting, keeps
    /// the program open with its message.
    public mutating func willQuit() -> ScreenAction? {
        if case .waiting(let pending) = mode { return .info(.journal(.waitingToWrite(pending.typed))) }
        guard !input.isEmpty else { return nil }
        let action = commit(then: nil)
        if case .waiting = mode { return action }
        guard case .stay = action.navigation, input.isEmpty, action.status?.kind != .error else { return action }
        return nil
    }
}
