import TerminalUI
import ZhurnalCore

/// The way from the grid to the class's summary sheet for the grid's term.
extension JournalGridScreen {
    /// Opens the summary of the grid's class over all subjects for the grid's term.
    func openClassSummary() -> ScreenAction {
        ClassSummaryScreen.open(session: session, className: pair.className, term: data.term)
    }
}
