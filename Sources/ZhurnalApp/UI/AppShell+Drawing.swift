extension AppShell {
    /// Draws the whole terminal: the top screen, the status line, the function-key bar and the
    /// help overlay, or the needed size when `buffer` is smaller than the top screen allows.
    public func draw(into buffer: inout CellBuffer) {
        buffer.clear()
        guard buffer.size.contains(requiredSize) else {
            drawTooSmall(into: &buffer)
            return
        }
        var content = CellBuffer(width: buffer.width, height: buffer.height - 2)
        top.draw(into: &content, context: context)
        buffer.draw(content, x: 0, y: 0)
        drawStatus(into: &buffer, y: buffer.height - 2)
        FunctionKeyBar(labels: functionKeyLabels).draw(into: &buffer, y: buffer.height - 1, context: context)
        if let help {
            help.draw(into: &buffer, area: content.bounds, title: .helpTitle(screen: top.title),
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
