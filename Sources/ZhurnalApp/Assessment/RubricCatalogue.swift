import TerminalUI
import ZhurnalStore

/// The journal's rubrics as a settings catalogue: a rubric attached to a column is not deleted.
struct RubricCatalogue: Catalogue {
    /// A rubric with the number of columns it is attached to.
    struct Item {
        var stored: StoredRubric
        var columns: Int
    }

    let session: JournalSession

    var title: Message { .journal(.catalogue(.rubricsTitle)) }

    var empty: Message { .journal(.catalogue(.noRubrics)) }

    func items() throws -> [Item] {
        let counts = try session.journal.rubricColumnCounts()
        return try session.journal.rubrics().map { Item(stored: $0, columns: counts[$0.id] ?? 0) }
    }

    func line(_ item: Item) -> Message {
        let rubric = item.stored.rubric
        return .journal(.catalogue(.rubricLine(name: rubric.name, criteria: rubric.criteria.count, maximum: rubric.maximum,
                                               columns: item.columns)))
    }

    func name(_ item: Item) -> String { item.stored.rubric.name }

    func editor(_ item: Item?) throws -> any Screen {
        RubricEditorScreen(session: session, stored: item?.stored)
    }

    func delete(_ item: Item) throws -> Message? {
        guard try session.journal.deleteRubric(id: item.stored.id) else {
            let columns = try session.journal.rubricColumnCounts()[item.stored.id] ?? 0
            return .journal(.catalogue(.rubricInUse(item.stored.rubric.name, columns: columns)))
        }
        return nil
    }
}
