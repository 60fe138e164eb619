import Foundation

/// What the keys of a dialog do; `link` opens the screen of the dialog's link at that index.
public enum FormCommand: Sendable {
    case save, next, previous, edit, cancel, link(Int)
}

/// A key of a dialog that opens another screen on top of it (a settings dialog's sub-dialogs).
public struct FormLink {
    public let key: Key
    public let help: Message
    public let bar: Message
    /// Makes the screen to open.
    public let open: () throws -> any Screen

    public init(key: Key, help: Message, bar: Message, open: @escaping () throws -> any Screen) {
        self.key = key
        self.help = help
        self.bar = bar
        self.open = open
    }
}

/// A dialog of text fields: Tab and arrows move between fields, Enter saves, Esc cancels; its
/// links' keys open other screens.
public protocol FormScreen: Screen where Command == FormCommand {
    var fields: FormFields { get set }
    /// The screens the dialog leads to, none by default.
    var links: [FormLink] { get }
    /// Checks and saves the fields; pops the dialog on success.
    mutating func save() -> ScreenAction
    /// What the status line says when a link's screen could not be made.
    func failure(_ error: any Error) -> Message
}

extension FormScreen {
    public var links: [FormLink] { [] }

    public var keyBindings: [KeyBinding<FormCommand>] {
        links.enumerated().map { index, link in
            KeyBinding(link.key, help: link.help, bar: link.bar, command: FormCommand.link(index))
        } + [
            KeyBinding(.enter, .function(2), help: .formSave, command: .save),
            KeyBinding(.tab, .down, help: .keyNextField, command: .next),
            KeyBinding(.backTab, .up, help: .keyPreviousField, command: .previous),
            KeyBinding(.escape, help: .formCancel, command: .cancel),
        ] + fields.distinctKinds.map(\.binding) + [
            KeyBinding(.anyCharacter(label: "…"), help: .keyTypeIntoField, command: .edit),
        ]
    }

    public mutating func perform(_ command: FormCommand, key: Key) -> ScreenAction {
        switch command {
        case .next: fields.next()
        case .previous: fields.previous()
        case .edit: fields.edit(key)
        case .cancel: return .pop
        case .save: return save()
        case .link(let index):
            do {
                return ScreenAction(.push(try links[index].open()))
            } catch {
                return .error(failure(error))
            }
        }
        return .none
    }
}
