import ZhurnalCore
import ZhurnalStore

/// The assessment part of a student's card as JSON: outcome profile, marks by level, formative
/// notes. Added to `zhurnal report student --format json` as `"assessment"`.
public enum AssessmentJSON {
    /// `{"outcomes":[…],"levels":{…},"notes":[…]}` for a student.
    public static func student(_ studentID: Int, journal: Journal, kinds: [WorkKind]) throws -> JSONValue {
        let profile = OutcomeProfile.compute(try journal.outcomes(), evidence: try journal.outcomeEvidence(studentID: studentID, kinds: kinds))
        let byLevel = try journal.marksByLevel(studentID: studentID, kinds: kinds)
        let subjects = Dictionary(try journal.subjects().map { ($0.id, $0.name) }) { a, _ in a }
        return .object([
            ("outcomes", .array(profile.map { result in
                .object([
                    ("code", .string(result.outcome.code)), ("name", .string(result.outcome.name)),
                    ("type", .string(result.outcome.type.rawValue)), ("earned", .int(result.earned)),
                    ("available", .int(result.available)), ("share", .decimal(result.share)),
                    ("average", .decimal(result.average)), ("level", .optional(result.level?.rawValue)),
                ])
            })),
            ("levels", levels(byLevel)),
            ("notes", .array(try journal.notes(studentID: studentID).map { item in
                .object([
                    ("date", .string(item.date.iso)), ("subject", .optional(subjects[item.subjectID])),
                    ("worked", .string(item.note.worked)), ("next_step", .string(item.note.nextStep)),
                    ("self_assessment", .optional(item.note.selfAssessment?.rawValue)),
                    ("level", .optional(item.note.level?.rawValue)),
                ])
            })),
        ])
    }

    /// `{"basic":{"average","marks"},"advanced":{…}}`.
    static func levels(_ byLevel: [AchievementLevel: [WeightedMark]]) -> JSONValue {
        .object(AchievementLevel.allCases.map { level in
            let marks = byLevel[level] ?? []
            return (level.rawValue, .object([("average", .decimal(WeightedAverage.of(marks))), ("marks", .int(marks.count))]))
        })
    }

    /// The card's JSON with `"assessment"` appended.
    static func card(_ card: JSONValue, adding assessment: JSONValue) -> JSONValue {
        guard case .object(var fields) = card else { return card }
        fields.append(("assessment", assessment))
        return .object(fields)
    }
}
