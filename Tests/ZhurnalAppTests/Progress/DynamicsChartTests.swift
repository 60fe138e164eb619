import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore

/// The dynamics chart drawn on the cell buffer, compared line by line for fixed data.
@Suite struct DynamicsChartTests {
    static let months = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]

    static func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    static func lesson(_ date: String, _ mark: Int, _ weight: Int = 1) -> DatedEntry {
        DatedEntry(date: Self.date(date), entry: .mark(mark), weight: Weight(weight))
    }

    /// The chart of `lessons` over term 1 (1 Sep – 31 Oct), or over `dates` with `boundaries`.
    static func render(_ lessons: [DatedEntry], classLessons: [DatedEntry] = [], width: Int = 40, height: Int = 10,
                       ascii: Bool = false, dates: ClosedRange<LocalDate> = date("2026-09-01")...date("2026-10-31"),
                       boundaries: [LocalDate] = []) -> [String] {
        let chart = DynamicsChart(lessons: lessons, series: RunningAverage.series(lessons),
                                  classSeries: RunningAverage.series(classLessons), dates: dates, boundaries: boundaries,
                                  thresholds: .default)
        var buffer = CellBuffer(width: width, height: height)
        chart.draw(into: &buffer, area: buffer.bounds, glyphs: ascii ? .ascii : .unicode, lines: ascii ? .ascii : .unicode,
                   monthNames: months, noMarks: "нет отметок")
        return buffer.trimmedLines()
    }

    static let rising = [lesson("2026-09-02", 2), lesson("2026-09-16", 3, 2), lesson("2026-10-01", 5), lesson("2026-10-20", 5, 3)]
    static let classLessons = [lesson("2026-09-02", 4), lesson("2026-10-20", 3)]

    @Test func noMarks() {
        #expect(Self.render([]) == [
            "   5│",
            "4.60│┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "    │",
            "3.60│┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "    │            нет отметок",
            "    │",
            "2.60│┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "   2│",
            "    └┬────────────────┬─────────────────",
            "     сен              окт",
        ])
    }

    @Test func singleMark() {
        #expect(Self.render([Self.lesson("2026-09-15", 4)]) == [
            "   5│",
            "4.60│┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "    │        •",
            "3.60│┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "    │",
            "    │",
            "2.60│┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "   2│",
            "    └┬────────────────┬─────────────────",
            "     сен              окт",
        ])
    }

    /// All marks 4 with weights 1, 3 and 2: a flat line with the symbols by weight on it.
    @Test func allMarksEqual() {
        let lines = Self.render([Self.lesson("2026-09-02", 4), Self.lesson("2026-09-20", 4, 3), Self.lesson("2026-10-20", 4, 2)])
        #expect(lines[2] == "    │ •▄▄▄▄▄▄▄▄▄◆▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄●")
        #expect(lines.count == 10)
    }

    /// A 40-column window: a rising student (2 → 5) against the class line (4 → 3.50).
    @Test func fortyColumnsWithTheClassLine() {
        #expect(Self.render(Self.rising, classLessons: Self.classLessons) == [
            "   5│                 •          ◆",
            "4.60│┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "    │ ···························▄",
            "3.60│┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "    │                 ▄▄▄▄▄▄▄▄▄▄▄·",
            "    │         ●",
            "2.60│┄┄┄┄┄┄┄┄┄▀▀▀▀▀▀▀▀┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "   2│ •▄▄▄▄▄▄▄",
            "    └┬────────────────┬─────────────────",
            "     сен              окт",
        ])
    }

    @Test func asciiFallback() {
        #expect(Self.render(Self.rising, classLessons: Self.classLessons, ascii: true) == [
            "   5|                 o          #",
            "4.60|...................................",
            "    | ~~~~~~~~~~~~~~~~~~~~~~~~~~~=",
            "3.60|...................................",
            "    |                 ===========~",
            "    |         O",
            "2.60|.........========..................",
            "   2| o=======",
            "    ++----------------+-----------------",
            "     сен              окт",
        ])
    }

    /// The year at 80 columns: month ticks, term boundaries, a falling student.
    @Test func yearWithTermBoundaries() {
        let lines = Self.render([Self.lesson("2026-09-10", 5), Self.lesson("2026-11-20", 3), Self.lesson("2027-02-01", 4)],
                                width: 80, height: 14, dates: Self.date("2026-09-01")...Self.date("2027-05-31"),
                                boundaries: ["2026-11-01", "2027-01-01", "2027-04-01"].map(Self.date))
        #expect(lines == [
            "   5│  •▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀           ┆                        ┆",
            "4.60│┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┆┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┆┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┆┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "    │                 ┆               ┆                        ┆",
            "    │                 ┆               ┆                        ┆",
            "    │                 ┆    ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀•               ┆",
            "3.60│┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┆┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┆┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┆┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "    │                 ┆               ┆                        ┆",
            "    │                 ┆    •          ┆                        ┆",
            "    │                 ┆               ┆                        ┆",
            "2.60│┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┆┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┆┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┆┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
            "    │                 ┆               ┆                        ┆",
            "   2│                 ┆               ┆                        ┆",
            "    └┬───────┬────────┬───────┬───────┬────────┬──────┬────────┬───────┬────────",
            "     сен     окт      ноя     дек     янв      фев    мар      апр     май",
        ])
    }

    @Test func marksAreColouredByValue() {
        let chart = DynamicsChart(lessons: Self.rising, series: [], classSeries: [],
                                  dates: Self.date("2026-09-01")...Self.date("2026-10-31"), boundaries: [], thresholds: .default)
        var buffer = CellBuffer(width: 40, height: 10)
        chart.draw(into: &buffer, area: buffer.bounds, glyphs: .unicode, lines: .unicode, monthNames: Self.months, noMarks: "")
        #expect(buffer[6, 7].style.role == .mark2)
        #expect(buffer[22, 0].style.role == .mark5)
    }

    @Test func tooSmallAnAreaDrawsNothing() {
        #expect(Self.render(Self.rising, width: 15, height: 10).allSatisfy { $0.isEmpty })
        #expect(Self.render(Self.rising, width: 40, height: 5).allSatisfy { $0.isEmpty })
    }
}
