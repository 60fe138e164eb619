import ZhurnalCore
import ZhurnalStore

/// The one-line refusals of the staff rights, in Russian and English: each names the right needed.
enum RightText {
    /// The right's name and who has it.
    static func right(_ right: StaffRight) -> (ru: String, en: String) {
        switch right {
        case .journal:
            return ("вести журнал этого класса и предмета (учитель по нагрузке)",
                    "keep this class-subject journal (its assigned teacher)")
        case .roster:
            return ("вести список класса (классный руководитель, завуч)", "manage the class list (its class teacher, deputy head)")
        case .school:
            return ("менять настройки школы, учебный план, календарь и расписание (завуч, администратор)",
                    "edit school settings, curriculum, calendar and timetable (deputy head, administrator)")
        case .lockTerms:
            return ("закрывать и открывать периоды (завуч, администратор)", "lock and unlock terms (deputy head, administrator)")
        case .catalogue:
            return ("менять каталог рубрик и результатов (учитель, завуч)", "edit the rubric and outcome catalogue (teacher, deputy head)")
        case .staff:
            return ("менять список сотрудников (администратор)", "edit the staff list (administrator)")
        }
    }

    /// The message of a rights refusal of the store; nil for other errors.
    static func refusal(_ error: StoreError) -> (ru: String, en: String)? {
        switch error {
        case .notAllowed(let needed):
            let name = right(needed)
            return ("Нет права \(name.ru): ничего не изменено", "Not allowed: needs the right to \(name.en); nothing was changed")
        case .unknownStaff(let login):
            return ("Пользователь \(login) не в списке сотрудников журнала: доступа нет (обратитесь к администратору)",
                    "\(login) is not on the journal's staff list: no access (ask the administrator)")
        case .wouldLockOut(let login):
            return ("\(login) остался бы без права менять список сотрудников: нужен администратор с этим логином; ничего не изменено",
                    "\(login) would lose the right to edit the staff list: keep this login an administrator; nothing was changed")
        default:
            return nil
        }
    }
}
