import ZhurnalCore

/// The lesson columns of a marks import in the journal: each planned column becomes an existing
/// column of its class, subject, date and kind (the first by position), or a new one.
struct MarksColumnWriter {
    /// The journal column of each planned column, in plan order.
    private(set) var ids: [Int] = []
    /// The classes of the columns.
    private(set) var classIDs = Set<Int>()
    private let journal: Journal
    private let writer: BulkWriter
    private var subjects: [String: Int] = [:]
    private var existing: [Key: Int] = [:]
    private var datesRead = Set<LocalDate>()

    private struct Key: Hashable {
        var classID: Int
        var subjectID: Int
        var date: LocalDate
        var kindCode: String
    }

    init(journal: Journal, writer: BulkWriter) {
        self.journal = journal
        self.writer = writer
    }

    /// Finds or adds the journal column of the next planned column.
    mutating func add(_ column: MarksPlan.Column) throws {
        if datesRead.insert(column.date).inserted {
            let found = try journal.columns(dates: column.date...column.date)
            writer.know(columns: found, on: column.date)
            for known in found {
                let key = Key(classID: known.classID, subjectID: known.subjectID, date: known.date, kindCode: known.kindCode)
                if existing[key] == nil { existing[key] = known.id }
            }
        }
        let subjectID: Int
        if let known = subjects[column.subject] {
            subjectID = known
        } else {
            subjectID = try journal.findOrCreateSubject(named: column.subject).id
            subjects[column.subject] = subjectID
        }
        let key = Key(classID: column.classID, subjectID: subjectID, date: column.date, kindCode: column.kindCode)
        ids.append(try existing[key] ?? writer.addColumn(classID: column.classID, subjectID: subjectID, date: column.date,
                                                         kindCode: column.kindCode, weight: column.weight))
        classIDs.insert(column.classID)
    }
}
