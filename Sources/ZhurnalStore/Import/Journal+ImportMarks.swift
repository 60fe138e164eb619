import CSQLite
import Foundation
import ZhurnalCore

/// What a marks import wrote.
public struct MarksImportResult: Equatable, Sendable {
    /// Cells set (new or changed).
    public var entries: Int
    /// Lesson columns the file's rows form.
    public var columns: Int
}

extension Journal {
    /// Writes the entries of a marks file (all or nothing). Rows with the same class, subject,
    /// date and work form one lesson column; an existing column with those is reused. Subjects
    /// are created when new; classes and students must exist.
    ///
    /// The file is read as a stream. One thread reads and checks the rows and hands their cells
    /// on in batches; this one writes them in one transaction as they come, which is rolled back
    /// when any row is bad: then every bad row is reported and nothing is written.
    public func importMarks(_ input: CSVInput, kinds: [WorkKind]) throws(ImportFailure) -> MarksImportResult {
        let stream = try CSVStream(input)
        let map: CSVHeaderMap
        do {
            map = try CSVHeaderMap(header: stream.header, required: MarksFileCheck.required,
                                   optional: MarksFileCheck.optional, ignoringUnknown: true)
        } catch {
            throw ImportFailure.header(error)
        }
        do {
            let feed = MarksFeed()
            let reading = MarksReading(stream: stream, check: try MarksFileCheck(journal: self, kinds: kinds, header: map,
                                                                                      columnCount: stream.header.count))
            Thread.detachNewThread { reading.run(into: feed) }
            return try write(feed)
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }

    /// Writes the entries of a marks file's bytes; see `importMarks(_:kinds:)`.
    public func importMarks(_ bytes: [UInt8], kinds: [WorkKind]) throws(ImportFailure) -> MarksImportResult {
        try importMarks(CSVInput(bytes: bytes), kinds: kinds)
    }

    /// Writes the batches of `feed` in one transaction, committed only when the check found no
    /// bad row. SQLite's foreign key checks are off for it: the classes and students written are
    /// checked once inside the transaction instead of on every insert.
    private func write(_ feed: MarksFeed) throws -> MarksImportResult {
        defer { feed.stop() }
        return try withoutForeignKeyChecks {
            try bulkWrite { writer in
                var columns = MarksColumnWriter(journal: self, writer: writer)
                var values: [String] = []
                var students = Set<Int>()
                var written = 0
                while let batch = feed.next() {
                    values += batch.values.map(\.description)
                    for column in batch.columns { try columns.add(column) }
                    guard !feed.hasProblems else { continue }
                    for cell in batch.cells {
                        students.insert(cell.studentID)
                        if try writer.setEntry(columnID: columns.ids[Int(cell.column)], studentID: cell.studentID,
                                               value: values[Int(cell.value)]) {
                            written += 1
                        }
                    }
                }
                let problems = try feed.outcome.get()
                guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
                try checkReferences(classes: columns.classIDs, students: students)
                return MarksImportResult(entries: written, columns: columns.ids.count)
            }
        }
    }

    /// Runs `body` with `PRAGMA foreign_keys` off, then on again.
    private func withoutForeignKeyChecks<T>(_ body: () throws -> T) throws -> T {
        try connection.execute("PRAGMA foreign_keys = OFF")
        defer { try? connection.execute("PRAGMA foreign_keys = ON") }
        return try body()
    }

    /// Throws when a class or student written is no longer in the journal.
    private func checkReferences(classes: Set<Int>, students: Set<Int>) throws {
        for (table, ids) in [("classes", classes), ("students", students)] {
            let statement = try connection.cachedStatement("SELECT 1 FROM \(table) WHERE id = ?")
            for id in ids {
                try statement.bind(id, at: 1)
                guard try statement.first({ _ in true }) != nil else {
                    throw SQLiteError(code: SQLITE_CONSTRAINT | 3 << 8, message: "FOREIGN KEY constraint failed")  // SQLITE_CONSTRAINT_FOREIGNKEY
                }
            }
        }
    }
}

/// The reading half of a marks import: the stream and the check, run on a thread of their own.
/// Both are let go (the file closed, the journal no longer referred to) before the feed ends.
private final class MarksReading: @unchecked Sendable {
    /// Cells a batch holds at most.
    static let batchSize = 4096
    private var work: (stream: CSVStream, check: MarksFileCheck)?

    init(stream: CSVStream, check: MarksFileCheck) {
        work = (stream, check)
    }

    func run(into feed: MarksFeed) {
        feed.finish(read(into: feed))
    }

    private func read(into feed: MarksFeed) -> Result<[ImportRowError], ImportFailure> {
        guard var (stream, check) = work else { return .success([]) }
        work = nil
        do {
            while try stream.next() {
                let record = stream.record
                if !record.isBlank { try check.check(record) }
                if check.plan.cells.count >= Self.batchSize {
                    guard !feed.isStopped else { return .success([]) }
                    feed.put(check.takeBatch(), problems: !check.problems.isEmpty)
                }
            }
            feed.put(check.takeBatch(), problems: !check.problems.isEmpty)
            return .success(check.problems)
        } catch {
            return .failure(ImportFailure.wrapping(error))
        }
    }
}
