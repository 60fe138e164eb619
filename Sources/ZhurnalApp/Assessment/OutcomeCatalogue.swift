import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// The outcome catalogue as a settings catalogue: an outcome that tags a column or a criterion
/// is not deleted.
struct OutcomeCatalogue: Catalogue {
    let session: JournalSession

    var title: Message { .journal(.catalogue(.outcomesTitle)) }

    var empty: Message { .journal(.catalogue(.noOutcomes)) }

    func items() throws -> [Outcome] { try session.journal.outcomes() }

    func line(_ item: Outcome) -> Message {
        .journal(.catalogue(.outcomeLine(code: item.code, name: item.name, type: item.type)))
    }

    func name(_ item: Outcome) -> String { item.code }

    func editor(_ item: Outcome?) throws -> any Screen {
        OutcomeFormScreen(session: session, outcome: item)
    }

    func delete(_ item: Outcome) throws -> Message? {
        guard try session.journal.deleteOutcome(code: item.code) else {
            return .journal(.catalogue(.outcomeInUse(item.code, try session.journal.outcomeUsage(code: item.code))))
        }
        return nil
    }
}
