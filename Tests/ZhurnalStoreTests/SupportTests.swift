import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

@Suite struct SupportTests {
    @Test func defaultLocationFollowsThePrecedence() {
        let env = ["ZHURNAL_DB": "/z/j.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/t"]
        #expect(JournalLocation.resolve(explicit: "/db.sqlite", environment: env) == "/db.sqlite")
        #expect(JournalLocation.resolve(explicit: nil, environment: env) == "/z/j.sqlite")
        #expect(JournalLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/xdg/", "HOME": "/home/t"])
            == "/xdg/zhurnal/journal.sqlite")
        #expect(JournalLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/t"])
            == "/home/t/.local/share/zhurnal/journal.sqlite")
        #expect(JournalLocation.resolve(explicit: "", environment: ["ZHURNAL_DB": ""]) == nil)
    }

    @Test(arguments: [0.0, 1_788_000_000.25, 1_788_000_000.999, -86_400.5])
    func timestampsRoundTripToTheMillisecond(seconds: Double) throws {
        let text = Timestamp.string(from: Date(timeIntervalSince1970: seconds))
        #expect(text.count == 24)
        #expect(Timestamp.date(from: text) == Date(timeIntervalSince1970: seconds))
    }

    @Test func timestampFormat() {
        #expect(Timestamp.string(from: Date(timeIntervalSince1970: 1_788_000_000.25)) == "2026-08-29T10:40:00.250Z")
    }

    @Test func storedEntriesDecode() {
        for entry: Entry in [.mark(1), .mark(5), .double(5, 4), .absence(.late), .passed, .failed, .owed, .exempt] {
            #expect(Entry(stored: entry.description) == entry)
        }
        #expect(Entry(stored: "x") == nil)
    }
}

@Suite struct SQLiteConnectionTests {
    let scratch = Scratch()

    @Test func cachedStatementsArePreparedOnce() throws {
        let db = try SQLiteConnection(path: scratch.path("t.sqlite"), mode: .readWriteCreate)
        #expect(try db.cachedStatement("SELECT 1") === db.cachedStatement("SELECT 1"))
    }

    @Test func typedValuesRoundTrip() throws {
        let db = try SQLiteConnection(path: scratch.path("t.sqlite"), mode: .readWriteCreate)
        try db.execute("CREATE TABLE t(i, s, b, n)")
        try db.run("INSERT INTO t VALUES (?, ?, ?, ?)", -7, "Ёжик 🦔", Data([0, 255]), nil)
        let statement = try db.cachedStatement("SELECT i, s, b, n FROM t")
        let row = try #require(try statement.first { ($0.int(0), $0.string(1), $0.data(2), $0.optionalInt(3)) })
        #expect(row.0 == -7 && row.1 == "Ёжик 🦔" && row.2 == Data([0, 255]) && row.3 == nil)
    }

    /// Rows are read by the names the query gives its columns, whatever their order.
    @Test func columnsAreReadByName() throws {
        let db = try SQLiteConnection(path: scratch.path("t.sqlite"), mode: .readWriteCreate)
        try db.execute("CREATE TABLE t(i, s, n)")
        try db.run("INSERT INTO t VALUES (?, ?, ?)", 4, "четыре", nil)
        for sql in ["SELECT i, s, n FROM t", "SELECT n, s AS s, i FROM t"] {
            let row = try #require(try db.cachedStatement(sql).first { ($0.int("i"), $0.string("s"), $0.optionalString("n"), $0.optionalInt("i")) })
            #expect(row.0 == 4 && row.1 == "четыре" && row.2 == nil && row.3 == 4, "\(sql)")
        }
        let aliased = try db.cachedStatement("SELECT t.i AS number FROM t")
        #expect(try aliased.first { $0.column("number") } == 0)
        let blobs = try db.cachedStatement("SELECT n, x'0102' AS b FROM t")
        #expect(try blobs.first { ($0.isNull("n"), $0.data("b")) } ?? (false, Data()) == (true, Data([1, 2])))
    }

    /// A lesson column decodes the same from the store's own column order, from the columns
    /// reversed behind other result columns, and under a table alias (`c.id` is named `id`).
    @Test func lessonColumnsDecodeWhateverTheColumnOrder() throws {
        let fixture = try Fixture(try scratch.journal())
        let column = fixture.columns[1]
        let reversed = Journal.columnColumns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .reversed().joined(separator: ", ")
        for sql in ["SELECT \(Journal.columnColumns) FROM lesson_columns WHERE id = ?",
                    "SELECT 'x' AS value, 7 AS student_id, \(reversed) FROM lesson_columns WHERE id = ?",
                    "SELECT c.topic_from_plan, c.homework, c.lesson, c.position, c.topic, c.weight_hundredths, c.kind_code, "
                        + "c.date, c.subject_id, c.class_id, c.id FROM lesson_columns c WHERE c.id = ?"] {
            let statement = try fixture.journal.connection.cachedStatement(sql)
            try statement.bind(column.id, at: 1)
            let at = LessonColumnIndexes(statement)
            #expect(try statement.first { Journal.column($0, at: at) } == column, "\(sql)")
        }
    }

    @Test func transactionsRollBackOnThrowAndNestInSavepoints() throws {
        let db = try SQLiteConnection(path: scratch.path("t.sqlite"), mode: .readWriteCreate)
        try db.execute("CREATE TABLE t(x)")
        struct Failure: Error {}
        #expect(throws: Failure.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                throw Failure()
            }
        }
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 0)
        try db.transaction {
            try db.run("INSERT INTO t VALUES (2)")
            try? db.transaction {
                try db.run("INSERT INTO t VALUES (3)")
                throw Failure()
            }
        }
        #expect(try db.scalarInt("SELECT group_concat(x) FROM t") == 2)
        #expect(!db.isInTransaction)
    }

    @Test func errorsCarryCodeAndMessage() throws {
        let db = try SQLiteConnection(path: scratch.path("t.sqlite"), mode: .readWriteCreate)
        let error = #expect(throws: SQLiteError.self) { try db.execute("SELEC 1") }
        #expect(error?.code == 1)
        #expect(error?.message.contains("syntax") == true)
    }
}
