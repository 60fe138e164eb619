import TerminalUI

/// The key table of a yes/no question on the status line: `y` (or `д`, `l` — the same key on a
/// Russian layout) says yes; Esc, Enter or any other character says no.
enum ConfirmationKeys {
    static let yes = KeyTrigger.characters(Set("yYдДlL"), label: "y д")

    static func bindings<Command>(yes: Command, no: Command) -> [KeyBinding<Command>] {
        [
            KeyBinding(Self.yes, help: .journal(.yes), command: yes),
            KeyBinding(.anyCharacter(label: "…"), help: .journal(.no), command: no),
            KeyBinding(.escape, .enter, help: .journal(.no), command: no),
        ]
    }
}
