import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The outcome catalogue in the settings (F9 → F6): outcomes added and edited through
/// keystrokes and read back from the file; a code is never changed; an outcome in use is not
/// deleted.
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
        #expect(shell.frame[3].contains("Результатов ещё нет: F3 — добавить"))
        shell.type("<F3>П1<tab>дроби\r")
        #expect(shell.status?.text.text(.ru) == "Результат П1 сохранён")
        shell.type("<F3>Р1<tab>самоконтроль<tab><C-u>рег\r")
        shell.type("<F3>К1<tab>работа в паре<tab><C-u>comm\r")
        shell.type("<F3>Л1<tab>ответственность<tab><C-u>л\r")
        #expect(Array(shell.frame[3...6]).map { $0.trimmingCharacters(in: .whitespaces) } == [
            "К1     работа в паре · метапредметный: коммуникативные УУД",
            "Л1     ответственность · личностный",
            "П1     дроби · предметный",
            "Р1     самоконтроль · метапредметный: регулятивные УУД",
        ])
        // An ambiguous type («п»: предметный, познавательные, personal) is refused.
        shell.type("<F3>П2<tab>схемы<tab><C-u>п\r")
        #expect(shell.status?.text.text(.ru) == "Тип: предметный, регулятивные, познавательные, коммуникативные или личностный")
        shell.type("<C-u>поз\r")
        // Edit П1 (the third line): a new name and type; the code stays.
        shell.type("<down><down>\r<tab><C-u>обыкновенные дроби<tab><C-u>cogn<tab><C-u>П9\r")
        #expect(shell.status?.text.text(.ru) == "Код результата не меняется: добавьте новый результат (F3)")
        shell.type("<C-u>П1\r")
        shell.type("<F3>П1<tab>ещё раз\r")
        #expect(shell.status?.text.text(.ru) == "Результат П1 уже есть в каталоге")
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
        shell.type("<F8>y")
        #expect(shell.status?.text.text(.ru) == "Результат П1 используется (колонок: 1, критериев: 0) — удалить нельзя")
        shell.type("<down><F8>y")
        #expect(shell.status?.text.text(.en) == "Outcome П2 is in use (columns: 0, criteria: 1) and cannot be deleted")
        shell.type("<down><F8>y")
        #expect(shell.status?.text.text(.ru) == "«П3» удалено")
        #expect(try Journal(path: fixture.path, readOnly: true).outcomes().map(\.code) == ["П1", "П2"])
    }
}
