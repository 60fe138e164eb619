extension StringProtocol {
    /// The text cut to at most `width` columns. When it is too long it ends with `ellipsis` and is
    /// exactly `width` columns: a grapheme is never split, and a wide character that would not fit
    /// whole is dropped and the gap padded with a space.
    public func truncated(toWidth width: Int, ellipsis: Character = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let room = width - ellipsis.displayWidth
        guard room >= 0 else { return String(repeating: " ", count: width) }
        var result = ""
        var used = 0
        for character in self {
            let w = character.displayWidth
            if used + w > room { break }
            result.append(character)
            used += w
        }
        result.append(ellipsis)
        return result + String(repeating: " ", count: room - used)
    }

    /// The text padded with spaces to `width` columns; text already that wide is returned as is.
    public func padded(toWidth width: Int, alignment: TextAlignment = .left) -> String {
        let gap = width - displayWidth
        guard gap > 0 else { return String(self) }
        switch alignment {
        case .left: return self + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + self
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + self + String(repeating: " ", count: gap - left)
        }
    }

    /// The text truncated with an ellipsis and padded so that it takes exactly `width` columns.
    public func fitted(toWidth width: Int, alignment: TextAlignment = .left) -> String {
        truncated(toWidth: width).padded(toWidth: width, alignment: alignment)
    }

    /// The text broken into lines of at most `width` columns: at spaces where possible, inside a
    /// word only when the word alone is too wide; explicit newlines are kept.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if candidate.displayWidth <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                var used = 0
                for character in word {
                    let w = character.displayWidth
                    if used > 0, used + w > width {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    line.append(character)
                    used += w
                }
            }
            lines.append(line)
        }
        return lines
    }
}

extension String {
    /// The string without trailing spaces.
    public func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
