import TerminalUI
import ZhurnalCore

/// The words of the movement report and of the class teacher's report's movement section,
/// Russian and English.
enum MovementLabel {
    case title, allClasses, className, atStart, arrived, transferredIn, left, transferredOut, atEnd, total
    case byReason, noReason, noMovements, order, days(LocalDate, LocalDate)
    /// One movement as a line's word: «прибытие», «выбытие», «перевод в 7Б», «перевод из 7А».
    case event(MovementReport.Event)

    func text(_ language: Language) -> String {
        let pair: (ru: String, en: String)
        switch self {
        case .title: pair = ("Движение учащихся", "Movement of students")
        case .allClasses: pair = ("все классы", "all classes")
        case .className: pair = ("Класс", "Class")
        case .atStart: pair = ("На начало", "At start")
        case .arrived: pair = ("Прибыло", "Arrived")
        case .transferredIn: pair = ("Переведено в", "Moved in")
        case .left: pair = ("Выбыло", "Left")
        case .transferredOut: pair = ("Переведено из", "Moved out")
        case .atEnd: pair = ("На конец", "At end")
        case .total: pair = ("Итого", "Total")
        case .byReason: pair = ("Выбыли по причинам", "Left by reason")
        case .noReason: pair = ("причина не указана", "no reason given")
        case .noMovements: pair = ("Движения учащихся не было", "No movement of students")
        case .order: pair = ("приказ", "order")
        case .days(let from, let to):
            pair = ("На начало — \(from.russian), на конец — \(to.russian)", "At start: \(from.russian); at end: \(to.russian)")
        case .event(let event):
            switch event.kind {
            case .arrive: pair = ("прибытие", "arrived")
            case .leave: pair = ("выбытие", "left")
            case .transfer where event.outgoing: pair = ("перевод в \(event.otherClass)", "moved to \(event.otherClass)")
            case .transfer: pair = ("перевод из \(event.otherClass)", "moved from \(event.otherClass)")
            case .rename: pair = ("новое имя", "renamed")
            }
        }
        return language == .ru ? pair.ru : pair.en
    }
}
