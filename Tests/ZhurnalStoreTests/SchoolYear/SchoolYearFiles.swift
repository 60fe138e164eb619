import ZhurnalCore
@testable import ZhurnalStore

/// Files of the school year's formats for store tests.
enum SchoolYearFiles {
    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Text as Russian Excel saves it: Windows-1251.
    static func windows1251(_ text: String) -> [UInt8] {
        (try? TextEncoding.windows1251.encode(text)) ?? []
    }

    static let curriculum = """
        class,subject,teacher,hours
        7А,Алгебра,ivanova,3
        7А,Русский язык,,4
        10Б,Физика,petrov,2

        """

    /// Monday: algebra twice and Russian; Wednesday: Russian. 10Б: physics on Monday.
    static let timetable = """
        класс;день недели;урок;предмет
        7А;пн;1;Алгебра
        7А;пн;2;Алгебра
        7А;пн;3;Русский язык
        7А;ср;1;Русский язык
        10Б;1;1;Физика

        """

    /// Quarters for the school, half-years for 10–11, autumn holidays for all.
    static let calendar = """
        kind,number,start,end,grades
        term,1,2026-09-01,2026-10-24,
        term,2,2026-11-03,2026-12-28,
        term,3,2027-01-09,2027-03-21,
        term,4,2027-03-31,2027-05-26,
        term,1,2026-09-01,2026-12-28,10-11
        term,2,2027-01-09,2027-05-26,10-11
        holiday,,2026-10-25,2026-11-02,

        """

    /// A journal with the curriculum, the calendar and the timetable above.
    static func school(_ journal: Journal) throws -> SchoolCalendar {
        _ = try journal.importCurriculum(utf8(curriculum))
        _ = try journal.importCalendar(utf8(calendar), today: today)
        _ = try journal.importTimetable(utf8(timetable))
        return try journal.schoolCalendar(today: today)
    }

    static let today = LocalDate(year: 2026, month: 9, day: 1)!
}

func d(_ text: String) -> LocalDate {
    guard let date = LocalDate(parsing: text) else { fatalError("bad date in test: \(text)") }
    return date
}

/// Every row of the tables the school year touches, to show that a refusal changed nothing.
func schoolYearDump(_ journal: Journal) throws -> String {
    var out = ""
    for table in ["classes", "subjects", "curriculum", "calendar_terms", "holidays", "timetable", "plan_topics",
                  "lesson_columns", "settings"] {
        let statement = try journal.connection.cachedStatement("SELECT * FROM \(table) ORDER BY 1, 2")
        try statement.forEachRow { row in
            out += table + ": " + (0..<row.columnCount).map { row.optionalString($0) ?? "NULL" }.joined(separator: "|") + "\n"
        }
    }
    out += "history: \(try journal.connection.scalarInt("SELECT count(*) FROM history") ?? 0)\n"
    return out
}
