import Foundation
import ZhurnalCore

/// ISO-8601 UTC timestamps with milliseconds (`2026-09-01T08:30:00.250Z`), as stored.
enum Timestamp {
    static func string(from date: Date) -> String {
        let millis = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (days, dayMillis) = millis.quotientAndRemainder(dividingBy: 86_400_000)
        let (d, m) = dayMillis < 0 ? (days - 1, dayMillis + 86_400_000) : (days, dayMillis)
        let day = LocalDate(dayNumber: d)
        let seconds = m / 1000
        return day.iso + "T" + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
            + "." + three(m % 1000) + "Z"
    }

    static func date(from text: String) -> Date? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 24, utf8[10] == UInt8(ascii: "T"), utf8[23] == UInt8(ascii: "Z"),
              let day = LocalDate(parsing: String(decoding: utf8[0..<10], as: UTF8.self)),
              let h = number(utf8[11..<13]), let mi = number(utf8[14..<16]),
              let s = number(utf8[17..<19]), let ms = number(utf8[20..<23]) else { return nil }
        let millis = ((day.dayNumber * 24 + h) * 60 + mi) * 60_000 + s * 1000 + ms
        return Date(timeIntervalSince1970: Double(millis) / 1000)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
    private static func three(_ v: Int) -> String { v < 10 ? "00\(v)" : v < 100 ? "0\(v)" : String(v) }
}
