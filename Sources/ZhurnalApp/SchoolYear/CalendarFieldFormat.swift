import Foundation
import ZhurnalCore

/// How the calendar screen writes terms and holidays into one-line fields and reads them back:
/// `01.09.2026–24.10.2026; 03.11.2026–28.12.2026` for terms (numbered in order), `10-11: …` for a
/// parallel's own terms, `25.10.2026–02.11.2026; 15.02.2027–21.02.2027 (1)` for holidays.
enum CalendarFieldFormat {
    static func terms(_ calendar: TermCalendar) -> String {
        calendar.terms.map { span($0.start, $0.end) }.joined(separator: "; ")
    }

    static func gradeTerms(_ grades: GradeRange, _ calendar: TermCalendar) -> String {
        "\(grades): " + terms(calendar)
    }

    static func holidays(_ holidays: [Holiday]) -> String {
        holidays.map { holiday in span(holiday.start, holiday.end) + (holiday.grades.map { " (\($0))" } ?? "") }
            .joined(separator: "; ")
    }

    /// Terms numbered 1…n; nil unless every span is a date range and they make a valid calendar.
    static func parseTerms(_ text: String) -> TermCalendar? {
        var terms: [Term] = []
        for part in parts(text) {
            guard let (start, end) = parseSpan(part) else { return nil }
            terms.append(Term(number: terms.count + 1, start: start, end: end))
        }
        let calendar = TermCalendar(terms: terms)
        return calendar.isValid ? calendar : nil
    }

    /// `10-11: spans`; `.some(nil)` for an empty field, nil when it cannot be read.
    static func parseGradeTerms(_ text: String) -> (GradeRange, TermCalendar)?? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .some(nil) }
        let pieces = trimmed.split(separator: ":", maxSplits: 1).map(String.init)
        guard pieces.count == 2, let grades = GradeRange(parsing: pieces[0]), let calendar = parseTerms(pieces[1]) else { return nil }
        return .some((grades, calendar))
    }

    static func parseHolidays(_ text: String) -> [Holiday]? {
        var holidays: [Holiday] = []
        for part in parts(text) {
            var spanText = part
            var grades: GradeRange?
            if let open = part.firstIndex(of: "("), part.hasSuffix(")") {
                guard let range = GradeRange(parsing: String(part[part.index(after: open)..<part.index(before: part.endIndex)])) else {
                    return nil
                }
                grades = range
                spanText = String(part[..<open])
            }
            guard let (start, end) = parseSpan(spanText) else { return nil }
            holidays.append(Holiday(start: start, end: end, grades: grades))
        }
        return holidays
    }

    private static func span(_ start: LocalDate, _ end: LocalDate) -> String { "\(start.russian)–\(end.russian)" }

    private static func parts(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `DD.MM.YYYY–DD.MM.YYYY` (an en dash, or a hyphen between Russian dates), start ≤ end.
    private static func parseSpan(_ text: String) -> (LocalDate, LocalDate)? {
        let separator: Character = text.contains("–") ? "–" : "-"
        let dates = text.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }
        guard dates.count == 2, let start = LocalDate(parsing: dates[0]), let end = LocalDate(parsing: dates[1]),
              start <= end else { return nil }
        return (start, end)
    }
}
