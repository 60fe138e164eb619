import ZhurnalCore

/// A column's date, kind, weight, position and topic as kept in history rows, so that a
/// deleted column can be restored and an edit shows what changed.
///
/// Encoded as tab-separated `date kind weight_hundredths position topic`; the topic comes last
/// and may itself contain tabs.
struct ColumnSnapshot: Equatable {
    var date: LocalDate
    var kindCode: String
    var weight: Weight?
    var topic: String
    var position: Int

    var encoded: String {
        [date.iso, kindCode, weight.map { String($0.hundredths) } ?? "", String(position), topic]
            .joined(separator: "\t")
    }

    init(date: LocalDate, kindCode: String, weight: Weight?, topic: String, position: Int) {
        self.date = date
        self.kindCode = kindCode
        self.weight = weight
        self.topic = topic
        self.position = position
    }

    init?(encoded: String) {
        let parts = encoded.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, let date = LocalDate(parsing: String(parts[0])),
              let position = Int(parts[3]) else { return nil }
        let weight: Weight?
        if parts[2].isEmpty {
            weight = nil
        } else {
            guard let hundredths = Int(parts[2]), let w = Weight(hundredths: hundredths) else { return nil }
            weight = w
        }
        self.init(date: date, kindCode: String(parts[1]), weight: weight, topic: String(parts[4]), position: position)
    }
}
