import TerminalUI

/// A sheet of A4 paper as a grid of monospaced characters, the way `lpr` prints plain text:
/// portrait at 10 characters per inch, landscape at 12, both at 6 lines per inch, with margins.
public struct PrintPage: Equatable, Sendable {
    /// Characters per line.
    public var width: Int
    /// Lines per page.
    public var length: Int
    /// Whether the sheet is turned sideways.
    public var landscape: Bool

    /// A4 upright: 80 characters × 64 lines.
    public static let portrait = PrintPage(width: 80, length: 64, landscape: false)
    /// A4 sideways: 132 characters × 46 lines.
    public static let landscape = PrintPage(width: 132, length: 46, landscape: true)

    /// The `lpr` options that make the printer lay text out as this page does.
    public var lprOptions: [String] {
        landscape ? ["-o", "landscape", "-o", "cpi=12", "-o", "lpi=6"] : ["-o", "cpi=10", "-o", "lpi=6"]
    }
}

/// A part of a printed report with its own table header: the header is repeated at the top of
/// each of the part's pages.
public struct PrintSection: Sendable {
    public var tableHeader: [String]
    public var body: [String]

    public init(tableHeader: [String], body: [String]) {
        self.tableHeader = tableHeader
        self.body = body
    }
}

/// A report to print: heading lines repeated on every page, sections (a table header and body
/// lines each), and closing lines (signatures) kept together at the end.
public struct PrintDocument: Sendable {
    public var heading: [String]
    public var sections: [PrintSection]
    public var closing: [String]

    public init(heading: [String], sections: [PrintSection], closing: [String]) {
        self.heading = heading
        self.sections = sections
        self.closing = closing
    }

    /// A document of one section.
    public init(heading: [String], tableHeader: [String], body: [String], closing: [String]) {
        self.init(heading: heading, sections: [PrintSection(tableHeader: tableHeader, body: body)], closing: closing)
    }

    /// The document cut into pages of `page`: every line fitted to the page width, every page no
    /// longer than the page length, each page starting with its number ("page N of M", in
    /// `pageLabel`), the heading and its section's table header; pages separated by a form feed.
    public func laidOut(on page: PrintPage, pageLabel: (Int, Int) -> String) -> String {
        var pages: [[String]] = []
        for (index, section) in sections.enumerated() {
            let top = 1 + heading.count + section.tableHeader.count
            let room = max(1, page.length - top)
            let closing = index == sections.count - 1 ? self.closing : []
            var chunks: [[String]] = []
            var current: [String] = []
            for line in section.body {
                if current.count == room {
                    chunks.append(current)
                    current = []
                }
                current.append(line)
            }
            if current.count + closing.count > room, !current.isEmpty {
                chunks.append(current)
                current = []
            }
            current += closing.prefix(room)
            chunks.append(current)
            pages += chunks.map { section.tableHeader + $0 }
        }
        return pages.enumerated().map { index, lines in
            ([pageLabel(index + 1, pages.count)] + heading + lines)
                .map { $0.fitted(toWidth: page.width).trimmingTrailingSpaces() }
                .joined(separator: "\n")
        }.joined(separator: "\n\u{0C}") + "\n"
    }
}
