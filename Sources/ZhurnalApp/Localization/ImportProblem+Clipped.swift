import ZhurnalStore

extension ImportProblem {
    /// The most characters of a value from a file a message echoes; longer ones end with `…`.
    static let echoLimit = 80

    /// The problem with every value it echoes from the file cut to `echoLimit` characters.
    var clipped: ImportProblem {
        let cut = Self.clip
        switch self {
        case .missingValue, .controlCharacter, .fieldCount, .emptyTopic, .movementRefused: return self
        case .badDate(let text): return .badDate(cut(text))
        case .unknownWork(let text): return .unknownWork(cut(text))
        case .badWeight(let text): return .badWeight(cut(text))
        case .badEntry(let text): return .badEntry(cut(text))
        case .badFinalMark(let text): return .badFinalMark(cut(text))
        case .badTerm(let text): return .badTerm(cut(text))
        case .unknownClass(let text): return .unknownClass(cut(text))
        case .unknownSubject(let text): return .unknownSubject(cut(text))
        case .unknownStudent(let name, let className): return .unknownStudent(name: cut(name), className: cut(className))
        case .ambiguousStudent(let name, let className): return .ambiguousStudent(name: cut(name), className: cut(className))
        case .duplicateCell(let student, let date, let work): return .duplicateCell(student: cut(student), date: cut(date), work: cut(work))
        case .duplicateStudent(let text): return .duplicateStudent(cut(text))
        case .dateOutsideCalendar(let text): return .dateOutsideCalendar(cut(text))
        case .badScore(let text): return .badScore(cut(text))
        case .badExternalMark(let text): return .badExternalMark(cut(text))
        case .noColumn(let date, let work): return .noColumn(date: cut(date), work: cut(work))
        case .noRubric(let date, let work): return .noRubric(date: cut(date), work: cut(work))
        case .unknownCriterion(let text): return .unknownCriterion(cut(text))
        case .badPoints(let text): return .badPoints(cut(text))
        case .badHours(let text): return .badHours(cut(text))
        case .badRoles(let text): return .badRoles(cut(text))
        case .duplicateLogin(let text): return .duplicateLogin(cut(text))
        case .duplicatePair(let className, let subject): return .duplicatePair(className: cut(className), subject: cut(subject))
        case .badCalendarKind(let text): return .badCalendarKind(cut(text))
        case .badNumber(let text): return .badNumber(cut(text))
        case .badGrades(let text): return .badGrades(cut(text))
        case .endBeforeStart(let start, let end): return .endBeforeStart(start: cut(start), end: cut(end))
        case .badTerms(let grades): return .badTerms(grades: cut(grades))
        case .overlappingGrades(let text): return .overlappingGrades(cut(text))
        case .badWeekday(let text): return .badWeekday(cut(text))
        case .badLesson(let text): return .badLesson(cut(text))
        case .duplicateLesson(let className, let weekday, let lesson):
            return .duplicateLesson(className: cut(className), weekday: weekday, lesson: lesson)
        case .planNumber(let expected, let found): return .planNumber(expected: expected, found: cut(found))
        case .badEvent(let text): return .badEvent(cut(text))
        }
    }

    /// `text` cut to `echoLimit` characters with `…`.
    static func clip(_ text: String) -> String {
        text.count > echoLimit ? String(text.prefix(echoLimit)) + "…" : text
    }
}
