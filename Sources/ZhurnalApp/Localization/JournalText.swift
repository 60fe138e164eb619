import TerminalUI
import ZhurnalStore

/// The texts of the journal screens, Russian and English side by side in one table.
public enum JournalText: LocalizedText {
    /// The program's name, first on the title line.
    case appName
    case pickerTitle, pickerHint, pickerEmpty, filter, open, students(Int)
    case gridTitle(className: String, subject: String, term: TermName, from: String, to: String)
    case locked
    case keyMove, keyEnter, keyConfirm, keyClear, keyUndo, keyRedo, keyHistory, keyAddColumn, keyEditColumn
    case keyDeleteColumn, keyFinal, keyTerm, keyLock, keySearch, keyNote
    case barEdit, barAdd, barDelete, barFinal, barTerm, barLock, barHistory
    case saved(String, String), cleared(String), refused(String), termLocked(Int), termUnlocked(Int)
    case nothingToUndo, nothingToRedo, undone(ChangeSummary), redone(ChangeSummary), undoConfirm(ChangeSummary)
    case changedElsewhere(was: String, now: String)
    case readOnly, readOnlyBanner
    case reloaded, noColumns, average, count, recommended, final, stats
    case deleteConfirm(String), columnDeleted(String), columnSaved, columnFormTitle, columnNew
    case fieldDate, fieldKind, fieldWeight, fieldTopic, badDate, badKind(String), badWeight
    case finalTitle(String), fieldMark, fieldReason, badFinal, finalSaved(String), reasonNeeded
    case historyTitle(String), historyEmpty, searchPrompt, notFound(String), storeFailure(StoreError)
    case progress, quality, sou, topic, cancel, save, termStats
    case settingsTitle, barSettings, keySettings, settingsSaved, barOpen
    indirect case badSetting(JournalText)
    case setSchool, setFive, setFour, setThree, setComparison, setMinimum, setYearFive, setYearFour, setYearThree
    case setCalendar, setWeights, setRiskAverage, setRiskTwos, setRiskFall, setRiskWeeks, setRiskAbsences
    case setTrendWindow, setTrendBand
    case dynamics(ProgressScreenText)
    case keyClassSummary, summaryTitle(String)
    case keyObjectivity, barObjectivity, objectivityTitle, noProcedures
    case deputy(DeputyText)
    case attendance(AttendanceScreenText)
    case roster(RosterScreenText)
    case assessment(AssessmentScreenText)
    case catalogue(CatalogueText)
    case keySearchDone, keySearchCancel, keySearchEdit, keySearchType, keyStopWaiting, keyWhileWaiting
    case waitingToWrite(String), savedAfterWait(String), notSavedWaitStopped
    case keyTypeMark
    case keySetRecommended, recommendedTitle, recommendedQuestion(Int, Int), recommendedSet(Int), recommendedNothing
    case keyReplaceAll, keyOnlyEmpty, finalColumnHint
    case schoolYear(SchoolYearScreenText)
    case staff(StaffScreenText)
    case yearClose(YearCloseScreenText)
    /// What closing the year did, as the command line says it.
    case yearClosed(YearCloseMessage)

    /// The text in a language.
    public func text(_ language: Language) -> String {
        let t = pair
        return language == .ru ? t.0 : t.1
    }

    /// A failed read or write as a message.
    public static func failed(_ error: any Error) -> JournalText {
        .storeFailure(StoreError.classifying(error))
    }

    private var pair: (String, String) {
        switch self {
        case .appName: return ("Журнал", "Zhurnal")
        case .pickerTitle: return ("Выбор класса и предмета", "Choose a class and a subject")
        case .pickerHint: return ("Введите часть названия для отбора, Enter — открыть журнал, F3 — сводка класса, F4 — список класса, F6 — посещаемость",
                                  "Type to filter, Enter opens the journal, F3 the class summary, F4 its list, F6 its attendance")
        case .pickerEmpty: return ("В журнале ещё нет классов с предметами. F9, затем F7 — добавить класс и его предметы; или загрузите учебный план (zhurnal import curriculum, см. zhurnal --help); или запустите zhurnal demo.",
                                   "The journal has no classes with subjects yet. F9, then F7 adds a class and its subjects; or import a curriculum (zhurnal import curriculum, see zhurnal --help); or run zhurnal demo.")
        case .filter: return ("Отбор", "Filter")
        case .open: return ("Открыть журнал", "Open the journal")
        case .students(let n): return ("\(n) " + Plural.russian(n, one: "ученик", few: "ученика", many: "учеников"),
                                       "\(n) " + Plural.english(n, one: "student", other: "students"))
        case .gridTitle(let c, let s, let term, let from, let to):
            return ("\(c) · \(s) · \(term.text(.ru)) (\(from)–\(to))", "\(c) · \(s) · \(term.text(.en)) (\(from)–\(to))")
        case .locked: return ("закрыт", "locked")
        case .keyMove: return ("Перемещение по журналу", "Move around the journal")
        case .keyEnter: return ("Ввести отметку: 1–5, 5/4, н б у оп, зч нз, • (точка), осв; в «Итог» — 1–5, н/а, осв",
                                "Type an entry: 1–5, 5/4, н (n) б (b) у оп, зч нз, • (dot), осв; in «Итог» 1–5, н/а, осв")
        case .keyConfirm: return ("Сохранить и перейти вниз", "Save and move down")
        case .keyClear: return ("Очистить клетку", "Clear the cell")
        case .keyUndo: return ("Отменить последнее изменение", "Undo the last change")
        case .keyRedo: return ("Вернуть отменённое", "Redo")
        case .keyHistory: return ("История клетки", "Cell history")
        case .keyAddColumn: return ("Добавить урок (столбец)", "Add a lesson column")
        case .keyEditColumn: return ("Изменить урок: дата, вид работы, вес, тема", "Edit the column: date, kind, weight, topic")
        case .keyDeleteColumn: return ("Удалить урок", "Delete the column")
        case .keyFinal: return ("Итоговая отметка ученика за период", "The student's final term mark")
        case .keyTerm: return ("Следующий период", "Next term")
        case .keyLock: return ("Закрыть или открыть период", "Lock or unlock the term")
        case .keySearch: return ("Найти ученика", "Find a student")
        case .keyNote: return ("Перейти к первому пустому столбцу", "Go to the first empty column")
        case .barEdit: return ("Урок", "Column")
        case .barAdd: return ("Новый", "New")
        case .barDelete: return ("Удал", "Delete")
        case .barFinal: return ("Итог", "Final")
        case .barTerm: return ("Период", "Term")
        case .barLock: return ("Замок", "Lock")
        case .barHistory: return ("Истор", "History")
        case .saved(let who, let value): return ("\(who): \(value) — сохранено", "\(who): \(value) — saved")
        case .cleared(let who): return ("\(who): клетка очищена", "\(who): cell cleared")
        case .refused(let input): return ("«\(input)» — не отметка. Допустимо: 1–5, 5/4, н б у оп, зч нз, • (.), осв",
                                          "\"\(input)\" is not an entry. Allowed: 1–5, 5/4, н (n) б (b) у оп, зч нз, • (.), осв")
        case .termLocked(let n): return ("Период \(n) закрыт: изменения запрещены", "Term \(n) is locked: no changes allowed")
        case .termUnlocked(let n): return ("Период \(n) открыт для изменений", "Term \(n) is open for changes")
        case .nothingToUndo: return ("Нечего отменять", "Nothing to undo")
        case .nothingToRedo: return ("Нечего возвращать", "Nothing to redo")
        case .undone(let change): return ("Отменено: " + ChangeText.russian(change, undo: true), "Undone: " + ChangeText.english(change, undo: true))
        case .redone(let change): return ("Возвращено: " + ChangeText.russian(change, undo: false), "Redone: " + ChangeText.english(change, undo: false))
        case .undoConfirm(let change):
            return ("Отменить \(ChangeText.russianSize(change))? (y/д — да, другая клавиша — нет)",
                    "Undo \(ChangeText.englishSize(change))? (y — yes, any other key — no)")
        case .changedElsewhere(let was, let now): return ("Клетку изменили в другом окне (\(was)); сохранено ваше «\(now)», история хранит оба",
                                                          "Another window changed this cell (\(was)); yours \"\(now)\" is saved, the history keeps both")
        case .readOnly: return ("Журнал открыт только для чтения: изменения не сохраняются",
                                "The journal is open read-only: changes cannot be saved")
        case .readOnlyBanner: return ("Только чтение", "Read-only")
        case .reloaded: return ("Журнал обновлён: изменения из другого окна", "Journal refreshed: changes from another window")
        case .noColumns: return ("В этом периоде нет уроков: F3 — добавить", "No lessons in this term: F3 adds one")
        case .average: return ("Ср", "Avg")
        case .count: return ("Отм", "N")
        case .recommended: return ("Рек", "Rec")
        case .final: return ("Итог", "Fin")
        case .stats: return ("Столбец", "Column")
        case .deleteConfirm(let what): return ("Удалить урок \(what) со всеми отметками? (y/д — да, другая клавиша — нет; отмена: u)",
                                               "Delete the column \(what) with its marks? (y — yes, any other key — no; undo: u)")
        case .columnDeleted(let what): return ("Урок \(what) удалён (u — вернуть)", "Column \(what) deleted (u brings it back)")
        case .columnSaved: return ("Урок сохранён", "Column saved")
        case .columnFormTitle: return ("Урок", "Lesson column")
        case .columnNew: return ("Новый урок", "New lesson column")
        case .fieldDate: return ("Дата (ДД.ММ или ДД.ММ.ГГГГ)", "Date (DD.MM or DD.MM.YYYY)")
        case .fieldKind: return ("Вид работы", "Kind of work")
        case .fieldWeight: return ("Вес (пусто — по виду работы)", "Weight (empty: the kind's)")
        case .fieldTopic: return ("Тема", "Topic")
        case .badDate: return ("Дата не распознана: ДД.ММ или ДД.ММ.ГГГГ, в пределах периода", "Not a date in this term: DD.MM or DD.MM.YYYY")
        case .badKind(let kinds): return ("Нет такого вида работы. Есть: \(kinds)", "No such kind of work. Known: \(kinds)")
        case .badWeight: return ("Вес — положительное число, не больше двух знаков после запятой", "Weight: a positive number with at most two decimals")
        case .finalTitle(let who): return ("Итоговая отметка: \(who)", "Final mark: \(who)")
        case .fieldMark: return ("Отметка (1–5, н/а, осв; пусто — снять)", "Mark (1–5, н/а, осв; empty clears)")
        case .fieldReason: return ("Причина (если отличается от расчётной)", "Reason (when it differs from the computed one)")
        case .badFinal: return ("Итоговая отметка: 1–5, н/а или осв", "A final mark is 1–5, н/а or осв")
        case .finalSaved(let who): return ("\(who): итоговая отметка сохранена", "\(who): final mark saved")
        case .reasonNeeded: return ("Укажите причину: отметка отличается от расчётной", "Give a reason: the mark differs from the computed one")
        case .historyTitle(let what): return ("История: \(what)", "History: \(what)")
        case .historyEmpty: return ("Изменений не было", "No changes yet")
        case .searchPrompt: return ("Найти ученика: ", "Find a student: ")
        case .notFound(let text): return ("Ученик «\(text)» не найден", "No student matches \"\(text)\"")
        case .storeFailure(let error):
            let message = (CommandMessage.storePair(error, path: "журнал").ru, CommandMessage.storePair(error, path: "the journal").en)
            if error.isPolicyRefusal { return message }
            return ("Не сохранено: " + message.0, "Not saved: " + message.1)
        case .settingsTitle: return ("Настройки школы", "School settings")
        case .barSettings: return ("Настр", "Setup")
        case .barOpen: return ("Открыть", "Open")
        case .keySettings: return ("Настройки школы: пороги, минимум отметок, календарь, веса", "School settings: thresholds, minimum marks, calendar, weights")
        case .settingsSaved: return ("Настройки сохранены", "Settings saved")
        case .badSetting(let field): return ("Неверное значение: \(field.text(.ru))", "Invalid value: \(field.text(.en))")
        case .setSchool: return ("Название школы", "School name")
        case .setFive: return ("Четвертная «5» от среднего балла", "Term mark 5 from the average")
        case .setFour: return ("Четвертная «4» от", "Term mark 4 from")
        case .setThree: return ("Четвертная «3» от", "Term mark 3 from")
        case .setComparison: return ("Сравнивать средний балл: показанный (2 знака) или точный", "Compare the average: shown (2 decimals) or exact")
        case .setMinimum: return ("Минимум отметок для аттестации", "Minimum marks for attestation")
        case .setYearFive: return ("Годовая «5» от среднего четвертных", "Year mark 5 from the mean of term marks")
        case .setYearFour: return ("Годовая «4» от", "Year mark 4 from")
        case .setYearThree: return ("Годовая «3» от", "Year mark 3 from")
        case .setCalendar: return ("Календарь: четверти, триместры или полугодия, и год начала", "Calendar: quarters, trimesters or semesters, and the starting year")
        case .dynamics(let text): return text.pair
        case .keyClassSummary: return ("Сводная ведомость класса", "The class's summary sheet")
        case .summaryTitle(let name): return ("Сводная ведомость: \(name)", "Summary sheet: \(name)")
        case .keyObjectivity: return ("Объективность: внешние процедуры против журнала", "Objectivity: external procedures against the journal")
        case .barObjectivity: return ("ВПР", "Extern")
        case .objectivityTitle: return ("Объективность", "Objectivity")
        case .noProcedures: return ("Нет результатов внешних процедур: zhurnal import external ФАЙЛ",
                                    "No external results yet: zhurnal import external FILE")
        case .deputy(let text): return text.pair
        case .attendance(let text): return text.pair
        case .roster(let text): return text.pair
        case .assessment(let text): return text.pair
        case .catalogue(let text): return text.pair
        case .schoolYear(let text): return text.pair
        case .staff(let text): return text.pair
        case .yearClose(let text): return text.pair
        case .yearClosed(let message): return (message.text(.ru), message.text(.en))
        case .setRiskAverage: return ("Риск: средний балл ниже (пусто — выкл.)", "Risk: average below (empty: off)")
        case .setRiskTwos: return ("Риск: «2» среди последних (N из M)", "Risk: 2s among the last (N of M)")
        case .setRiskFall: return ("Риск: падение балла не меньше", "Risk: a fall of at least")
        case .setRiskWeeks: return ("Риск: мало отметок, недель до конца", "Risk: few marks, weeks left")
        case .setRiskAbsences: return ("Риск: пропусков больше, %", "Risk: absences over, %")
        case .setTrendWindow: return ("Тренд: окно, дней", "Trend: window, days")
        case .setTrendBand: return ("Тренд: стабилен, если изменение меньше", "Trend: stable below a change of")
        case .setWeights: return ("Веса видов работ (метка=вес; …)", "Weights of kinds of work (label=weight; …)")
        case .progress: return ("усп.", "prog.")
        case .quality: return ("кач.", "qual.")
        case .sou: return ("СОУ", "SOU")
        case .topic: return ("Тема", "Topic")
        case .termStats: return ("Период", "Term")
        case .cancel: return ("Отмена", "Cancel")
        case .save: return ("Сохранить", "Save")
        case .keySearchDone: return ("Остаться на найденном ученике", "Stay on the student found")
        case .keySearchCancel: return ("Вернуться туда, где был курсор", "Go back to where the cursor was")
        case .keySearchEdit: return ("Исправить набранное", "Edit what was typed")
        case .keySearchType: return ("Начало фамилии или имени (регистр и ё не важны)", "The start of a surname or first name (any case, ё as е)")
        case .keyStopWaiting: return ("Не ждать: отметка остаётся в клетке несохранённой, набранное после неё отбрасывается",
                                      "Stop waiting: the mark stays in the cell, not saved; keys typed after it are dropped")
        case .keyWhileWaiting: return ("Пока ждём запись, нажатия копятся и потом выполняются по порядку",
                                       "Keys pressed while waiting to write are applied in order afterwards")
        case .waitingToWrite(let typed): return ("«\(typed)»: ждём запись… (журнал занят другим окном; Esc — не ждать)",
                                                 "\"\(typed)\": waiting to write… (another window is writing; Esc stops)")
        case .savedAfterWait(let typed): return ("«\(typed)» сохранено после ожидания записи",
                                                 "\"\(typed)\" saved after waiting to write")
        case .notSavedWaitStopped: return ("Не сохранено: ожидание прервано, отметка осталась в клетке (Enter — сохранить)",
                                           "Not saved: the wait was stopped, the mark stays in the cell (Enter saves)")
        case .keyTypeMark: return ("Поле отметки: 1–5, н/а, осв; пусто — снять", "Mark field: 1–5, н/а, осв; empty clears")
        case .keySetRecommended: return ("Выставить рекомендованные итоговые всем", "Set the recommended term mark for everyone")
        case .recommendedTitle: return ("Рекомендованные всем", "Recommended for everyone")
        case .recommendedQuestion(let all, let differing):
            return ("Выставить рекомендованные: \(all) \(Plural.russian(all, one: "ученик", few: "ученика", many: "учеников")). "
                    + "У \(differing) итоговая уже выставлена иначе: y/д — заменить и их, n/н — только пустые, Esc — отмена",
                    "Set the recommended mark: \(all) \(Plural.english(all, one: "student", other: "students")). "
                    + "\(differing) already have a different term mark: y replaces those too, n fills only the empty, Esc cancels")
        case .recommendedSet(let n): return ("Выставлено рекомендованных: \(n)", "Recommended marks set: \(n)")
        case .recommendedNothing: return ("Все итоговые уже совпадают с рекомендованными", "Every term mark already is the recommended one")
        case .finalColumnHint: return ("Итог: 1–5, н/а, осв; не как «Рек» — с причиной; = — всем «Рек»",
                                       "Term mark: 1–5, н/а, осв; unlike Rec asks a reason; = gives all Rec")
        case .keyReplaceAll: return ("Выставить всем, заменив и отличающиеся", "Set for everyone, replacing the different ones")
        case .keyOnlyEmpty: return ("Выставить только тем, у кого итоговой нет", "Set only where there is no term mark")
        }
    }
}
