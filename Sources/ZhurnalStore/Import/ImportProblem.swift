import ZhurnalCore

/// Why one row of an import file was refused. The app turns it into a message in the user's
/// language as `line N: reason`.
public enum ImportProblem: Error, Equatable, Sendable {
    case missingValue(column: String)
    /// A name holds a control or bidirectional control character (see `ControlCharacters`).
    case controlCharacter(column: String, scalar: UInt32)
    case fieldCount(expected: Int, found: Int)
    case badDate(String)
    case unknownWork(String)
    case badWeight(String)
    case badEntry(String)
    case badFinalMark(String)
    case badTerm(String)
    case unknownClass(String)
    case unknownSubject(String)
    case unknownStudent(name: String, className: String)
    case ambiguousStudent(name: String, className: String)
    case duplicateCell(student: String, date: String, work: String)
    case duplicateStudent(String)
    case dateOutsideCalendar(String)
    case badScore(String)
    case badExternalMark(String)
    /// No lesson column of that date and kind of work exists.
    case noColumn(date: String, work: String)
    /// The column has no rubric attached.
    case noRubric(date: String, work: String)
    /// The column's rubric has no criterion with that code.
    case unknownCriterion(String)
    /// Points are not a whole number from 0 to the criterion's maximum.
    case badPoints(String)
    /// Hours a week are not a positive number (at most two decimals, at most 40).
    case badHours(String)
    /// A staff row's roles are not `teacher`, `class_teacher:7А`, `deputy`, `admin` (or Russian).
    case badRoles(String)
    /// The same login twice in a staff file.
    case duplicateLogin(String)
    /// The same class and subject twice in a curriculum file.
    case duplicatePair(className: String, subject: String)
    /// A calendar row's kind is neither `term` nor `holiday`.
    case badCalendarKind(String)
    /// A number is not a whole number from 1.
    case badNumber(String)
    /// Grades are not `5-9`, `7` or empty.
    case badGrades(String)
    /// The end date is before the start.
    case endBeforeStart(start: String, end: String)
    /// The terms of these grades are not numbered 1…n in date order without overlaps.
    case badTerms(grades: String)
    /// Two term tables of one file share grades.
    case overlappingGrades(String)
    /// A weekday is not 1–7 or пн…вс.
    case badWeekday(String)
    /// A lesson number is not 1–10.
    case badLesson(String)
    /// The class has two subjects in one weekday and lesson.
    case duplicateLesson(className: String, weekday: Int, lesson: Int)
    /// The plan's numbers of a class and subject do not run 1, 2, 3, … in file order.
    case planNumber(expected: Int, found: String)
    /// A plan row with neither topic nor homework.
    case emptyTopic
    /// A movement's event is not прибыл, выбыл or перевод (arrive, leave, transfer).
    case badEvent(String)
    /// The journal refused the movement (`StoreError.notEnrolled`, `.movementBefore`, …).
    case movementRefused(StoreError)
}

extension ImportProblem {
    /// A `controlCharacter` problem when `value` holds a control character, else nil.
    static func controlCharacter(in value: String, column: CSVColumn) -> ImportProblem? {
        ControlCharacters.first(in: value).map { .controlCharacter(column: column.name, scalar: $0.value) }
    }
}

/// A refused row: its physical line in the file and the reason.
public struct ImportRowError: Equatable, Sendable {
    public var line: Int
    public var problem: ImportProblem

    public init(line: Int, problem: ImportProblem) {
        self.line = line
        self.problem = problem
    }
}

/// Why an import wrote nothing.
public enum ImportFailure: Error, Equatable, Sendable {
    /// The file could not be opened or read.
    case cannotRead(path: String)
    /// The file is not readable as CSV (quotes, encoding).
    case unreadable(CSVError)
    /// The header lacks, repeats or misnames columns.
    case header(CSVHeaderError)
    /// Rows were refused; nothing was written.
    case badRows([ImportRowError])
    /// The journal refused the write; nothing was written.
    case store(StoreError)

    /// `error` from a write as an import failure.
    static func wrapping(_ error: any Error) -> ImportFailure {
        error as? ImportFailure ?? .store(StoreError.classifying(error))
    }
}
