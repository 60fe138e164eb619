import TerminalUI
import ZhurnalCore

/// The dynamics chart of a student in a subject, drawn in text: x = dates of a term or the year
/// with month ticks, y = marks 2–5 with gridlines at the term-mark thresholds; each mark a symbol
/// by weight coloured by value, the student's running average as a half-block line, the class's
/// running average as a dotted line, term boundaries as vertical marks.
public struct DynamicsChart: Sendable {
    /// The student's lessons (only those with numeric marks are plotted).
    public var lessons: [DatedEntry]
    /// The student's running average.
    public var series: [AveragePoint]
    /// The class's running average.
    public var classSeries: [AveragePoint]
    /// The dates of the x axis.
    public var dates: ClosedRange<LocalDate>
    /// Term boundaries: the first day of each term that starts after the axis begins.
    public var boundaries: [LocalDate]
    public var thresholds: Thresholds

    public init(lessons: [DatedEntry], series: [AveragePoint], classSeries: [AveragePoint], dates: ClosedRange<LocalDate>,
                boundaries: [LocalDate], thresholds: Thresholds) {
        self.lessons = lessons
        self.series = series
        self.classSeries = classSeries
        self.dates = dates
        self.boundaries = boundaries
        self.thresholds = thresholds
    }

    /// Width of the y labels (`4.60`) and the axis.
    static let labelWidth = 5
    /// The smallest area the chart draws into; below it nothing is drawn.
    public static let minimumSize = Size(width: 16, height: 6)

    /// Draws the chart into `area` of `buffer`: the plot, then the x axis and the month labels
    /// on the last two rows. `noMarks` is written in the middle when there is no mark.
    public func draw(into buffer: inout CellBuffer, area: Rect, glyphs: ChartGlyphs, lines: LineGlyphs,
                     monthNames: [String], noMarks: String) {
        guard area.width >= Self.minimumSize.width, area.height >= Self.minimumSize.height else { return }
        let plot = Rect(x: area.x + Self.labelWidth, y: area.y, width: area.width - Self.labelWidth, height: area.height - 2)
        drawGrid(into: &buffer, plot: plot, glyphs: glyphs)
        drawAxes(into: &buffer, plot: plot, glyphs: glyphs, lines: lines, monthNames: monthNames)
        for boundary in boundaries where dates.contains(boundary) {
            let x = column(boundary, plot)
            for y in plot.y..<plot.maxY { buffer.put(String(glyphs.boundary), x: x, y: y, style: Style(.border)) }
        }
        drawLine(classSeries, into: &buffer, plot: plot, style: Style(.info)) { _ in glyphs.classLine }
        drawLine(series, into: &buffer, plot: plot, style: Style(.normal, .bold)) { sub in
            sub % 2 == 0 ? glyphs.upperHalf : glyphs.lowerHalf
        }
        var plotted = false
        for lesson in lessons where dates.contains(lesson.date) {
            for mark in lesson.marks {
                buffer.put(String(glyphs.mark(weight: lesson.weight)), x: column(lesson.date, plot),
                           y: plot.y + row(Ratio(mark), plot.height), style: Style(Self.role(mark), .bold))
                plotted = true
            }
        }
        if !plotted {
            let width = noMarks.displayWidth
            buffer.put(noMarks, x: plot.x + max(0, (plot.width - width) / 2), y: plot.y + plot.height / 2,
                       style: Style(.muted), maxWidth: plot.width)
        }
    }

    /// The colour of a mark.
    static func role(_ mark: Int) -> ColorRole {
        switch mark {
        case 5: return .mark5
        case 4: return .mark4
        case 3: return .mark3
        default: return .mark2
        }
    }

    private func drawGrid(into buffer: inout CellBuffer, plot: Rect, glyphs: ChartGlyphs) {
        var labelled: Set<Int> = []
        for hundredths in [thresholds.five, thresholds.four, thresholds.three] {
            let y = plot.y + row(Ratio(hundredths: hundredths), plot.height)
            buffer.fill(Rect(x: plot.x, y: y, width: plot.width, height: 1), with: glyphs.grid, style: Style(.muted))
            buffer.put(Thresholds.format(hundredths), x: plot.x - Self.labelWidth, y: y, style: Style(.muted))
            labelled.insert(y)
        }
        for (value, y) in [(5, plot.y), (2, plot.maxY - 1)] where !labelled.contains(y) {
            buffer.put(String(value).fitted(toWidth: 4, alignment: .right), x: plot.x - Self.labelWidth, y: y, style: Style(.muted))
        }
    }

    private func drawAxes(into buffer: inout CellBuffer, plot: Rect, glyphs: ChartGlyphs, lines: LineGlyphs,
                          monthNames: [String]) {
        let axisX = plot.x - 1
        for y in plot.y..<plot.maxY { buffer.put(String(lines.vertical), x: axisX, y: y, style: Style(.border)) }
        buffer.put(String(lines.bottomLeft), x: axisX, y: plot.maxY, style: Style(.border))
        buffer.horizontalLine(x: plot.x, y: plot.maxY, length: plot.width, glyphs: lines)
        var nextFree = plot.x
        var month = LocalDate(year: dates.lowerBound.year, month: dates.lowerBound.month, day: 1)!
        while month <= dates.upperBound {
            if month >= dates.lowerBound {
                let x = column(month, plot)
                buffer.put(String(glyphs.tick), x: x, y: plot.maxY, style: Style(.border))
                let name = monthNames.indices.contains(month.month - 1) ? monthNames[month.month - 1] : String(month.month)
                if x >= nextFree, x + name.displayWidth <= plot.maxX {
                    buffer.put(name, x: x, y: plot.maxY + 1, style: Style(.muted))
                    nextFree = x + name.displayWidth + 1
                }
            }
            month = month.month == 12 ? LocalDate(year: month.year + 1, month: 1, day: 1)!
                                      : LocalDate(year: month.year, month: month.month + 1, day: 1)!
        }
    }

    /// A running average as a step line from its first point to its last, one character per
    /// column; `symbol` gets the row in half cells (even = upper half).
    private func drawLine(_ points: [AveragePoint], into buffer: inout CellBuffer, plot: Rect, style: Style,
                          symbol: (Int) -> Character) {
        let visible = points.filter { dates.contains($0.date) }
        guard let first = visible.first, let last = visible.last else { return }
        var index = 0
        for x in column(first.date, plot)...column(last.date, plot) {
            while index + 1 < visible.count, column(visible[index + 1].date, plot) <= x { index += 1 }
            let sub = halfRow(visible[index].average, plot.height)
            buffer.put(String(symbol(sub)), x: x, y: plot.y + sub / 2, style: style)
        }
    }

    /// The column of a date: the axis's first day at the left edge, its last at the right.
    func column(_ date: LocalDate, _ plot: Rect) -> Int {
        let span = dates.upperBound.dayNumber - dates.lowerBound.dayNumber
        guard span > 0 else { return plot.x }
        let offset = min(max(date.dayNumber - dates.lowerBound.dayNumber, 0), span)
        return plot.x + (2 * offset * (plot.width - 1) + span) / (2 * span)
    }

    /// The row of a value within a plot of `height` rows: 5.00 on the top row, 2.00 on the bottom.
    func row(_ value: Ratio, _ height: Int) -> Int {
        let h = min(max(value.hundredthsHalfUp, 200), 500)
        return ((500 - h) * (height - 1) + 150) / 300
    }

    /// The row in half cells (twice the resolution), for the half-block line.
    func halfRow(_ value: Ratio, _ height: Int) -> Int {
        let h = min(max(value.hundredthsHalfUp, 200), 500)
        return ((500 - h) * (2 * height - 1) + 150) / 300
    }
}
