/// The help box over the screen: every key of the top screen and the shell, scrollable with the
/// arrows, the page keys, Home and End; any other key closes it.
struct HelpOverlay: Hashable {
    /// The entries' scroll position; the overlay answers the arrows, the page keys, Home and End.
    private(set) var list = ScrollingList(keys: [.arrows, .pages, .ends])

    /// The overlay drawn in `area` after `key`, or nil when the key closes it.
    func handling(_ key: Key, entryCount: Int, area: Rect) -> HelpOverlay? {
        guard let move = list.keyBindings.first(where: { $0.trigger.matches(key) })?.command else { return nil }
        var next = self
        next.list.scroll(move, count: entryCount, visible: max(1, area.height - 2))
        return next
    }

    /// Draws the box centred in `area`.
    func draw(into buffer: inout CellBuffer, area: Rect, title: Message, entries: [KeyHelp], context: DrawContext) {
        let titleText = " \(context.text(title)) "
        let keysWidth = min(entries.map(\.keys.displayWidth).max() ?? 0, 18)
        let textWidth = entries.map { context.text($0.help).displayWidth }.max() ?? 0
        let wanted = Size(width: max(keysWidth + textWidth + 6, titleText.displayWidth + 4), height: entries.count + 2)
        let box = Rect.centered(wanted, in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        let style = Style(.overlay)
        buffer.fill(box, style: style)
        buffer.box(box, style: style, glyphs: context.glyphs)
        buffer.put(titleText, x: box.x + 2, y: box.y, style: Style(.overlay, .bold), maxWidth: box.width - 4)
        let footer = " \(context.text(.helpFooter)) "
        if footer.displayWidth <= box.width - 4 {
            buffer.put(footer, x: box.maxX - 2 - footer.displayWidth, y: box.maxY - 1, style: style)
        }
        let shown = list.filledRange(visible: box.height - 2, count: entries.count)
        for (row, entry) in entries[shown].enumerated() {
            let y = box.y + 1 + row
            let keys = entry.keys.fitted(toWidth: min(keysWidth, box.width - 4))
            let written = buffer.put(keys, x: box.x + 2, y: y, style: Style(.overlay, .bold), maxWidth: box.width - 4)
            let text = context.text(entry.help).truncated(toWidth: box.width - 6 - written)
            buffer.put(text, x: box.x + 4 + written, y: y, style: style)
        }
        if shown.lowerBound > 0 { buffer.put("↑", x: box.maxX - 1, y: box.y + 1, style: style) }
        if shown.upperBound < entries.count { buffer.put("↓", x: box.maxX - 1, y: box.maxY - 2, style: style) }
    }
}
