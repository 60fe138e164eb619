import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// «Выставить рекомендованные всем»: the term marks that would change if every student got the
/// recommended mark, and writing them in one transaction.
struct RecommendedFinals {
    /// One student's term mark before and after.
    struct Change: Equatable {
        var student: GridData.Student
        /// The term mark typed before, nil when there was none.
        var from: TermMark?
        var to: TermMark
    }

    /// Every student in the class on the term's last day whose term mark is not the recommended
    /// one, in grid order (one who left has none; one transferred gets his from the new class).
    let changes: [Change]

    init(grid: GridData, recommendations: [Recommendation]) {
        changes = zip(grid.students, recommendations).compactMap { student, recommendation in
            guard grid.isEnrolled(student.id, on: grid.term.end) else { return nil }
            let typed = grid.finals[student.id]?.value
            return typed == recommendation.mark ? nil : Change(student: student, from: typed, to: recommendation.mark)
        }
    }

    /// The students whose typed term mark differs from the recommended one: replacing them asks first.
    var differing: [Change] { changes.filter { $0.from != nil } }

    /// Writes `chosen` in one transaction: all of them or none.
    static func write(_ chosen: [Change], session: JournalSession, grid: GridData) throws {
        try session.journal.atomically {
            for change in chosen {
                try session.saveFinal(change.to, reason: "", student: change.student.id, subject: grid.subjectID, term: grid.term)
            }
        }
    }
}

/// Asks before the recommended term marks replace typed ones: lists each student whose typed
/// mark differs (was → recommended). `y`/`д` replaces them too, `n`/`н` fills only the empty ones.
struct RecommendedFinalsScreen: Screen {
    enum Command: Equatable, Sendable { case all, onlyEmpty, scroll(ScrollingList.Move), cancel }

    let session: JournalSession
    let grid: GridData
    let plan: RecommendedFinals
    var list = ScrollingList(keys: [.arrows, .letters])

    var title: Message { .journal(.recommendedTitle) }

    var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(ConfirmationKeys.yes, help: .journal(.keyReplaceAll), command: .all),
            KeyBinding(.characters(Set("nNнН"), label: "n н"), help: .journal(.keyOnlyEmpty), command: .onlyEmpty),
        ] + list.keyBindings(Command.scroll) + [
            KeyBinding(.escape, help: .journal(.cancel), command: .cancel),
        ]
    }

    mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .scroll(let move): list.scroll(move, count: plan.differing.count)
        case .cancel: return .pop
        case .all, .onlyEmpty:
            let chosen = command == .all ? plan.changes : plan.changes.filter { $0.from == nil }
            do {
                try RecommendedFinals.write(chosen, session: session, grid: grid)
            } catch {
                return .error(.journal(.failed(error)))
            }
            return ScreenAction(.pop, status: StatusMessage(.info, .journal(.recommendedSet(chosen.count))))
        }
        return .none
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let lines = context.text(.journal(.recommendedQuestion(plan.changes.count, plan.differing.count)))
            .wrapped(toWidth: max(10, buffer.width - 2))
        for (row, line) in lines.enumerated() {
            buffer.put(line, x: 1, y: row, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        }
        let top = lines.count + 1
        let shown = list.range(visible: buffer.height - top, count: plan.differing.count)
        for (row, change) in plan.differing[shown].enumerated() {
            let line = "\(change.student.fullName.sanitized): \(change.from?.description ?? "—") → \(change.to)"
            buffer.put(line, x: 3, y: top + row, maxWidth: buffer.width - 4)
        }
    }
}

extension JournalGridScreen {
    /// Gives every student the recommended term mark: at once when no typed mark differs, else
    /// after the list of those that do.
    mutating func setRecommendedForAll() -> ScreenAction {
        if session.isLocked(data.termLock) { return .error(.journal(.failed(StoreError.termLocked(data.term.number)))) }
        let plan = RecommendedFinals(grid: data, recommendations: results)
        guard !plan.changes.isEmpty else { return .info(.journal(.recommendedNothing)) }
        guard plan.differing.isEmpty else { return .push(RecommendedFinalsScreen(session: session, grid: data, plan: plan)) }
        do {
            try RecommendedFinals.write(plan.changes, session: session, grid: data)
        } catch {
            return .error(.journal(.failed(error)))
        }
        let action = reload(term: data.term)
        return action.isNone ? .info(.journal(.recommendedSet(plan.changes.count))) : action
    }
}
