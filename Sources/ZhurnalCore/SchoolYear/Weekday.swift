import Foundation

/// Days of the week as a timetable names them: 1 = Monday … 7 = Sunday (`LocalDate.weekday`).
public enum Weekday {
    /// Short Russian names, Monday first.
    public static let russianShort = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
    /// Short English names, Monday first.
    public static let englishShort = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let russianLong = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
    private static let englishLong = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Parses `1`…`7`, `пн`…`вс`, `понедельник`…, `mon`…, `monday`… (any case); nil otherwise.
    public static func parse(_ text: String) -> Int? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(word), (1...7).contains(number) { return number }
        for names in [russianShort, englishShort, russianLong, englishLong] {
            if let index = names.firstIndex(of: word) { return index + 1 }
        }
        return nil
    }
}
