import Foundation
import ZhurnalCore
import ZhurnalStore

extension CommandMessage {
    /// A failed read or write of the journal at `path`, in Russian and in English.
    static func storePair(_ error: StoreError, path: String) -> (ru: String, en: String) {
        switch error {
        case .notAJournal: return ("\(path) — не журнал Zhurnal; файл не изменён", "\(path) is not a Zhurnal journal; it was left untouched")
        case .corrupt:
            return ("\(path) повреждён (не является исправной базой SQLite); файл не изменён",
                    "\(path) is damaged (not a valid SQLite database); it was left untouched")
        case .newerVersion(let found, let supported):
            return ("\(path) записан более новой версией Zhurnal (схема \(found), эта версия знает \(supported)); файл не изменён",
                    "\(path) was written by a newer Zhurnal (schema \(found), this one knows \(supported)); it was left untouched")
        case .olderVersion(let found, let supported):
            return ("у \(path) старая схема (\(found) < \(supported)); откройте его один раз с правом записи для обновления",
                    "\(path) has an older schema (\(found) < \(supported)); open it once with write access to upgrade it")
        case .noDefaultLocation:
            return ("не указан файл журнала: задайте --db ПУТЬ или ZHURNAL_DB", "no journal path: give --db PATH or set ZHURNAL_DB")
        case .fileSystem(let target, let errno):
            let reason = String(cString: strerror(errno))
            return ("\(target): \(reason)", "\(target): \(reason)")
        case .fileExists(let target):
            return ("\(target) уже существует; существующие файлы не перезаписываются", "\(target) already exists; it is never overwritten")
        case .readOnly: return ("\(path) открыт только для чтения; ничего не изменено", "\(path) is read-only; nothing was changed")
        case .noSuchColumn: return ("этого столбца уже нет", "that lesson column no longer exists")
        case .noSuchStudent: return ("этого ученика уже нет", "that student no longer exists")
        case .noSuchHistoryRecord: return ("нечего отменять или возвращать", "nothing to undo or redo")
        case .columnExists: return ("столбец уже существует", "the lesson column exists already")
        case .diskFull:
            return ("диск заполнен: \(path) не изменён; освободите место и повторите",
                    "the disk is full: \(path) was not changed; free some space and try again")
        case .busy:
            return ("\(path) занят: в него пишет другое окно или команда; ничего не изменено, повторите",
                    "\(path) is busy: another window or command is writing; nothing was changed, try again")
        case .termLocked(let term): return ("Период \(term) закрыт: изменения запрещены", "Term \(term) is locked: no changes allowed")
        case .upcomingLesson(let date):
            return ("Урок \(date.russian) ещё не наступил: отметки и пропуски — с его дня",
                    "The lesson of \(date.russian) is still to come: marks and attendance from its day on")
        case .studentHasRecords:
            return ("у ученика уже есть отметки или другие записи: список класса не изменён",
                    "the student already has marks or other records: the class list was not changed")
        case .notAllowed, .unknownStaff, .wouldLockOut: return RightText.refusal(error) ?? ("", "")
        case .notEnrolled(_, let date):
            return ("Ученик не числится в классе \(date.russian): отметки и пропуски — только в дни его обучения в классе",
                    "The student is not in this class on \(date.russian): marks and attendance only on his days in the class")
        case .entriesAfterMovement(_, let date):
            return ("У ученика есть отметки в классе после \(date.russian): сначала уберите их; ничего не изменено",
                    "The student has marks in the class after \(date.russian): clear them first; nothing was changed")
        case .movementBefore(_, let latest):
            return ("У ученика есть более позднее движение (\(latest.russian)): сначала отмените его; ничего не изменено",
                    "The student has a later movement (\(latest.russian)): undo it first; nothing was changed")
        case .alreadyEnrolled(_, let date):
            return ("Ученик уже числится в классе \(date.russian): прибытие не записано",
                    "The student is already in a class on \(date.russian): the arrival was not recorded")
        case .entriesBeforeArrival(_, let date):
            return ("У ученика есть отметки в классе до \(date.russian): сначала уберите их; ничего не изменено",
                    "The student has marks in the class before \(date.russian): clear them first; nothing was changed")
        case .yearNotOver(let end):
            guard let end else {
                return ("В календаре нет учебного года, который можно закрыть (нет верных периодов); ничего не изменено",
                        "The calendar has no school year to close (no valid terms); nothing was changed")
            }
            let from = end.adding(days: 1).russian
            return ("Учебный год идёт до \(end.russian): закрыть его можно с \(from); ничего не изменено",
                    "The school year runs until \(end.russian): it can be closed from \(from); nothing was changed")
        case .yearClosed(let copy):
            return ("Перевод на следующий учебный год не отменяется; закрытый год сохранён в файле \(copy)",
                    "Closing the school year cannot be undone; the closed year is kept in \(copy)")
        case .settingsOutOfRange:
            return ("настройка школы вне допустимых значений; ничего не сохранено", "a school setting is out of its range; nothing was saved")
        case .unexpected(let description):
            return ("\(path): непредвиденный сбой: \(description)", "\(path): unexpected failure: \(description)")
        case .damagedSetting(let name):
            return ("\(path): сохранённая настройка «\(name)» повреждена или вне допустимых значений; ничего не прочитано: восстановите журнал из резервной копии",
                    "\(path): the stored setting «\(name)» is damaged or out of range; nothing was read: restore the journal from a backup copy")
        case .sqlite(let e): return ("ошибка базы данных: \(e)", "database error: \(e)")
        }
    }
}
