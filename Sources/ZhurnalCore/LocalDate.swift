import Foundation

/// A calendar date without time or zone, as written in a school journal.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date when the parts form a real Gregorian date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` or `DD.MM.YYYY`.
    public init?(parsing text: String) {
        if let (y, m, d) = Self.canonicalParts(text) {
            self.init(year: y, month: m, day: d)
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // Digits only: `Int("+1")` would otherwise let "2026-+1-05" through.
        let digits = { (part: Substring) in !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) } }
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let ru = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (iso.count == 3 && iso.allSatisfy(digits)) || (ru.count == 3 && ru.allSatisfy(digits)) else { return nil }
        if iso.count == 3, iso[0].count == 4, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]),
           iso[1].count == 2, iso[2].count == 2 {
            self.init(year: y, month: m, day: d)
        } else if ru.count == 3, ru[2].count == 4, let d = Int(ru[0]), let m = Int(ru[1]), let y = Int(ru[2]),
                  (1...2).contains(ru[0].count), (1...2).contains(ru[1].count) {
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    /// The parts of exactly `YYYY-MM-DD`, the stored form, read from the bytes without splitting.
    private static func canonicalParts(_ text: String) -> (Int, Int, Int)? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        } ?? nil
    }

    /// Days since 1970-01-01 (negative before), for differences between dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Day of the week, 1 = Monday … 7 = Sunday.
    public var weekday: Int { ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1 }

    /// `YYYY-MM-DD`, the storage and file form.
    public var iso: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    /// `DD.MM`, the journal column header form.
    public var dayMonth: String { "\(pad(day, 2)).\(pad(month, 2))" }

    /// `DD.MM.YYYY`, the Russian full form.
    public var russian: String { "\(pad(day, 2)).\(pad(month, 2)).\(pad(year, 4))" }

    public var description: String { iso }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

extension LocalDate {
    /// Encodes as `YYYY-MM-DD`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// Decodes `YYYY-MM-DD` or `DD.MM.YYYY`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
        }
        self = date
    }
}
