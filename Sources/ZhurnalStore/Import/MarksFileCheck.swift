import ZhurnalCore

/// The first pass of a marks import (design.md: `class,subject,date,work,weight,student,mark`):
/// checks each row as the file streams by, collecting the problems and the plan.
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
    private var spellings = ByteStringTable()
    private var key: [UInt8] = []
    private var columns = Memo<ColumnAnswer>()
    private var classes = Memo<(text: String, schoolClass: SchoolClass?)>()
    private var subjects = Memo<(text: String, problem: ImportProblem?, number: Int)>()
    private var dates = Memo<(text: String, date: LocalDate?)>()
    private var works = Memo<(text: String, kind: WorkKind?)>()
    private var weights = Memo<(text: String, weight: Weight?)>()
    private var students = Memo<StudentAnswer>()
    private var marks = Memo<Result<Int32?, ImportProblem>>()
    /// Students found so far, numbered from 0 for the plan.
    private var studentNumbers: [Int: Int] = [:]

    /// Where the file's header puts each column.
    private struct Fields {
        var className, subject, date, work, student, mark: Int
        var weight: Int?
        /// The fields naming a row's column.
        var column: [Int]

        init(_ map: CSVHeaderMap) {
            let index = { (column: CSVColumn) in map[column] ?? 0 }
            (className, subject, date, work) = (index(.class), index(.subject), index(.date), index(.work))
            (student, mark, weight) = (index(.student), index(.mark), map[.weight])
            column = [className, subject, date, work] + (weight.map { [$0] } ?? [])
        }
    }

    private enum ColumnAnswer {
        case missing(ImportProblem)
        case refused(ImportProblem)
        case unknownClass(ImportProblem)
        case column(number: Int, schoolClass: SchoolClass)
    }

    private struct StudentAnswer {
        var name: String
        /// The student's id and number, once looked up.
        var found: Result<(id: Int, number: Int), ImportProblem>?
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

    init(journal: Journal, kinds: [WorkKind], header: CSVHeaderMap) throws {
        directory = try StudentDirectory(journal: journal)
        self.kinds = WorkKindLookup(kinds)
        fields = Fields(header)
    }

    /// Checks one data row (not blank).
    mutating func check(_ record: CSVRecord) throws {
        if let problem = try problem(of: record) {
            problems.append(ImportRowError(line: record.line, problem: problem))
        }
    }

    private mutating func problem(of record: CSVRecord) throws -> ImportProblem? {
        let column = columnAnswer(record)
        if case .missing(let problem) = column { return problem }
        let studentNumber = spelling(.student, of: record, fields: fields.className, fields.student)
        var student = students[studentNumber] ?? StudentAnswer(name: text(record, fields.student))
        if student.name.isEmpty { return .missingValue(column: CSVColumn.student.name) }
        if case .refused(let problem) = column { return problem }
        let markNumber = spelling(.mark, of: record, fields: fields.mark)
        let mark = marks[markNumber] ?? markValue(text(record, fields.mark))
        marks[markNumber] = mark
        let value: Int32?
        switch mark {
        case .failure(let problem): return problem
        case .success(let number): value = number
        }
        guard case .column(let number, let schoolClass) = column else {
            if case .unknownClass(let problem) = column { return problem }
            return nil
        }
        let found = try student.found ?? lookUp(student.name, in: schoolClass)
        student.found = found
        students[studentNumber] = student
        switch found {
        case .failure(let problem): return problem
        case .success(let (id, studentIndex)):
            guard plan.add(column: number, student: studentIndex, studentID: id, value: value) else {
                let planned = plan.columns[number]
                return .duplicateCell(student: student.name, date: planned.date.russian, work: planned.kindCode)
            }
            return nil
        }
    }

    private mutating func lookUp(_ name: String, in schoolClass: SchoolClass) throws
        -> Result<(id: Int, number: Int), ImportProblem> {
        try directory.student(named: name, in: schoolClass).map { student in
            let number = studentNumbers[student.id] ?? studentNumbers.count
            studentNumbers[student.id] = number
            return (student.id, number)
        }
    }

    private mutating func markValue(_ text: String) -> Result<Int32?, ImportProblem> {
        guard !text.isEmpty else { return .success(nil) }
        switch Entry.parse(text) {
        case .success(let entry): return .success(plan.value(entry))
        case .failure: return .failure(.badEntry(text))
        }
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
            return .missing(.missingValue(column: column.name))
        }
        if let problem = subject.problem { return .refused(problem) }
        guard let day = date.date else { return .refused(.badDate(date.text)) }
        guard let kind = work.kind else { return .refused(.unknownWork(work.text)) }
        var weight: Weight?
        if let index = fields.weight {
            let given = field(.weight, of: record, at: index, in: \.weights) { text, _ in (text: text, weight: Weight(parsing: text)) }
            if !given.text.isEmpty {
                guard let parsed = given.weight else { return .refused(.badWeight(given.text)) }
                weight = parsed == kind.weight ? nil : parsed
            }
        }
        guard let schoolClass = className.schoolClass else { return .unknownClass(.unknownClass(className.text)) }
        return .column(number: plan.column(classID: schoolClass.id, subject: subject.number, subjectName: subject.text,
                                           date: day, kindCode: kind.code, weight: weight),
                       schoolClass: schoolClass)
    }

    /// The answer for field `index` of `record`, made by `make` from its trimmed text when new.
    private mutating func field<Value>(_ tag: Tag, of record: CSVRecord, at index: Int,
                                       in memo: WritableKeyPath<MarksFileCheck, Memo<Value>>,
                                       make: (String, inout MarksFileCheck) -> Value) -> Value {
        let number = spelling(tag, of: record, fields: index)
        if let known = self[keyPath: memo][number] { return known }
        let value = make(text(record, index), &self)
        self[keyPath: memo][number] = value
        return value
    }

    private func text(_ record: CSVRecord, _ index: Int) -> String {
        record.string(index).trimmingWhiteSpace()
    }

    /// The spelling number of the bytes of `fields` of `record` (each with its length, after a tag).
    private mutating func spelling(_ tag: Tag, of record: CSVRecord, fields: Int...) -> Int {
        spelling(tag, of: record, fields: fields)
    }

    private mutating func spelling(_ tag: Tag, of record: CSVRecord, fields: [Int]) -> Int {
        key.removeAll(keepingCapacity: true)
        key.append(tag.rawValue)
        for field in fields {
            record.withField(field) { bytes in
                withUnsafeBytes(of: UInt32(truncatingIfNeeded: bytes.count).littleEndian) { key.append(contentsOf: $0) }
                key.append(contentsOf: bytes)
            }
        }
        return key.withUnsafeBufferPointer { spellings.number(of: $0) }
    }
}
