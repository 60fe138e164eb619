import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The school settings screen: every field shown, changes saved to the file and applied at once,
/// a wrong value refused with the field named.
@Suite struct SettingsScreenTests {
    let scratch = ScratchFolder()

    private func shell(_ fixture: GridFixture) -> AppShell {
        AppShell(root: SettingsScreen(session: fixture.session), size: Size(width: 100, height: 30),
                 context: DrawContext(language: .ru))
    }

    @Test func showsTheDefaultsOfTheRules() throws {
        let fixture = try GridFixture(scratch)
        let frame = shell(fixture).frame
        #expect(frame.contains { $0.contains("Четвертная «5» от среднего балла") && $0.contains("4.60") })
        #expect(frame.contains { $0.contains("Минимум отметок для аттестации") && $0.trimmingCharacters(in: .whitespaces).hasSuffix(" 3") })
        #expect(frame.contains { $0.contains("Риск: «2» среди последних (N из M)") && $0.contains("2 из 5") })
        #expect(frame.contains { $0.contains("Риск: падение балла не меньше") && $0.contains("0.50") })
        #expect(frame.contains { $0.contains("четверти 2026") })
    }

    /// In the English interface the fields hold English words, and saving them unchanged keeps
    /// every setting as it was.
    @Test func englishValuesInTheEnglishInterface() throws {
        let fixture = try GridFixture(scratch)
        fixture.session.language = .en
        let before = fixture.session.settings
        var shell = AppShell(root: SettingsScreen(session: fixture.session), size: Size(width: 100, height: 30),
                             context: DrawContext(language: .en))
        let frame = shell.frame
        #expect(frame.contains { $0.contains("2 of 5") })
        #expect(frame.contains { $0.contains("quarters 2026") })
        #expect(frame.contains { $0.contains(" shown") })
        #expect(frame.contains { $0.contains("CU=2; T=2; D=2; PW=2; CT=3") })
        #expect(!frame.joined().contains("показанный") && !frame.joined().contains(" из "))
        shell.type("\r")
        #expect(shell.status?.kind != .error)
        #expect(fixture.session.settings == before)
    }

    @Test func savesChangedThresholdsAndSwitchesARiskRuleOff() throws {
        let fixture = try GridFixture(scratch)
        var shell = shell(fixture)
        // Field 2 (term 5 from), then the risk average (field 12): cleared switches the rule off.
        shell.type("<tab><C-u>4.5" + String(repeating: "<tab>", count: 10) + "<C-u>\r")
        #expect(shell.frame.contains { $0.contains("Настройки сохранены") })
        #expect(fixture.session.settings.attestation.thresholds.five == 450)
        #expect(fixture.session.settings.risk.averageBelow == nil)
        let stored = try Journal(path: fixture.path, readOnly: true).schoolSettings(today: GridFixture.today)
        #expect(stored.attestation.thresholds.five == 450)
        #expect(stored.risk.averageBelow == nil)
        #expect(stored.risk.twos == 2)
    }

    @Test func refusesAWrongValueNamingTheField() throws {
        let fixture = try GridFixture(scratch)
        var shell = shell(fixture)
        shell.type("<tab><tab><C-u>4.8\r")
        #expect(shell.status?.kind == .error)
        #expect(shell.frame.contains { $0.contains("Неверное значение: Четвертная «5» от среднего балла") })
        #expect(fixture.session.settings.attestation.thresholds == .default)
        shell.type(String(repeating: "<tab>", count: 10) + "<C-u>3 из 2\r")
        #expect(shell.frame.contains { $0.contains("Неверное значение") })
        #expect(fixture.session.settings.risk.twos == 2)
    }

    /// «1 из 0» once stopped the program (a range 1…0); it is a wrong value like any other.
    @Test func noneAmongNoMarksIsAWrongValueNotACrash() throws {
        let fixture = try GridFixture(scratch)
        let before = fixture.session.settings
        var shell = shell(fixture)
        shell.type(String(repeating: "<tab>", count: 12) + "<C-u>1 из 0\r")
        #expect(shell.status?.kind == .error)
        #expect(shell.frame.contains { $0.contains("Неверное значение: Риск: «2» среди последних (N из M)") })
        shell.type("<C-u>0 из 0\r")
        #expect(shell.status?.kind == .error)
        #expect(fixture.session.settings == before)
    }

    /// Each range problem names a field of this form, except a setting the form does not edit
    /// (the objectivity highlight), which the store refuses to save instead.
    @Test func everyProblemNamesAFieldOfTheFormOrNone() throws {
        let fixture = try GridFixture(scratch)
        let labels = SettingsScreen(session: fixture.session).fields.labels
        for problem in SettingsProblem.allCases {
            if problem == .objectivityPercent {
                #expect(SettingsScreen.field(of: problem) == nil)
            } else {
                let field = try #require(SettingsScreen.field(of: problem))
                #expect(labels.contains(.journal(field)), "\(problem)")
            }
        }
        var settings = fixture.session.settings
        settings.objectivity.highlightPercent = 101
        #expect(throws: StoreError.settingsOutOfRange) { try fixture.session.updateSettings(settings) }
    }
}
