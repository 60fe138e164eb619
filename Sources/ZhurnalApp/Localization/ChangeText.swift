import ZhurnalStore

/// A change of the history in words, for the undo and redo messages:
/// «7Б Алгебра 20.11, Абрамов И.: 5 → —», or its size when it is large.
enum ChangeText {
    static func russian(_ change: ChangeSummary, undo: Bool) -> String {
        guard !change.isLarge, let place = change.place else { return russianSize(change) }
        return describe(place, undo: undo, final: { "итог \($0 == 0 ? "года" : "\($0) периода")" })
    }

    static func english(_ change: ChangeSummary, undo: Bool) -> String {
        guard !change.isLarge, let place = change.place else { return englishSize(change) }
        return describe(place, undo: undo, final: { $0 == 0 ? "year mark" : "term \($0) mark" })
    }

    /// «12 500 изменений в 3 классах».
    static func russianSize(_ change: ChangeSummary) -> String {
        let rows = "\(change.rows.grouped) " + Plural.russian(change.rows, one: "изменение", few: "изменения", many: "изменений")
        guard change.classes > 1 else { return rows }
        return rows + " в \(change.classes) " + Plural.russian(change.classes, one: "классе", few: "классах", many: "классах")
    }

    /// "12,500 changes in 3 classes".
    static func englishSize(_ change: ChangeSummary) -> String {
        let rows = "\(change.rows) " + Plural.english(change.rows, one: "change", other: "changes")
        guard change.classes > 1 else { return rows }
        return rows + " in \(change.classes) classes"
    }

    private static func describe(_ place: ChangePlace, undo: Bool, final: (Int) -> String) -> String {
        var text = [place.className, place.subjectName, place.date?.dayMonth, place.term.map(final)]
            .compactMap { $0 }.joined(separator: " ")
        if let student = place.studentName { text += (text.isEmpty ? "" : ", ") + student }
        let (from, to) = undo ? (place.newValue, place.oldValue) : (place.oldValue, place.newValue)
        if place.studentName != nil, place.showsValues { text += ": \(from ?? "—") → \(to ?? "—")" }
        return text
    }
}

private extension Int {
    /// Thousands separated by a space, as Russian text writes them: «12 500».
    var grouped: String {
        let digits = Array(String(self))
        return digits.enumerated().map { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? " \(digit)" : "\(digit)"
        }.joined()
    }
}
