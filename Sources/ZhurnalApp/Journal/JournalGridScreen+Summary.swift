import ZhurnalCore

/// The way from the grid to the class's summary sheet for the grid's term.
extension JournalGridScreen {
    /// Opens the summary of the grid's class over all subjects for the grid's term.
    func openClassSummary() -> ScreenAction {
        let builder = SummaryBuilder(journal: session.journal, settings: session.settings, today: session.today)
        do {
            return .push(ClassSummaryScreen(summary: try builder.classSummary(className: pair.className,
                                                                              period: .term(data.term.number))))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }
}
