import Foundation

/// The key table of a yes/no question on the status line: `y` (or `д`, `l` — the same key on a
/// Russian layout) says yes; Esc, Enter or any other character says no.
public enum ConfirmationKeys {
    /// The keys that say yes.
    public static let yes = KeyTrigger.characters(Set("yYдДlL"), label: "y д")

    /// The bindings of the question: `yes` for the yes keys, `no` for every other key.
    public static func bindings<Command>(yes: Command, no: Command) -> [KeyBinding<Command>] {
        [
            KeyBinding(Self.yes, help: .answerYes, command: yes),
            KeyBinding(.anyCharacter(label: "…"), help: .answerNo, command: no),
            KeyBinding(.escape, .enter, help: .answerNo, command: no),
        ]
    }
}
