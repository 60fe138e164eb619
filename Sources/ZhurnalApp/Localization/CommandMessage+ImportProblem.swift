import ZhurnalCore
import ZhurnalStore

extension CommandMessage {
    /// What is wrong with one row of an imported file, in Russian and in English.
    static func problemPair(_ problem: ImportProblem) -> (ru: String, en: String) {
        switch problem {
        case .missingValue(let column): return ("не заполнено «\(russianColumn(column))»", "\"\(column)\" is empty")
        case .controlCharacter(let column, let scalar):
            let code = ControlCharacters.codePoint(scalar)
            return ("в «\(russianColumn(column))» невидимый управляющий символ (\(code)), его не может быть в имени",
                    "\"\(column)\" holds an invisible control character (\(code)), which a name may not have")
        case .fieldCount(let expected, let found):
            return ("полей \(found), а в заголовке \(expected)", "\(found) fields, the header has \(expected)")
        case .badDate(let text):
            return ("«\(text)» — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)", "\"\(text)\" is not a date (YYYY-MM-DD or DD.MM.YYYY)")
        case .unknownWork(let text):
            return ("«\(text)» — такого вида работы нет в настройках школы", "\"\(text)\" is not a kind of work of this school")
        case .badWeight(let text):
            return ("вес «\(text)» — не положительное число с не более чем двумя знаками после запятой",
                    "weight \"\(text)\" is not a positive number with at most two decimals")
        case .badEntry(let text):
            return ("«\(text)» — не отметка журнала; допустимо: \(EntryError.allowed)",
                    "\"\(text)\" is not a journal entry; allowed: \(EntryError.allowed)")
        case .badFinalMark(let text):
            return ("«\(text)» — не итоговая отметка; допустимо: 1–5, н/а, осв", "\"\(text)\" is not a final mark; allowed: 1–5, н/а, осв")
        case .badTerm(let text):
            return ("«\(text)» — нет такого периода в календаре школы (или «год»)",
                    "\"\(text)\" is not a term of the school calendar (or \"year\")")
        case .badScore(let text):
            return ("«\(text)» — не балл (целое число баллов от 0 до 1000)", "\"\(text)\" is not a score (whole points, 0–1000)")
        case .badExternalMark(let text):
            return ("«\(text)» — не отметка за процедуру; допустимо: 1–5", "\"\(text)\" is not a mark of the procedure; allowed: 1–5")
        case .unknownClass(let name): return ("нет класса \(name)", "there is no class \(name)")
        case .unknownSubject(let name): return ("нет предмета «\(name)»", "there is no subject \"\(name)\"")
        case .unknownStudent(let name, let className):
            return ("в \(className) нет ученика «\(name)»", "no student \"\(name)\" in \(className)")
        case .ambiguousStudent(let name, let className):
            return ("в \(className) несколько учеников «\(name)»: добавьте отчество",
                    "\"\(name)\" is more than one student in \(className): add the middle name")
        case .duplicateCell(let student, let date, let work):
            return ("вторая отметка у \(student) за \(date) (\(work))", "a second mark for \(student) on \(date) (\(work))")
        case .duplicateStudent(let name): return ("\(name) указан дважды", "\(name) is listed twice")
        case .dateOutsideCalendar(let text): return ("\(text) вне периодов учебного года", "\(text) is outside the school year's terms")
        case .noColumn(let date, let work): return ("нет колонки «\(work)» за \(date)", "no column \(work) on \(date)")
        case .noRubric(let date, let work):
            return ("у колонки «\(work)» за \(date) нет критериев", "the column \(work) on \(date) has no rubric")
        case .unknownCriterion(let code): return ("в критериях нет критерия \(code)", "the rubric has no criterion \(code)")
        case .badPoints(let text): return ("\(text) — не баллы по этому критерию", "\(text) is not a number of points for this criterion")
        case .badHours, .badRoles, .duplicateLogin, .duplicatePair, .badCalendarKind, .badNumber, .badGrades, .endBeforeStart, .badTerms,
             .overlappingGrades, .badWeekday, .badLesson, .duplicateLesson, .planNumber, .emptyTopic:
            return (SchoolYearMessage.problem(problem, language: .ru), SchoolYearMessage.problem(problem, language: .en))
        case .badEvent, .movementRefused:
            return (MovementMessage.problem(problem, language: .ru), MovementMessage.problem(problem, language: .en))
        }
    }
}
