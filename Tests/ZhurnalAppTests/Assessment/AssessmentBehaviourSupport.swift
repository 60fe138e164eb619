import TerminalUI
@testable import ZhurnalApp
import ZhurnalStore

/// What the rubric, catalogue and column-form tests read from the open screen instead of the
/// text it draws (issue 14).
extension AppShell {
    /// The rubric scoring screen, if it is on top.
    var rubricScreen: RubricScreen? { top as? RubricScreen }
    /// The settings' rubric list, if it is on top.
    var rubricList: CatalogueScreen<RubricCatalogue>? { top as? CatalogueScreen<RubricCatalogue> }
    /// The settings' outcome catalogue, if it is on top.
    var outcomeList: CatalogueScreen<OutcomeCatalogue>? { top as? CatalogueScreen<OutcomeCatalogue> }
    /// The rubric editor, if it is on top.
    var rubricEditor: RubricEditorScreen? { top as? RubricEditorScreen }
    /// The history of a cell (F4), if it is on top.
    var history: HistoryScreen? { top as? HistoryScreen }
}
