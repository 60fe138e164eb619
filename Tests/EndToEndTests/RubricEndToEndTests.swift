import Foundation
import Testing

/// Scoring a rubric in the real binary: the points typed per criterion give the total and mark
/// live, and the derived mark is in the grid and in the file.
@Suite("rubric scoring in a terminal (tmux)", .serialized)
struct RubricEndToEndTests {
    /// The demo's контрольная of 7Б Алгебра on 23.09 has the demo rubric (criteria 3, 2, 3, 2
    /// points, a percent scale 50/70/90); its first student is scored 3, 2, 2, 0 → 7 of 10 → 4.
    @Test func scoringARubricDerivesTheMarkInTheGrid() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"], width: 120, height: 36)
        let grid = try pane.openJournal()
        let student = try #require(GridText.students(grid, count: 1).first)
        // From the current (second) term on to the first: 2 → 3 → 4 → 1.
        for term in ["3 четверть", "4 четверть", "1 четверть"] {
            try pane.press("F6")
            try pane.waitFor(term)
        }
        var last = ""
        for _ in 0..<30 {
            last = try pane.screen()
            if last.contains("Столбец 23.09.2026:") { break }
            try pane.press("Left")
            usleep(100_000)
        }
        try #require(last.contains("Столбец 23.09.2026:"), "the cursor never reached the column of 23.09:\n\(last)")
        try pane.waitForCell(student, NewColumn(dayMonth: "23.09", iso: "2026-09-23"), toShow: "4")

        try pane.press("r")
        try pane.waitFor("Критерии: Контрольная работа (демо) · \(student)", "Итого: 7 из 10 · Отметка: 4")
        // Typed but not yet saved: the total and the mark follow at once.
        try pane.type("0")
        try pane.waitFor("Итого: 4 из 10 · Отметка: 2")
        try pane.press("Enter")
        try pane.waitFor("Сохранено, отметка 2")
        try pane.type("0")
        try pane.press("Enter")
        try pane.waitFor("Итого: 2 из 10 · Отметка: 2")
        try pane.press("Escape")
        try pane.waitForCell(student, NewColumn(dayMonth: "23.09", iso: "2026-09-23"), toShow: "2")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)

        let exported = try Zhurnal.exportedMarks(db).filter { line in
            guard line.hasPrefix("7Б,Алгебра,2026-09-23,") else { return false }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 7 else { return false }
            return Self.shortName(String(fields[5])) == student
        }
        #expect(exported.count == 1 && exported.first?.hasSuffix(",2") == true, "\(exported)")
        let json = try Zhurnal.run(["export", "marks", "--db", db, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let scores = try #require(object["rubric_scores"] as? [[String: Any]]).filter {
            $0["class"] as? String == "7Б" && $0["date"] as? String == "2026-09-23"
                && ($0["student"] as? String).map(Self.shortName) == student
        }
        let byCriterion = Dictionary(scores.compactMap { row in
            (row["criterion"] as? String).map { ($0, row["points"] as? Int ?? -1) }
        }) { a, _ in a }
        #expect(byCriterion["1"] == 0 && byCriterion["2"] == 0 && byCriterion["3"] == 2 && byCriterion["4"] == 0,
                "\(scores)")
    }

    /// `Абрамов Иван` → `Абрамов И.`, as the grid shows it.
    static func shortName(_ full: String) -> String {
        let name = full.split(separator: " ")
        return name.count >= 2 ? "\(name[0]) \(name[1].prefix(1))." : full
    }
}
