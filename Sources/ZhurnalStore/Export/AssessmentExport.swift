import Foundation
import ZhurnalCore

/// The assessment side of a journal export: rubrics, criteria points (in the rubric-scores file
/// form, so that they import back), formative notes, the outcome catalogue with column tags and
/// levels.
public enum AssessmentExport {
    /// `"rubrics"`, `"rubric_scores"`, `"notes"`, `"outcomes"` and `"columns"` (tags and levels)
    /// for the classes and subjects whose names match (all when nil).
    public static func fields(from journal: Journal, kinds: [WorkKind], className: String?,
                              subject: String?) throws -> [(String, JSONValue)] {
        var scores: [JSONValue] = [], notes: [JSONValue] = [], columns: [JSONValue] = []
        let subjects = try journal.subjects()
        for schoolClass in try journal.classes() where matches(className, schoolClass.name) {
            let grids = try journal.grids(classID: schoolClass.id)
            for item in subjects where matches(subject, item.name) {
                guard let grid = grids[item.id] else { continue }
                let names = Dictionary(grid.students.map { ($0.id, "\($0.lastName) \($0.firstName)") }) { a, _ in a }
                for column in grid.columns {
                    let place: [(String, JSONValue)] = [
                        ("class", .string(schoolClass.name)), ("subject", .string(item.name)), ("date", .string(column.date.iso)),
                        ("work", .string(kinds.kind(code: column.kindCode)?.nameRu ?? column.kindCode)),
                    ]
                    for (studentID, points) in try journal.rubricPoints(columnID: column.id).sorted(by: { $0.key < $1.key }) {
                        for (code, value) in points.sorted(by: { $0.key < $1.key }) {
                            scores.append(.object(place + [("student", .optional(names[studentID])), ("criterion", .string(code)),
                                                           ("points", .int(value))]))
                        }
                    }
                    for (studentID, note) in try journal.notes(columnID: column.id).sorted(by: { $0.key < $1.key }) {
                        notes.append(.object(place + [
                            ("student", .optional(names[studentID])), ("worked", .string(note.worked)),
                            ("next_step", .string(note.nextStep)), ("self_assessment", .optional(note.selfAssessment?.rawValue)),
                            ("level", .optional(note.level?.rawValue)),
                        ]))
                    }
                    let tags = try journal.outcomeTags(columnID: column.id)
                    let level = try journal.level(ofColumn: column.id)
                    let rubric = try journal.rubric(columnID: column.id)
                    if !tags.isEmpty || level != nil || rubric != nil {
                        columns.append(.object(place + [
                            ("rubric", .optional(rubric?.rubric.name)), ("outcomes", .array(tags.map(JSONValue.string))),
                            ("level", .optional(level?.rawValue)),
                        ]))
                    }
                }
            }
        }
        let rubrics: [JSONValue] = try journal.rubrics().map { .string(RubricJSON.encode($0.rubric)) }
        let outcomes: [JSONValue] = try journal.outcomes().map {
            .object([("code", .string($0.code)), ("name", .string($0.name)), ("type", .string($0.type.rawValue))])
        }
        return [("rubrics", .array(rubrics)), ("rubric_scores", .array(scores)), ("notes", .array(notes)),
                ("outcomes", .array(outcomes)), ("columns", .array(columns))]
    }

    private static func matches(_ wanted: String?, _ name: String) -> Bool {
        wanted.map { StudentDirectory.key($0) == StudentDirectory.key(name) } ?? true
    }
}
