import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// Column widths of the grid.
enum GridLayout {
    static let numberWidth = 3
    static let cellWidth = 6
    /// Average, mark count, recommended and final mark on the right.
    static let summaryWidths = [6, 4, 4, 5]
    static var summaryWidth: Int { summaryWidths.reduce(0, +) + 1 }
    static let headerRows = 3
    static let footerRows = 2
}

extension JournalGridScreen {
    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let width = buffer.width, height = buffer.height
        let nameWidth = min(24, max(10, data.students.map { $0.shortName.displayWidth }.max() ?? 10))
        let left = GridLayout.numberWidth + 1 + nameWidth + 1
        let columnsShown = max(1, (width - left - GridLayout.summaryWidth) / GridLayout.cellWidth)
        let rowsShown = max(1, height - GridLayout.headerRows - GridLayout.footerRows)
        var view = cursor
        view.column = min(view.column, max(0, data.columns.count - 1))
        view.scrollToCursor(visibleRows: rowsShown, visibleColumns: columnsShown)

        drawTitle(into: &buffer, context: context)
        drawHeaders(into: &buffer, context: context, left: left, view: view, columnsShown: columnsShown)
        for row in 0..<rowsShown {
            let index = view.topRow + row
            guard data.students.indices.contains(index) else { break }
            drawStudent(index, y: GridLayout.headerRows + row, into: &buffer, left: left, nameWidth: nameWidth,
                        view: view, columnsShown: columnsShown, shade: Self.shade(ascii: context.glyphs == .ascii))
        }
        drawFooter(into: &buffer, context: context, y: height - GridLayout.footerRows)
    }

    private func drawTitle(into buffer: inout CellBuffer, context: DrawContext) {
        let term = data.term
        var title = context.text(.journal(.gridTitle(className: data.className, subject: data.subject,
                                                     term: data.termName,
                                                     from: term.start.dayMonth, to: term.end.dayMonth)))
        if session.isLocked(data.termLock) { title += " · 🔒 " + context.text(.journal(.locked)) }
        let used = buffer.put(title, x: 0, y: 0, style: Style(.header, .bold), maxWidth: buffer.width)
        let stats = termStatistics
        let percent = { (value: Ratio?) in value.map { $0.shown + "%" } ?? "—" }
        let summary = "\(context.text(.journal(.termStats))): \(context.text(.journal(.progress))) \(percent(stats.progress))"
            + " · \(context.text(.journal(.quality))) \(percent(stats.quality)) · \(context.text(.journal(.sou))) \(percent(stats.sou))"
        if used + 2 + summary.displayWidth <= buffer.width {
            buffer.put(summary, x: buffer.width - summary.displayWidth, y: 0, style: Style(.info))
        }
    }

    private func drawHeaders(into buffer: inout CellBuffer, context: DrawContext, left: Int, view: GridCursor, columnsShown: Int) {
        buffer.put("№".fitted(toWidth: GridLayout.numberWidth, alignment: .right), x: 0, y: 2, style: Style(.header))
        for offset in 0..<columnsShown {
            let index = view.leftColumn + offset
            guard data.columns.indices.contains(index) else { break }
            let column = data.columns[index]
            let x = left + offset * GridLayout.cellWidth
            let style = index == cursor.column ? Style(.header, .reverse) : Style(column.date > session.today ? .muted : .header)
            buffer.put(column.date.dayMonth, x: x, y: 1, style: style)
            let label = kindLabel(column, context: context) + (data.rubricColumns.contains(column.id) ? Self.rubricMarker : "")
            buffer.put(label.fitted(toWidth: GridLayout.cellWidth - 1, alignment: .center),
                       x: x, y: 2, style: index == cursor.column ? style : Style(.muted))
        }
        if data.columns.isEmpty {
            buffer.put(context.text(.journal(.noColumns)), x: left, y: 2, style: Style(.muted),
                       maxWidth: max(0, buffer.width - left - GridLayout.summaryWidth))
        }
        let labels: [JournalText] = [.average, .count, .recommended, .final]
        var x = buffer.width - GridLayout.summaryWidth + 1
        for (label, width) in zip(labels, GridLayout.summaryWidths) {
            let style = label == .final && isOnFinal ? Style(.header, .reverse) : Style(.header)
            buffer.put(context.text(.journal(label)).fitted(toWidth: width - 1, alignment: .right), x: x, y: 2, style: style)
            x += width
        }
    }

    /// The column's kind label with its weight when that is not the kind's, e.g. `К` or `С1.5`.
    func kindLabel(_ column: GridData.Column, context: DrawContext) -> String {
        let kind = session.settings.kinds.kind(code: column.kindCode)
        let label = (context.language == .ru ? kind?.shortRu : kind?.shortEn) ?? String(column.kindCode.prefix(2))
        guard let weight = column.weightOverride, weight != kind?.weight else { return label }
        return label + weight.description
    }

    /// What a cell shows on a day the student was not in the class: hatched, `░░░░░` (`/////`).
    static func shade(ascii: Bool) -> String {
        String(repeating: ascii ? "/" : "░", count: GridLayout.cellWidth - 1)
    }

    private func drawStudent(_ index: Int, y: Int, into buffer: inout CellBuffer, left: Int, nameWidth: Int,
                             view: GridCursor, columnsShown: Int, shade: String) {
        let student = data.students[index]
        let selected = index == cursor.row
        // A student no longer in the class (as of today, or the term's end) is dimmed.
        let present = data.isEnrolled(student.id, on: min(session.today, data.term.end))
        let nameStyle = selected ? Style(.selected, .bold) : present ? Style.normal : Style(.muted)
        buffer.put(String(index + 1).fitted(toWidth: GridLayout.numberWidth, alignment: .right), x: 0, y: y, style: Style(.muted))
        buffer.put(student.shortName.sanitized.fitted(toWidth: nameWidth), x: GridLayout.numberWidth + 1, y: y, style: nameStyle)
        if atRisk.contains(student.id) { buffer.put("!", x: GridLayout.numberWidth, y: y, style: Style(.warning, .bold)) }
        for offset in 0..<columnsShown {
            let columnIndex = view.leftColumn + offset
            guard data.columns.indices.contains(columnIndex) else { break }
            let column = data.columns[columnIndex]
            let isCursor = selected && columnIndex == cursor.column
            let entry = data.entries[CellKey(columnID: column.id, studentID: student.id)]
            let enrolled = data.isEnrolled(student.id, on: column.date)
            let text = isCursor && !input.isEmpty ? input : enrolled ? entry?.description ?? "" : shade
            let style = isCursor ? cursorStyle : enrolled ? Self.style(of: entry) : Style(.muted)
            buffer.put(text.fitted(toWidth: GridLayout.cellWidth - 1, alignment: .center),
                       x: left + offset * GridLayout.cellWidth, y: y, style: style)
            if data.notedCells.contains(CellKey(columnID: column.id, studentID: student.id)) {
                buffer.put(Self.noteMarker, x: left + offset * GridLayout.cellWidth + GridLayout.cellWidth - 2, y: y,
                           style: isCursor ? style : Style(.info))
            }
        }
        let result = results[index]
        let final = data.finals[student.id]
        var x = buffer.width - GridLayout.summaryWidth + 1
        let onFinal = selected && isOnFinal
        let cells: [(String, Style)] = [
            (result.average?.shown ?? "", style(ofAverage: result.average)),
            (String(result.markCount), Style(.muted)),
            (result.mark.description, Self.style(of: result.mark)),
            (onFinal && !input.isEmpty ? input : final?.value.description ?? "",
             onFinal ? cursorStyle : final.map { Self.style(of: $0.value).with(.bold) } ?? .normal),
        ]
        for ((text, style), width) in zip(cells, GridLayout.summaryWidths) {
            buffer.put(text.fitted(toWidth: width - 1, alignment: .right), x: x, y: y, style: style)
            x += width
        }
    }

    private func drawFooter(into buffer: inout CellBuffer, context: DrawContext, y: Int) {
        switch mode {
        case .confirmDelete:
            let what = currentColumn.map { "\($0.date.dayMonth) \(kindLabel($0, context: context))" } ?? ""
            buffer.put(context.text(.journal(.deleteConfirm(what))), x: 0, y: y, style: Style(.warning, .bold), maxWidth: buffer.width)
            return
        case .confirmUndo(let change):
            buffer.put(context.text(.journal(.undoConfirm(change))), x: 0, y: y, style: Style(.warning, .bold), maxWidth: buffer.width)
            return
        case .search(let editor, _):
            let prompt = context.text(.journal(.searchPrompt))
            let used = buffer.put(prompt, x: 0, y: y, style: Style(.header))
            editor.draw(into: &buffer, x: used, y: y, width: buffer.width - used)
            return
        case .normal, .waiting:
            break
        }
        if isOnFinal {
            let stats = termStatistics
            buffer.put(Self.joinedWhole(Self.statisticsParts(stats, title: context.text(.journal(.final)) + ":", context: context),
                                        separator: " · ", width: buffer.width), x: 0, y: y, style: Style(.info))
            buffer.put(context.text(.journal(.finalColumnHint)), x: 0, y: y + 1, style: Style(.muted), maxWidth: buffer.width)
        } else if let stats = columnStatistics, let column = currentColumn {
            let parts = Self.statisticsParts(stats, title: "\(context.text(.journal(.stats))) \(column.date.russian):", context: context)
            buffer.put(Self.joinedWhole(parts, separator: " · ", width: buffer.width), x: 0, y: y, style: Style(.info))
            let weight = session.weight(of: column)
            let kind = session.settings.kinds.kind(code: column.kindCode)
            let name = (context.language == .ru ? kind?.nameRu : kind?.nameEn) ?? column.kindCode
            let topic = column.topic.isEmpty ? "" : " · \(context.text(.journal(.topic))): \(column.topic.sanitized)"
            let homework = column.homework.isEmpty ? ""
                : " · \(context.text(.journal(.schoolYear(.homework)))): \(column.homework.sanitized)"
            buffer.put("\(name), ×\(weight)\(topic)\(homework)", x: 0, y: y + 1, style: Style(.muted), maxWidth: buffer.width)
        }
    }

    /// A statistics line in parts: the counts of each mark after `title`, then успеваемость,
    /// качество and СОУ.
    static func statisticsParts(_ stats: ClassStatistics, title: String, context: DrawContext) -> [String] {
        let percent = { (value: Ratio?) in value.map { $0.shown + "%" } ?? "—" }
        return ["\(title) «5» \(stats.n5) «4» \(stats.n4) «3» \(stats.n3) «2» \(stats.n2)",
                "\(context.text(.journal(.progress))) \(percent(stats.progress))",
                "\(context.text(.journal(.quality))) \(percent(stats.quality))",
                "\(context.text(.journal(.sou))) \(percent(stats.sou))"]
    }

    /// The cursor cell's style: marked as an error while it holds refused text.
    private var cursorStyle: Style { inputRefused ? Style(.error, [.bold, .reverse]) : Style(.cursor, .reverse) }

    /// `parts` joined while whole ones fit in `width`: a line never ends inside a number.
    static func joinedWhole(_ parts: [String], separator: String, width: Int) -> String {
        var line = ""
        for part in parts {
            let next = line.isEmpty ? part : line + separator + part
            guard next.displayWidth <= width else { break }
            line = next
        }
        return line.isEmpty ? (parts.first ?? "").truncated(toWidth: width) : line
    }

    static func style(of entry: Entry?) -> Style {
        guard let first = entry?.numericMarks.first else { return Style(.muted) }
        return style(ofMark: first)
    }

    static func style(of mark: TermMark) -> Style {
        mark.numeric.map(style(ofMark:)) ?? Style(.warning)
    }

    /// The colour of the mark an average implies under the school's rules.
    func style(ofAverage average: Ratio?) -> Style {
        guard let average else { return .normal }
        let rules = session.settings.attestation
        return Self.style(ofMark: rules.thresholds.mark(for: average, comparison: rules.comparison))
    }

    static func style(ofMark mark: Int) -> Style {
        switch mark {
        case 5: return Style(.mark5)
        case 4: return Style(.mark4)
        case 3: return Style(.mark3)
        default: return Style(.mark2, .bold)
        }
    }
}

extension Style {
    /// The style with more attributes.
    func with(_ attributes: TextAttributes) -> Style {
        Style(role, self.attributes.union(attributes))
    }
}
