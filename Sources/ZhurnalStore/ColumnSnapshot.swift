import Foundation
import ZhurnalCore

/// A column's date, kind, weight, position, topic, lesson number and homework as kept in history
/// rows, so that a deleted column can be restored and an edit shows what changed.
///
/// Encoded as tab-separated `date kind weight_hundredths position topic`; the topic comes last
/// and may itself contain tabs. A column with a lesson number, homework or a topic from the plan
/// writes its position field as `position|lesson|from_plan|homework`, the homework last with tabs
/// and backslashes escaped (`\t`, `\\`); the date stays the first field.
struct ColumnSnapshot: Equatable {
    var date: LocalDate
    var kindCode: String
    var weight: Weight?
    var topic: String
    var position: Int
    var lesson: Int?
    var homework: String
    var topicFromPlan: Bool

    var encoded: String {
        var place = String(position)
        if lesson != nil || !homework.isEmpty || topicFromPlan {
            place += "|\(lesson.map(String.init) ?? "")|\(topicFromPlan ? 1 : 0)|\(Self.escape(homework))"
        }
        return [date.iso, kindCode, weight.map { String($0.hundredths) } ?? "", place, topic].joined(separator: "\t")
    }

    init(date: LocalDate, kindCode: String, weight: Weight?, topic: String, position: Int,
         lesson: Int? = nil, homework: String = "", topicFromPlan: Bool = false) {
        self.date = date
        self.kindCode = kindCode
        self.weight = weight
        self.topic = topic
        self.position = position
        self.lesson = lesson
        self.homework = homework
        self.topicFromPlan = topicFromPlan
    }

    init?(encoded: String) {
        let parts = encoded.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, let date = LocalDate(parsing: String(parts[0])) else { return nil }
        let place = parts[3].split(separator: "|", maxSplits: 3, omittingEmptySubsequences: false)
        guard let position = Int(place[0]) else { return nil }
        var lesson: Int?, homework = "", fromPlan = false
        if place.count == 4 {
            if !place[1].isEmpty {
                guard let number = Int(place[1]) else { return nil }
                lesson = number
            }
            fromPlan = place[2] == "1"
            homework = Self.unescape(String(place[3]))
        } else if place.count != 1 {
            return nil
        }
        let weight: Weight?
        if parts[2].isEmpty {
            weight = nil
        } else {
            guard let hundredths = Int(parts[2]), let w = Weight(hundredths: hundredths) else { return nil }
            weight = w
        }
        self.init(date: date, kindCode: String(parts[1]), weight: weight, topic: String(parts[4]), position: position,
                  lesson: lesson, homework: homework, topicFromPlan: fromPlan)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
    }

    private static func unescape(_ text: String) -> String {
        var result = "", escaped = false
        for character in text {
            if escaped {
                result.append(character == "t" ? "\t" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
