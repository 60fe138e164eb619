import CNCursesW
import TerminalUI

/// How each colour role looks on this terminal: a colour pair plus attributes, or attributes alone
/// on a monochrome terminal (no colours, or `NO_COLOR` set).
struct ColorPalette {
    private enum Color: Int16 {
        case terminalDefault = -1
        case black = 0, red, green, yellow, blue, magenta, cyan, white
        case brightBlack = 8
    }

    /// Pair number and attributes per role, indexed by the role's raw value.
    private var looks: [(pair: Int16, attributes: attr_t)] = []

    /// Sets up colour pairs when `useColor`, else an attribute-only palette. Without
    /// `defaultColors` (`use_default_colors` failed) the terminal's default is white on black.
    init(useColor: Bool, defaultColors: Bool) {
        for role in ColorRole.allCases {
            if useColor {
                let (foreground, background, bold) = Self.colors(for: role)
                let pair = Int16(role.rawValue) + 1
                let fallback = { (color: Color, instead: Color) in color == .terminalDefault && !defaultColors ? instead : color }
                init_pair(pair, fallback(foreground, .white).rawValue, fallback(background, .black).rawValue)
                looks.append((pair, bold ? zh_a_bold() : zh_a_normal()))
            } else {
                looks.append((0, Self.monochrome(role)))
            }
        }
    }

    /// The pair and attributes for `style`.
    func look(for style: Style) -> (pair: Int16, attributes: attr_t) {
        var (pair, attributes) = looks[Int(style.role.rawValue)]
        if style.attributes.contains(.bold) { attributes |= zh_a_bold() }
        if style.attributes.contains(.reverse) { attributes |= zh_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= zh_a_underline() }
        return (pair, attributes)
    }

    /// Foreground, background and boldness of a role on a colour terminal.
    private static func colors(for role: ColorRole) -> (Color, Color, Bool) {
        switch role {
        case .normal, .border: return (.terminalDefault, .terminalDefault, false)
        case .header: return (.cyan, .terminalDefault, true)
        case .cursor: return (.black, .yellow, true)
        case .selected: return (.black, .cyan, false)
        case .mark5: return (.green, .terminalDefault, true)
        case .mark4: return (.cyan, .terminalDefault, false)
        case .mark3: return (.yellow, .terminalDefault, false)
        case .mark2: return (.red, .terminalDefault, true)
        case .muted: return (zh_colors() >= 16 ? .brightBlack : .terminalDefault, .terminalDefault, false)
        case .info: return (.green, .terminalDefault, false)
        case .warning: return (.yellow, .terminalDefault, true)
        case .error: return (.red, .terminalDefault, true)
        case .statusBar, .keyLabel: return (.black, .cyan, false)
        case .keyHint: return (.terminalDefault, .terminalDefault, true)
        case .overlay: return (.white, .blue, false)
        }
    }

    /// Attributes standing in for a role's colours on a monochrome terminal.
    private static func monochrome(_ role: ColorRole) -> attr_t {
        switch role {
        case .normal, .border, .mark4, .mark3, .info, .overlay: return zh_a_normal()
        case .header, .mark5, .warning, .keyHint: return zh_a_bold()
        case .selected, .statusBar, .keyLabel: return zh_a_reverse()
        case .cursor: return zh_a_reverse() | zh_a_bold()
        case .mark2, .error: return zh_a_bold() | zh_a_underline()
        case .muted: return zh_a_dim()
        }
    }
}
