import Foundation
import Testing
@testable import ZhurnalCore

/// Calendar dates as written in a school journal: `YYYY-MM-DD` and `DD.MM.YYYY`.
@Suite struct LocalDateTests {
    @Test func parsesBothForms() {
        let iso = LocalDate(parsing: "2026-11-20")
        #expect(iso?.year == 2026 && iso?.month == 11 && iso?.day == 20)
        #expect(LocalDate(parsing: "20.11.2026") == iso)
        #expect(LocalDate(parsing: "1.9.2026") == LocalDate(year: 2026, month: 9, day: 1))
        #expect(LocalDate(parsing: "01.09.2026") == LocalDate(year: 2026, month: 9, day: 1))
        #expect(LocalDate(parsing: " 2026-09-01 ") == LocalDate(year: 2026, month: 9, day: 1))
        #expect(LocalDate(parsing: "29.02.2024") == LocalDate(year: 2024, month: 2, day: 29))
        #expect(LocalDate(parsing: "2000-02-29") != nil)   // divisible by 400: leap
    }

    @Test func refusesImpossibleAndMalformedDates() {
        for text in ["31.02.2026", "2026-13-01", "1.1.26", "2026-02-29", "29.02.2100", "2026-00-10", "2026-01-00",
                     "2026-04-31", "31.06.2026", "32.01.2026", "2026-1-01", "2026-01-1", "26-01-01", "2026/01/01",
                     "", "abc", "2026-01-01-01", "01.01.2026.", "001.01.2026", "0000-01-01", "2026-+1-05",
                     "+1.01.2026", "2026-01-+5", "-1.01.2026", "2026-01-01T00:00"] {
            #expect(LocalDate(parsing: text) == nil, "\(text) must be refused")
        }
        #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2026, month: 12, day: 31) != nil)
        #expect(LocalDate(year: 0, month: 1, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 13, day: 1) == nil)
    }

    /// The stored form is read from its bytes; every day of five years (a leap year among them)
    /// must read back as the general parser reads it, with or without spaces around it.
    @Test func theStoredFormReadsLikeTheGeneralForm() {
        let first = LocalDate(year: 2024, month: 1, day: 1)!.dayNumber
        for number in first..<(first + 5 * 366) {
            let date = LocalDate(dayNumber: number)
            #expect(LocalDate(parsing: date.iso) == date)
            #expect(LocalDate(parsing: " \(date.iso)") == date)
        }
        for text in ["2026-1a-01", "2026-02-30", "20x6-01-01", "2026-01-01 ", "2026_01-01"] {
            #expect(LocalDate(parsing: text) == (text == "2026-01-01 " ? LocalDate(year: 2026, month: 1, day: 1) : nil), "\(text)")
        }
    }

    @Test func daysInMonth() {
        #expect(LocalDate.daysIn(month: 2, year: 2026) == 28)
        #expect(LocalDate.daysIn(month: 2, year: 2028) == 29)
        #expect(LocalDate.daysIn(month: 2, year: 2100) == 28)
        #expect(LocalDate.daysIn(month: 2, year: 2000) == 29)
        #expect(LocalDate.daysIn(month: 4, year: 2026) == 30)
        #expect(LocalDate.daysIn(month: 12, year: 2026) == 31)
    }

    @Test func dayNumbers() {
        #expect(d("1970-01-01").dayNumber == 0)
        #expect(d("1969-12-31").dayNumber == -1)
        #expect(d("2000-01-01").dayNumber == 10957)
        #expect(d("2026-01-01").dayNumber == 20454)
        #expect(d("2026-11-20").dayNumber == 20777)
        #expect(d("2024-02-29").dayNumber == 19782)
        #expect(d("0001-01-01").dayNumber == -719162)
        #expect(d("9999-12-31").dayNumber == 2932896)
        #expect(d("2026-11-20").dayNumber - d("2026-09-01").dayNumber == 80)
    }

    @Test func dayNumberRoundTrip() {
        for n in stride(from: -800_000, through: 3_000_000, by: 997) {
            #expect(LocalDate(dayNumber: n).dayNumber == n)
        }
        var date = d("2023-12-25")
        for _ in 0..<800 {
            #expect(LocalDate(dayNumber: date.dayNumber) == date)
            #expect(LocalDate(year: date.year, month: date.month, day: date.day) == date)
            date = date.adding(days: 1)
        }
        #expect(date == d("2026-03-04"))
    }

    @Test func weekdays() {
        #expect(d("2026-11-20").weekday == 5)   // Friday
        #expect(d("1970-01-01").weekday == 4)   // Thursday
        #expect(d("1969-12-31").weekday == 3)
        #expect(d("2026-09-01").weekday == 2)   // Tuesday
        #expect(d("2026-11-22").weekday == 7)   // Sunday
        #expect(d("2026-11-23").weekday == 1)   // Monday
        #expect(d("0001-01-01").weekday == 1)
        #expect(d("1900-01-01").weekday == 1)
    }

    @Test func addingDaysAcrossMonthsAndYears() {
        #expect(d("2026-01-31").adding(days: 1) == d("2026-02-01"))
        #expect(d("2026-02-28").adding(days: 1) == d("2026-03-01"))
        #expect(d("2028-02-28").adding(days: 1) == d("2028-02-29"))
        #expect(d("2028-02-29").adding(days: 1) == d("2028-03-01"))
        #expect(d("2026-12-31").adding(days: 1) == d("2027-01-01"))
        #expect(d("2027-01-01").adding(days: -1) == d("2026-12-31"))
        #expect(d("2026-03-01").adding(days: -1) == d("2026-02-28"))
        #expect(d("2026-09-01").adding(days: 365) == d("2027-09-01"))
        #expect(d("2027-09-01").adding(days: 366) == d("2028-09-01"))   // through 29 Feb 2028
        #expect(d("2026-11-20").adding(days: 0) == d("2026-11-20"))
        #expect(d("2026-11-20").adding(days: -80) == d("2026-09-01"))
    }

    @Test func ordering() {
        #expect(d("2026-09-01") < d("2026-09-02"))
        #expect(d("2026-09-30") < d("2026-10-01"))
        #expect(d("2026-12-31") < d("2027-01-01"))
        #expect(!(d("2026-09-01") < d("2026-09-01")))
        #expect([d("2027-01-01"), d("2026-09-01"), d("2026-12-31")].sorted() == [d("2026-09-01"), d("2026-12-31"), d("2027-01-01")])
    }

    @Test func textForms() {
        let date = d("2026-09-01")
        #expect(date.iso == "2026-09-01")
        #expect(date.description == "2026-09-01")
        #expect(date.dayMonth == "01.09")
        #expect(date.russian == "01.09.2026")
        #expect(LocalDate(year: 33, month: 1, day: 5)?.iso == "0033-01-05")
    }

    @Test func codableAsIsoString() throws {
        let data = try JSONEncoder().encode([d("2026-11-20")])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-11-20\"]")
        let back = try JSONDecoder().decode([LocalDate].self, from: Data("[\"2026-11-20\", \"01.09.2026\"]".utf8))
        #expect(back == [d("2026-11-20"), d("2026-09-01")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDate].self, from: Data("[\"31.02.2026\"]".utf8))
        }
    }
}
