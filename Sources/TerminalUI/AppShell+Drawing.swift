extension AppShell {
    /// Draws the whole terminal: the title line, the top screen, the status line, the
    /// function-key bar and the help overlay, or the needed size when `buffer` is smaller than the
    /// top screen allows.
    public func draw(into buffer: inout CellBuffer) {
        buffer.clear()
        guard buffer.size.contains(requiredSize) else {
            drawTooSmall(into: &buffer)
            return
        }
        let area = Self.screenArea(in: buffer.size)
        var content = CellBuffer(width: area.width, height: area.height)
        top.draw(into: &content, context: context)
        drawTitle(into: &buffer)
        buffer.draw(content, x: area.x, y: area.y)
        drawStatus(into: &buffer, y: buffer.height - 2)
        FunctionKeyBar(labels: functionKeyLabels).draw(into: &buffer, y: buffer.height - 1, context: context)
        if let help {
            help.draw(into: &buffer, area: area, title: .helpTitle(screen: top.title),
                      entries: helpEntries, context: context)
        }
    }

    /// A new buffer of the shell's size with the frame drawn.
    public func render() -> CellBuffer {
        var buffer = CellBuffer(size: size)
        draw(into: &buffer)
        return buffer
    }

    /// The function-key bar's labels: the shell's and the top screen's, the screen's winning.
    private var functionKeyLabels: [Int: Message] {
        var labels: [Int: Message] = [:]
        for entry in helpEntries {
            if let number = entry.functionKey, let label = entry.barLabel, labels[number] == nil {
                labels[number] = label
            }
        }
        return labels
    }

    /// The title line: the program's name and the titles of the open screens, the visible one
    /// last; the first ones give way to `…` when they do not fit.
    private func drawTitle(into buffer: inout CellBuffer) {
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: 1), style: Style(.statusBar))
        let banner = context.banner.map { " " + context.text($0) + " " } ?? ""
        let room = max(0, buffer.width - banner.displayWidth)
        let titles = [context.text(context.appName)] + screens.map { context.text($0.title) }
        var shown = titles[...]
        var text = " " + shown.joined(separator: " › ")
        while text.displayWidth > room, shown.count > 1 {
            shown = shown.dropFirst()
            text = " … › " + shown.joined(separator: " › ")
        }
        buffer.put(text.truncated(toWidth: room), x: 0, y: 0, style: Style(.statusBar, .bold))
        if !banner.isEmpty {
            buffer.put(banner, x: room, y: 0, style: Style(.warning, [.bold, .reverse]))
        }
    }

    private func drawStatus(into buffer: inout CellBuffer, y: Int) {
        guard let status else { return }
        let style = status.kind == .error ? Style(.error, .bold) : Style(.info)
        buffer.put((" " + context.text(status.text)).truncated(toWidth: buffer.width), x: 0, y: y, style: style)
    }

    private func drawTooSmall(into buffer: inout CellBuffer) {
        let width = buffer.width
        let lines = context.text(.terminalTooSmall).wrapped(toWidth: width)
            + context.text(.terminalSizeNeeded(needed: requiredSize, actual: buffer.size)).wrapped(toWidth: width)
        let firstRow = max(0, (buffer.height - lines.count) / 2)
        for (row, line) in lines.prefix(buffer.height).enumerated() {
            buffer.put(line, x: (width - line.displayWidth) / 2, y: firstRow + row, style: Style(.warning, .bold))
        }
    }
}
