import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The outcome catalogue in the settings (F9 → F6): outcomes added and edited through
/// keystrokes and read back from the file; a code is never changed; an outcome in use is not
/// deleted.
///
/// The list, its selection, the form on top and the status (kind and message) are asserted on
/// the screens and the journal; two golden lines are kept on purpose, each marked so.
@Suite struct OutcomeCatalogueTests {
    let scratch = ScratchFolder()

    private func catalogue(_ fixture: GridFixture) -> AppShell {
        var shell = AppShell(root: SettingsScreen(session: fixture.session), size: Size(width: 100, height: 30),
                             context: DrawContext(language: .ru))
        shell.type("<F6>")
        return shell
    }

    @Test func addsAndEditsOutcomesOfEveryType() throws {
        let fixture = try GridFixture(scratch)
        var shell = catalogue(fixture)
        #expect(shell.depth == 2)
        #expect(shell.outcomeList?.items.isEmpty == true)
        shell.type("<F3>")
        #expect((shell.top as? OutcomeFormScreen)?.outcome == nil)
        shell.type("П1<tab>дроби\r")
        #expect(shell.status == .info(.catalogue(.outcomeSaved("П1"))))
        #expect(shell.outcomeList != nil)
        shell.type("<F3>Р1<tab>самоконтроль<tab><C-u>рег\r")
        shell.type("<F3>К1<tab>работа в паре<tab><C-u>comm\r")
        shell.type("<F3>Л1<tab>ответственность<tab><C-u>л\r")
        // The list is read again after each save, in code order, each with its type.
        let list = try #require(shell.outcomeList)
        #expect(list.items.map(\.code) == ["К1", "Л1", "П1", "Р1"])
        #expect(list.items.map(\.type) == [.communicative, .personal, .subject, .regulatory])
        #expect(list.selected == 0)
        // Golden lines kept on purpose: how a cross-subject and a personal outcome read in the list.
        #expect(shell.frame[3].trimmingCharacters(in: .whitespaces) == "К1     работа в паре · метапредметный: коммуникативные УУД")
        #expect(shell.frame[4].trimmingCharacters(in: .whitespaces) == "Л1     ответственность · личностный")
        // An ambiguous type («п»: предметный, познавательные, personal) is refused.
        shell.type("<F3>П2<tab>схемы<tab><C-u>п\r")
        #expect(shell.status == .error(.catalogue(.badType)))
        #expect(shell.depth == 3)
        shell.type("<C-u>поз\r")
        #expect(shell.status == .info(.catalogue(.outcomeSaved("П2"))))
        // Edit П1 (the third line): a new name and type; the code stays.
        shell.type("<down><down>")
        #expect(shell.outcomeList?.selected == 2)
        shell.type("\r")
        #expect((shell.top as? OutcomeFormScreen)?.outcome == Outcome(code: "П1", name: "дроби", type: .subject))
        shell.type("<tab><C-u>обыкновенные дроби<tab><C-u>cogn<tab><C-u>П9\r")
        #expect(shell.status == .error(.catalogue(.codeFixed)))
        #expect(shell.depth == 3)
        shell.type("<C-u>П1\r")
        #expect(shell.status == .info(.catalogue(.outcomeSaved("П1"))))
        shell.type("<F3>П1<tab>ещё раз\r")
        #expect(shell.status == .error(.catalogue(.outcomeExists("П1"))))
        shell.type("<esc>")
        let stored = try Journal(path: fixture.path, readOnly: true).outcomes()
        #expect(stored == [
            Outcome(code: "К1", name: "работа в паре", type: .communicative),
            Outcome(code: "Л1", name: "ответственность", type: .personal),
            Outcome(code: "П1", name: "обыкновенные дроби", type: .cognitive),
            Outcome(code: "П2", name: "схемы", type: .cognitive),
            Outcome(code: "Р1", name: "самоконтроль", type: .regulatory),
        ])
    }

    @Test func anOutcomeInUseIsNotDeleted() throws {
        let fixture = try GridFixture(scratch)
        try fixture.journal.saveOutcome(Outcome(code: "П1", name: "дроби", type: .subject))
        try fixture.journal.saveOutcome(Outcome(code: "П2", name: "уравнения", type: .subject))
        try fixture.journal.saveOutcome(Outcome(code: "П3", name: "проценты", type: .subject))
        try fixture.journal.tagColumn(fixture.columns[0].id, outcomes: ["П1"])
        try fixture.journal.saveRubric(Rubric(name: "К", criteria: [RubricCriterion(code: "1", description: "", maxPoints: 2, outcome: "П2")],
                                              scale: RubricScale(basis: .points, steps: [RubricStep(mark: 5, minimum: 2)])))
        var shell = catalogue(fixture)
        shell.type("<F8>")
        #expect(shell.outcomeList?.confirming == true)
        shell.type("y")
        #expect(shell.status == .error(.catalogue(.outcomeInUse("П1", OutcomeUsage(columns: 1, criteria: 0)))))
        #expect(shell.outcomeList?.confirming == false)
        shell.type("<down><F8>y")
        #expect(shell.status == .error(.catalogue(.outcomeInUse("П2", OutcomeUsage(columns: 0, criteria: 1)))))
        #expect(shell.outcomeList?.items.map(\.code) == ["П1", "П2", "П3"])
        shell.type("<down><F8>y")
        #expect(shell.status == .info(.catalogue(.deleted("П3"))))
        #expect(shell.outcomeList?.items.map(\.code) == ["П1", "П2"])
        #expect(shell.outcomeList?.selected == 1)
        #expect(try Journal(path: fixture.path, readOnly: true).outcomes().map(\.code) == ["П1", "П2"])
    }
}
