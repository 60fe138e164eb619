import ZhurnalCore

/// The first pass of a marks import (docs/file-formats.md:
/// `class,subject,date,work,weight,student,mark`): checks each row as the file streams by,
/// collecting the problems and the plan.
///
/// Answers are remembered by the bytes a row holds — its column fields together, then each
/// field, its class and student, its mark — so that a row repeating earlier spellings costs a few
/// lookups. A row's first problem is reported in this order: an empty class, subject, date or
/// work; an empty student; a control character in the subject; the date, the work, the weight;
/// the mark; an unknown class; the student; a second entry in the column.
struct MarksFileCheck {
    /// The columns a marks file must have, and may have.
    static let required: [CSVColumn] = [.class, .subject, .date, .work, .student, .mark]
    static let optional: [CSVColumn] = [.weight]

    private(set) var plan = MarksPlan()
    private(set) var problems: [ImportRowError] = []
    private var directory: StudentDirectory
    private var kinds: WorkKindLookup
    private let fields: Fields
    /// How many columns the header names: a row with more non-empty fields is refused.
    private let columnCount: Int
    private var spellings = ByteStringTable()
    private var key: [UInt8] = []
    private var columns = Memo<ColumnAnswer>()
    private var classes = Memo<(text: String, schoolClass: SchoolClass?)>()
    private var subjects = Memo<(text: String, problem: ImportProblem?, number: Int)>()
    private var dates = Memo<(text: String, date: LocalDate?)>()
    private var works = Memo<(text: String, kind: WorkKind?)>()
    private var weights = Memo<(text: String, weight: Weight?)>()
    private var students = Memo<StudentAnswer>()
    /// A mark's value number, -1 for an empty mark, or `-2 - n` for problem `n`.
    private var marks = Memo<Int32>()
    /// The problems answers refer to, and the classes.
    private var answerProblems: [ImportProblem] = []
    private var schoolClasses: [SchoolClass] = []
    /// Students found so far, numbered from 0 for the plan.
    private var studentNumbers: [Int: Int] = [:]

    /// Where the file's header puts each column.
    private struct Fields {
        var className, subject, date, work, student, mark: Int
        var weight: Int?
        /// The fields naming a row's column, its student (with the class), its mark.
        var column: [Int], classAndStudent: [Int], marks: [Int]

        init(_ map: CSVHeaderMap) {
            let index = { (column: CSVColumn) in map[column] ?? 0 }
            (className, subject, date, work) = (index(.class), index(.subject), index(.date), index(.work))
            (student, mark, weight) = (index(.student), index(.mark), map[.weight])
            column = [className, subject, date, work] + (weight.map { [$0] } ?? [])
            (classAndStudent, marks) = ([className, student], [mark])
        }
    }

    /// What a row's column fields say, by numbers so that it copies cheaply.
    private struct ColumnAnswer {
        enum Stage: UInt8 {
            /// A field is empty: the row's first problem.
            case missing
            /// A field is wrong: the row's problem unless its student is empty.
            case refused
            case unknownClass
            case column
        }

        var stage: Stage
        /// The problem (`answerProblems`), or the plan's column and the class (`schoolClasses`).
        var number: Int32
        var schoolClass: Int32 = -1
    }

    private struct StudentAnswer {
        var isEmpty: Bool
        /// Not looked up yet: -1; found: the student's number; else `-2 - n` for problem `n`.
        var number: Int = -1
        var id = 0
    }

    private enum Tag: UInt8 {
        case column, className, subject, date, work, weight, student, mark
    }

    /// Answers by spelling number.
    private struct Memo<Value> {
        private var values: [Value?] = []

        subscript(number: Int) -> Value? {
            get { number < values.count ? values[number] : nil }
            set {
                if number >= values.count { values += repeatElement(nil, count: number - values.count + 1) }
                values[number] = newValue
            }
        }
    }

    /// A check of rows against the journal's classes and students, read now: the check reads
    /// the journal no more and may run on another thread.
    init(journal: Journal, kinds: [WorkKind], header: CSVHeaderMap, columnCount: Int) throws {
        self.columnCount = columnCount
        directory = try StudentDirectory(journal: journal)
        try directory.loadAll()
        self.kinds = WorkKindLookup(kinds)
        fields = Fields(header)
    }

    /// The plan's new columns, values and cells since the last batch.
    mutating func takeBatch() -> MarksPlan.Batch {
        plan.takeBatch()
    }

    /// Checks one data row (not blank).
    mutating func check(_ record: CSVRecord) throws {
        if let problem = try problem(of: record) {
            problems.append(ImportRowError(line: record.line, problem: problem))
        }
    }

    private mutating func problem(of record: CSVRecord) throws -> ImportProblem? {
        if record.hasFields(beyond: columnCount) {
            return .fieldCount(expected: columnCount, found: record.count)
        }
        let column = columnAnswer(record)
        if column.stage == .missing { return answerProblems[Int(column.number)] }
        let studentNumber = spelling(.student, of: record, fields: fields.classAndStudent)
        var student = students[studentNumber] ?? StudentAnswer(isEmpty: text(record, fields.student).isEmpty)
        students[studentNumber] = student
        if student.isEmpty { return .missingValue(column: CSVColumn.student.name) }
        if column.stage == .refused { return answerProblems[Int(column.number)] }
        let markNumber = spelling(.mark, of: record, fields: fields.marks)
        let value = marks[markNumber] ?? markValue(text(record, fields.mark))
        marks[markNumber] = value
        if value < -1 { return answerProblems[Int(-2 - value)] }
        guard column.stage == .column else { return answerProblems[Int(column.number)] }
        if student.number == -1 {
            student = try lookUp(text(record, fields.student), in: schoolClasses[Int(column.schoolClass)])
            students[studentNumber] = student
        }
        guard student.number >= 0 else { return answerProblems[-2 - student.number] }
        guard plan.add(column: Int(column.number), student: student.number, studentID: student.id,
                       value: value < 0 ? nil : value) else {
            let planned = plan.columns[Int(column.number)]
            return .duplicateCell(student: text(record, fields.student), date: planned.date.russian, work: planned.kindCode)
        }
        return nil
    }

    private mutating func lookUp(_ name: String, in schoolClass: SchoolClass) throws -> StudentAnswer {
        switch try directory.student(named: name, in: schoolClass) {
        case .success(let student):
            let number = studentNumbers[student.id] ?? studentNumbers.count
            studentNumbers[student.id] = number
            return StudentAnswer(isEmpty: false, number: number, id: student.id)
        case .failure(let problem):
            return StudentAnswer(isEmpty: false, number: -2 - remember(problem))
        }
    }

    private mutating func markValue(_ text: String) -> Int32 {
        guard !text.isEmpty else { return -1 }
        switch Entry.parse(text) {
        case .success(let entry): return plan.value(entry)
        case .failure: return Int32(-2 - remember(.badEntry(text)))
        }
    }

    /// The number of a problem in `answerProblems`.
    private mutating func remember(_ problem: ImportProblem) -> Int {
        answerProblems.append(problem)
        return answerProblems.count - 1
    }

    private mutating func columnAnswer(_ record: CSVRecord) -> ColumnAnswer {
        let number = spelling(.column, of: record, fields: fields.column)
        if let known = columns[number] { return known }
        let answer = newColumnAnswer(record)
        columns[number] = answer
        return answer
    }

    private mutating func newColumnAnswer(_ record: CSVRecord) -> ColumnAnswer {
        let className = field(.className, of: record, at: fields.className, in: \.classes) {
            (text: $0, schoolClass: $1.directory.schoolClass(named: $0))
        }
        let subject = field(.subject, of: record, at: fields.subject, in: \.subjects) {
            (text: $0, problem: ImportProblem.controlCharacter(in: $0, column: .subject), number: $1.plan.subject(named: $0))
        }
        let date = field(.date, of: record, at: fields.date, in: \.dates) { text, _ in (text: text, date: LocalDate(parsing: text)) }
        let work = field(.work, of: record, at: fields.work, in: \.works) { (text: $0, kind: $1.kinds.kind(named: $0)) }
        for (column, value) in [(CSVColumn.class, className.text), (.subject, subject.text), (.date, date.text),
                                (.work, work.text)] where value.isEmpty {
            return answer(.missing, .missingValue(column: column.name))
        }
        if let problem = subject.problem { return answer(.refused, problem) }
        guard let day = date.date else { return answer(.refused, .badDate(date.text)) }
        guard let kind = work.kind else { return answer(.refused, .unknownWork(work.text)) }
        var weight: Weight?
        if let index = fields.weight {
            let given = field(.weight, of: record, at: index, in: \.weights) { text, _ in (text: text, weight: Weight(parsing: text)) }
            if !given.text.isEmpty {
                guard let parsed = given.weight else { return answer(.refused, .badWeight(given.text)) }
                weight = parsed == kind.weight ? nil : parsed
            }
        }
        guard let schoolClass = className.schoolClass else {
            return answer(.unknownClass, .unknownClass(className.text))
        }
        schoolClasses.append(schoolClass)
        let number = plan.column(classID: schoolClass.id, subject: subject.number, subjectName: subject.text, date: day,
                                 kindCode: kind.code, weight: weight)
        return ColumnAnswer(stage: .column, number: Int32(number), schoolClass: Int32(schoolClasses.count - 1))
    }

    private mutating func answer(_ stage: ColumnAnswer.Stage, _ problem: ImportProblem) -> ColumnAnswer {
        ColumnAnswer(stage: stage, number: Int32(remember(problem)))
    }

    /// The answer for field `index` of `record`, made by `make` from its trimmed text when new.
    private mutating func field<Value>(_ tag: Tag, of record: CSVRecord, at index: Int,
                                       in memo: WritableKeyPath<MarksFileCheck, Memo<Value>>,
                                       make: (String, inout MarksFileCheck) -> Value) -> Value {
        let number = spelling(tag, of: record, fields: [index])
        if let known = self[keyPath: memo][number] { return known }
        let value = make(text(record, index), &self)
        self[keyPath: memo][number] = value
        return value
    }

    private func text(_ record: CSVRecord, _ index: Int) -> String {
        record.string(index).trimmingWhiteSpace()
    }

    /// The spelling number of the bytes of `fields` of `record` (each after its length in base-128
    /// digits, all after a tag).
    private mutating func spelling(_ tag: Tag, of record: CSVRecord, fields: [Int]) -> Int {
        key.removeAll(keepingCapacity: true)
        key.append(tag.rawValue)
        for field in fields {
            record.withField(field) { bytes in
                var length = bytes.count
                while length >= 0x80 {
                    key.append(UInt8(truncatingIfNeeded: length) | 0x80)
                    length >>= 7
                }
                key.append(UInt8(length))
                key.append(contentsOf: bytes)
            }
        }
        return key.withUnsafeBufferPointer { spellings.number(of: $0) }
    }
}
