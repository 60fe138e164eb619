import CNCursesW
import TerminalUI

/// Writes cell buffers to the current ncurses screen, only the cells that differ from the frame
/// painted before: the diff flush shared by the real terminal and the benchmark's pseudo-terminal.
struct CellPainter {
    let palette: ColorPalette
    /// The frame the terminal shows; nil forces a full redraw.
    var shown: CellBuffer?

    init(palette: ColorPalette) {
        self.palette = palette
    }

    /// Shows `buffer` on the current screen and refreshes it.
    mutating func paint(_ buffer: CellBuffer) {
        var text: [wchar_t] = []
        text.reserveCapacity(DisplayWidth.maxScalarsPerCell + 1)
        for run in buffer.diff(from: shown) {
            for (offset, cell) in run.cells.enumerated() {
                guard case .glyph(let character) = cell.content else { continue }
                text.removeAll(keepingCapacity: true)
                for scalar in DisplayWidth.cellScalars(character) { text.append(wchar_t(bitPattern: scalar.value)) }
                text.append(0)
                let look = palette.look(for: cell.style)
                _ = zh_put_cell(Int32(run.y), Int32(run.x + offset), text, look.attributes, look.pair)
            }
        }
        wrefresh(zh_stdscr())
        shown = buffer
    }

    /// Sets up the current screen's colours from the environment (`NO_COLOR`) and returns its palette.
    static func startColors(environment: [String: String]) -> ColorPalette {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let useColor = has_colors() && !noColor && start_color() == zh_ok()
        return ColorPalette(useColor: useColor, defaultColors: useColor && use_default_colors() == zh_ok())
    }
}
