import TerminalUI

/// A list of students: moves a cursor, opens a card, takes marks typed as digits.
struct ListScreen: Screen {
    enum Command { case next, open, mark }

    var title: Message { .verbatim("Список") }
    var minimumSize = Size(width: 40, height: 10)
    var row = 0
    var typed = ""
    var ticks = 0

    var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.down, .char("j"), help: .verbatim("Следующий ученик"), command: .next),
            KeyBinding(.function(2), .enter, help: .verbatim("Открыть карточку"), bar: .verbatim("Карта"), command: .open),
            KeyBinding(.characters(Set("12345"), label: "1–5"), help: .verbatim("Поставить отметку"), command: .mark),
        ]
    }

    mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .next:
            row += 1
            return .none
        case .open:
            return .push(CardScreen(student: "Ученик \(row)"))
        case .mark:
            if case .char(let character) = key { typed.append(character) }
            return .info(.verbatim(typed.count == 1 ? "1 отметка" : "\(typed.count) отметки"))
        }
    }

    mutating func tick() -> ScreenAction {
        ticks += 1
        return .none
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put("Строка \(row)", x: 0, y: 0, style: Style(.header))
        buffer.put("Ввод: \(typed) тики: \(ticks)", x: 0, y: 1)
        buffer.put("конец", x: 0, y: buffer.height - 1)
    }
}

/// A student's card; F3 reports an error, F4 replaces it with another card, F5 quits.
struct CardScreen: Screen {
    enum Command { case fail, replace, quit }

    var student: String
    var title: Message { .verbatim("Карточка") }

    var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.function(3), help: .verbatim("Показать ошибку"), bar: .verbatim("Ошибка"), command: .fail),
            KeyBinding(.function(4), help: .verbatim("Другая карточка"), command: .replace),
            KeyBinding(.function(5), help: .verbatim("Выйти сразу"), bar: .verbatim("Стоп"), command: .quit),
        ]
    }

    mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .fail: return .error(.verbatim("Нет связи с базой"))
        case .replace: return .replace(CardScreen(student: "Другой"))
        case .quit: return .quit
        }
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put("Карточка: \(student)", x: 0, y: 0)
    }
}

/// A search prompt taking any text, so `q` and `?` are typed rather than quitting or opening help.
struct SearchScreen: Screen {
    enum Command { case type, erase }

    var query = ""
    var title: Message { .verbatim("Поиск") }

    var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.anyCharacter(label: "буквы"), help: .verbatim("Искать"), command: .type),
            KeyBinding(.backspace, help: .verbatim("Стереть"), command: .erase),
        ]
    }

    mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .type:
            if case .char(let character) = key { query.append(character) }
        case .erase:
            if !query.isEmpty { query.removeLast() }
        }
        return .none
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put("/" + query, x: 0, y: 0)
    }
}

/// A screen with more keys than a small terminal's help box shows.
struct ManyKeysScreen: Screen {
    var title: Message { .verbatim("Много") }

    var keyBindings: [KeyBinding<Int>] {
        (1...20).map { KeyBinding(.ctrl(Character(Unicode.Scalar(UInt8(96 + $0)))), help: .verbatim("Действие \($0)"), command: $0) }
    }

    mutating func perform(_ command: Int, key: Key) -> ScreenAction { .none }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {}
}

/// A page of numbered lines in a `ScrollingList`, like a report on screen: ↑ k ↓ j PgUp PgDn
/// scroll, F2 goes back to the top.
struct PageScreen: Screen {
    enum Command { case scroll(ScrollingList.Move), restart }

    var lines = (0..<30).map { "Строка \($0)" }
    var list = ScrollingList(keys: [.arrows, .letters, .pages])
    var title: Message { .verbatim("Страница") }
    var minimumSize: Size { Size(width: 20, height: 4) }

    var keyBindings: [KeyBinding<Command>] {
        list.keyBindings(Command.scroll) + [KeyBinding(.function(2), help: .verbatim("В начало"), bar: .verbatim("Начало"), command: .restart)]
    }

    mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .scroll(let move): list.scroll(move, count: lines.count)
        case .restart: list.scroll(.top, count: lines.count)
        }
        return .none
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        list.drawPage(lines, into: &buffer) { index, _ in index == 0 ? Style(.header, .bold) : .normal }
    }
}
