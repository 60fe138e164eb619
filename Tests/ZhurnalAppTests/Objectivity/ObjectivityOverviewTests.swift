import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore

/// The objectivity overview over several classes and subjects, built by hand:
///
/// | class | subject    | external vs journal (4 each)      | понизили | повысили | flagged |
/// |-------|------------|-----------------------------------|----------|----------|---------|
/// | 5А    | Математика | 5/5 4/4 3/3 4/4                   | 0        | 0        | no      |
/// | 5Б    | Математика | 3/5 3/4 3/3 4/4 (2 of 4 = 50 %)   | 2        | 0        | yes     |
/// | 5А    | Русский    | 4/4 5/5 3/3 2/2                   | 0        | 0        | no      |
/// | 5Б    | Русский    | 5/3 4/4 4/3 3/3 (2 of 4 = 50 %)   | 0        | 2        | yes     |
///
/// Scores per subject are on their own scale (Математика ≈ 10 per mark, Русский ≈ 1 per mark),
/// so a correlation pooled over both subjects would mean nothing: the total has none, each
/// subject has its own.
@Suite struct ObjectivityOverviewTests {
    static func group(_ className: String, _ subject: String, _ pairs: [(external: Int, journal: Int)], scale: Int)
        -> ObjectivityReport.Group {
        let participants = pairs.enumerated().map { index, pair in
            ObjectivityReport.Participant(name: "\(className) ученик \(index + 1)", score: pair.external * scale + index,
                                          externalMark: pair.external, journalMark: .mark(pair.journal),
                                          average: Ratio(hundredths: pair.journal * 100 - index * 10))
        }
        return ObjectivityReport.Group(className: className, subject: subject, term: 2, termKind: .quarter, participants: participants,
                                       figures: ObjectivityReport.Figures(participants, highlightPercent: 25))
    }

    static func report() -> ObjectivityReport {
        ObjectivityReport(procedure: "ВПР", groups: [
            group("5А", "Математика", [(5, 5), (4, 4), (3, 3), (4, 4)], scale: 10),
            group("5Б", "Математика", [(3, 5), (3, 4), (3, 3), (4, 4)], scale: 10),
            group("5А", "Русский", [(4, 4), (5, 5), (3, 3), (2, 2)], scale: 1),
            group("5Б", "Русский", [(5, 3), (4, 4), (4, 3), (3, 3)], scale: 1),
        ], highlightPercent: 25)
    }

    @Test func correlationIsPerSubjectNeverPooled() {
        let report = Self.report()
        #expect(report.figures.correlation == nil)
        #expect(report.subjects.map(\.subject) == ["Математика", "Русский"])
        #expect(report.subjects.allSatisfy { $0.figures.correlation != nil })
        #expect(report.subjects.map(\.figures.participants) == [8, 8])
        #expect(report.flaggedGroups == [1, 3])
        let json = ObjectivityJSON.report(report).rendered()
        #expect(json.contains("\"correlation\": null"))
        #expect(json.contains("\"subjects\": ["))
        #expect(json.contains("\"subject\": \"Математика\""))
        // One subject alone keeps its correlation at the top.
        let single = ObjectivityReport(procedure: "ВПР", groups: Array(Self.report().groups.prefix(2)),
                                       highlightPercent: 25)
        #expect(single.figures.correlation != nil)
        #expect(single.figures.correlation == single.subjects[0].figures.correlation)
    }

    @Test func overviewHasAClassLineASubjectLineAndTheTotal() {
        let text = ObjectivityText.report(Self.report(), language: .ru)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[2].hasPrefix("Класс"))
        #expect(lines[4].range(of: #"^5Б +Математика +4 +50\.00% ! +50\.00% +0\.00%"#, options: .regularExpression) != nil, "\(lines)")
        #expect(lines[7].range(of: #"^ +Математика +8 "#, options: .regularExpression) != nil, "\(lines)")
        #expect(lines[8].range(of: #"^ +Русский +8 "#, options: .regularExpression) != nil, "\(lines)")
        #expect(lines[9].range(of: #"^Всего по процедуре +16 .* —$"#, options: .regularExpression) != nil, "\(lines)")
        #expect(text.contains("5Б, Русский, 2 четверть"))
        #expect(text.contains("Корреляция по предметам (между разными предметами не считается): Математика "))
    }

    @Test func nJumpsToTheNextFlaggedClassAndEnterShowsItsStudents() {
        var shell = AppShell(root: ObjectivityScreen(reports: [Self.report()]), size: Size(width: 100, height: 20),
                             context: DrawContext(language: .ru, glyphs: .unicode))
        func selected() -> Int { (shell.top as? ObjectivityScreen)?.selected ?? -1 }
        #expect(selected() == 0)
        shell.handle(.char("n"))
        #expect(selected() == 1)
        shell.handle(.char("n"))
        #expect(selected() == 3)
        shell.handle(.char("n"))
        #expect(selected() == 1, "wraps to the first flagged class")
        let chosen = shell.screenLines.first { $0.contains("5Б") && $0.contains("Математика") }
        #expect(chosen != nil)
        shell.handle(.down)
        shell.handle(.down)
        #expect(selected() == 3)
        shell.handle(.enter)
        #expect(shell.top is ObjectivityGroupScreen)
        #expect(shell.screenLines.contains { $0.contains("5Б, Русский, 2 четверть") })
        #expect(shell.screenLines.contains { $0.contains("5Б ученик 1") && $0.contains("повысили") })
        shell.handle(.escape)
        #expect(selected() == 3)
    }

    @Test func nWithNothingFlaggedSaysSo() {
        let calm = ObjectivityReport(procedure: "ВПР", groups: [Self.report().groups[0], Self.report().groups[2]],
                                     highlightPercent: 25)
        var shell = AppShell(root: ObjectivityScreen(reports: [calm]), size: Size(width: 100, height: 20),
                             context: DrawContext(language: .ru, glyphs: .unicode))
        shell.handle(.char("n"))
        #expect((shell.top as? ObjectivityScreen)?.selected == 0)
        #expect(shell.render().lines().contains { $0.contains("Ни один класс не отмечен") })
    }

    /// A class's group page (Enter on the overview) scrolls through its lines, and its help calls
    /// the scrolling keys moving through the list, not «перемещение по журналу» (issue 13, item 7):
    /// the page said so before it took its keys from `ScrollingList`.
    @Test func groupPageMovesThroughTheListNotTheJournal() throws {
        var shell = AppShell(root: ObjectivityScreen(reports: [Self.report()]), size: Size(width: 100, height: 10),
                             context: DrawContext(language: .ru, glyphs: .unicode))
        shell.handle(.enter)
        let group = try #require(shell.top as? ObjectivityGroupScreen)
        #expect(group.keyBindings.prefix(4).map(\.help) == Array(repeating: .keyMoveList, count: 4))
        let help = shell.after("<F1>").screenLines
        #expect(help.contains { $0.contains("PgDn") && $0.contains("Перемещение по списку") }, "\(help)")
        #expect(!help.contains { $0.contains("Перемещение по журналу") }, "\(help)")
        let lines = ObjectivityText.group(group.group, language: .ru)
        #expect(shell.screenLines[1].contains(lines[0]))
        shell.type("<pgdn><pgdn><pgdn><pgdn>")
        #expect(shell.screenLines[7].contains(try #require(lines.last)), "\(shell.screenLines)")
        shell.type("<pgup><pgup><pgup><pgup>")
        #expect(shell.screenLines[1].contains(lines[0]))
    }

    @Test func helpListsTheNavigationKeys() {
        let screen = ObjectivityScreen(reports: [Self.report()])
        let helps = screen.keyBindings.map { $0.help }
        #expect(helps.contains(.journal(.deputy(.keyNextFlagged))))
        #expect(helps.contains(.journal(.deputy(.keyGroup))))
    }
}
