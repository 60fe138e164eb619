/// The texts of the class list and its movement forms (движение учащихся), Russian and English
/// side by side. A movement's line names it by a noun (прибытие, выбытие), the way the school's
/// book of orders does, whatever the student's gender.
public enum RosterScreenText: Hashable, Sendable {
    case keyRoster, barRoster, title(String), empty, headerStudent, headerMovements
    case keyArrive, barArrive, keyLeave, barLeave, keyTransfer, barTransfer, keyRename, barRename
    case arrival(date: String, order: String)
    case departure(date: String, reason: String, order: String)
    case transferOut(to: String, date: String, order: String)
    case transferIn(from: String, date: String, order: String)
    case renamed(date: String, was: String)
    case arriveTitle(String), leaveTitle(String), transferTitle(String), renameTitle(String)
    case fieldLastName, fieldFirstName, fieldMiddleName, fieldReason, fieldOrder, fieldToClass
    case fieldFirstDay, fieldLastDay, fieldFirstDayThere, fieldRenameDay
    case badDate, nameNeeded, noOtherClass, notInClass(name: String, className: String)
    case arrived(String), left(String), transferred(String, to: String), renameSaved(String)

    var pair: (String, String) {
        switch self {
        case .keyRoster: return ("Список выбранного класса и движение учащихся: прибытие, выбытие, перевод, смена ФИО",
                                 "The chosen class's list and its movements: arrivals, departures, transfers, renames")
        case .barRoster: return ("Список", "Roster")
        case .title(let name): return ("Список класса \(name) и движение учащихся", "Class \(name): students and movements")
        case .empty: return ("В классе нет учеников: F3 — прибытие нового ученика", "The class has no students: F3 records an arrival")
        case .headerStudent: return ("Ученик", "Student")
        case .headerMovements: return ("Движение", "Movements")
        case .keyArrive: return ("Прибытие нового ученика: ФИО, дата, номер приказа", "A new student arrives: names, date, order number")
        case .barArrive: return ("Прибыл", "Arrive")
        case .keyLeave: return ("Выбытие ученика: последний день, причина, номер приказа",
                                "The student leaves: his last day, the reason, the order number")
        case .barLeave: return ("Выбыл", "Leave")
        case .keyTransfer: return ("Перевод ученика в другой класс школы с даты", "Transfer the student to another class from a date")
        case .barTransfer: return ("Перев.", "Move")
        case .keyRename: return ("Смена фамилии, имени или отчества с даты (прежнее ФИО остаётся в истории)",
                                 "A new surname or name from a date (the old one stays in the history)")
        case .barRename: return ("ФИО", "Rename")
        case .arrival(let date, let order):
            return (order.isEmpty ? "прибытие \(date)" : "прибытие \(date), приказ № \(order)",
                    order.isEmpty ? "arrived \(date)" : "arrived \(date), order \(order)")
        case .departure(let date, let reason, let order):
            let ru = "выбытие \(date)" + (reason.isEmpty ? "" : " (\(reason))")
            let en = "left \(date)" + (reason.isEmpty ? "" : " (\(reason))")
            return (order.isEmpty ? ru : ru + ", приказ № \(order)", order.isEmpty ? en : en + ", order \(order)")
        case .transferOut(let to, let date, let order):
            return (order.isEmpty ? "перевод в \(to) с \(date)" : "перевод в \(to) с \(date), приказ № \(order)",
                    order.isEmpty ? "moved to \(to) from \(date)" : "moved to \(to) from \(date), order \(order)")
        case .transferIn(let from, let date, let order):
            return (order.isEmpty ? "перевод из \(from) с \(date)" : "перевод из \(from) с \(date), приказ № \(order)",
                    order.isEmpty ? "moved from \(from) on \(date)" : "moved from \(from) on \(date), order \(order)")
        case .renamed(let date, let was): return ("смена ФИО \(date) (было: \(was))", "renamed \(date) (was \(was))")
        case .arriveTitle(let name): return ("\(name) — прибытие нового ученика", "\(name): a new student arrives")
        case .leaveTitle(let who): return ("\(who) — выбытие", "\(who) leaves")
        case .transferTitle(let who): return ("\(who) — перевод в другой класс", "\(who): transfer to another class")
        case .renameTitle(let who): return ("\(who) — смена ФИО", "\(who): a new name")
        case .fieldLastName: return ("Фамилия", "Surname")
        case .fieldFirstName: return ("Имя", "First name")
        case .fieldMiddleName: return ("Отчество (если есть)", "Patronymic (if any)")
        case .fieldReason: return ("Причина (переезд, другая школа, …)", "Reason (moved away, another school, …)")
        case .fieldOrder: return ("Номер приказа", "Order number")
        case .fieldToClass: return ("В класс", "To class")
        case .fieldFirstDay: return ("Первый день в классе (ДД.ММ или ДД.ММ.ГГГГ)", "First day in the class (DD.MM or DD.MM.YYYY)")
        case .fieldLastDay: return ("Последний день в классе (ДД.ММ или ДД.ММ.ГГГГ)", "Last day in the class (DD.MM or DD.MM.YYYY)")
        case .fieldFirstDayThere: return ("Первый день в новом классе (ДД.ММ или ДД.ММ.ГГГГ)",
                                          "First day in the new class (DD.MM or DD.MM.YYYY)")
        case .fieldRenameDay: return ("С какого дня (ДД.ММ или ДД.ММ.ГГГГ)", "From the day (DD.MM or DD.MM.YYYY)")
        case .badDate: return ("Дата не распознана: ДД.ММ или ДД.ММ.ГГГГ; ничего не изменено",
                               "Not a date: DD.MM or DD.MM.YYYY; nothing changed")
        case .nameNeeded: return ("Нужны фамилия и имя; ничего не изменено", "A surname and a first name are needed; nothing changed")
        case .noOtherClass: return ("В школе нет другого класса для перевода", "The school has no other class to move to")
        case .notInClass(let name, let className):
            return ("\(name) теперь в \(className): движение записывается в списке того класса",
                    "\(name) is in \(className) now: record the movement on that class's list")
        case .arrived(let name): return ("\(name): прибытие записано", "\(name): arrival recorded")
        case .left(let name): return ("\(name): выбытие записано", "\(name): departure recorded")
        case .transferred(let name, let to): return ("\(name): перевод в \(to) записан", "\(name): transfer to \(to) recorded")
        case .renameSaved(let name): return ("\(name): новое ФИО записано", "\(name): new name recorded")
        }
    }
}
