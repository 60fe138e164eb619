/// The bottom row, htop and Midnight Commander style: ten slots `F1Label F2Label … F10Label`, or
/// `1Label 2Label …` when a slot is narrower than ten columns (80 columns and less); a label
/// always leaves a blank before the next slot.
struct FunctionKeyBar {
    /// The label of each F-key that has one; the other slots show the key number only.
    let labels: [Int: Message]

    /// Draws the bar on row `y`; the tenth slot takes the columns left over.
    func draw(into buffer: inout CellBuffer, y: Int, context: DrawContext) {
        let slot = buffer.width / 10
        for number in 1...10 {
            let x = (number - 1) * slot
            let width = number == 10 ? buffer.width - x : slot
            let key = slot >= 10 ? "F\(number)" : "\(number)"
            let written = buffer.put(key, x: x, y: y, style: Style(.keyHint, .bold), maxWidth: width)
            let label = labels[number].map(context.text) ?? ""
            // One column stays blank at the slot's end, so that neighbouring labels never run together.
            let room = max(0, width - written - (number == 10 ? 0 : 1))
            buffer.put(label.fitted(toWidth: room), x: x + written, y: y, style: Style(.keyLabel))
        }
    }
}
