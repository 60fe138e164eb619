import Foundation
import ZhurnalCore

/// The JSON form of a rubric (docs/rubrics.md): what `zhurnal import rubric` reads and what the
/// journal stores in `rubrics.definition`.
public enum RubricJSON {
    private struct Document: Codable {
        var name: String
        var basis: String
        var criteria: [Criterion]
        var scale: [Step]
        var columns: [Column]?
        var outcomes: [OutcomeEntry]?
    }

    private struct OutcomeEntry: Codable {
        var code: String
        var name: String
        var type: String
    }

    private struct Column: Codable {
        var `class`: String
        var subject: String
        var date: String
        var work: String
        var outcomes: [String]?
        var level: String?
    }

    private struct Criterion: Codable {
        var code: String
        var description: String?
        var max: Int
        var outcome: String?
        var group: String?
    }

    private struct Step: Codable {
        var mark: Int
        var min: Int
        var groups: [String: Int]?
    }

    /// Reads and checks a rubric.
    public static func decode(_ bytes: [UInt8]) throws(RubricImportError) -> Rubric {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch {
            throw .unreadable
        }
        guard !document.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw .noName }
        let texts = [document.name] + document.criteria.flatMap { [$0.code, $0.description ?? "", $0.outcome ?? "", $0.group ?? ""] }
            + (document.outcomes ?? []).flatMap { [$0.code, $0.name] }
        if let scalar = texts.lazy.compactMap(ControlCharacters.first(in:)).first { throw .controlCharacter(scalar.value) }
        guard let basis = RubricScaleBasis(rawValue: document.basis) else { throw .badBasis(document.basis) }
        let rubric = Rubric(
            name: document.name.trimmingCharacters(in: .whitespaces),
            criteria: document.criteria.map {
                RubricCriterion(code: $0.code, description: $0.description ?? "", maxPoints: $0.max,
                                outcome: $0.outcome, group: $0.group)
            },
            scale: RubricScale(basis: basis, steps: document.scale.map {
                RubricStep(mark: $0.mark, minimum: $0.min, groupMinima: $0.groups ?? [:])
            }))
        if let problem = rubric.problem { throw .invalid(problem) }
        return rubric
    }

    /// The lesson columns the file asks the rubric to be attached to (its optional `columns`).
    static func columns(_ bytes: [UInt8]) -> [RubricColumnReference] {
        let document = try? JSONDecoder().decode(Document.self, from: Data(bytes))
        return (document?.columns ?? []).map {
            RubricColumnReference(className: $0.class, subject: $0.subject, date: $0.date, work: $0.work,
                                  outcomes: $0.outcomes ?? [], level: $0.level)
        }
    }

    /// The outcomes the file adds to the catalogue (its optional `outcomes`).
    static func outcomes(_ bytes: [UInt8]) throws(RubricImportError) -> [Outcome] {
        let document = try? JSONDecoder().decode(Document.self, from: Data(bytes))
        return try (document?.outcomes ?? []).map { (entry: OutcomeEntry) throws(RubricImportError) -> Outcome in
            guard let type = OutcomeType(rawValue: entry.type) else { throw .badOutcomeType(entry.type) }
            return Outcome(code: entry.code, name: entry.name, type: type)
        }
    }

    /// The rubric as compact JSON with sorted keys.
    public static func encode(_ rubric: Rubric) -> String {
        let document = Document(
            name: rubric.name, basis: rubric.scale.basis.rawValue,
            criteria: rubric.criteria.map {
                Criterion(code: $0.code, description: $0.description, max: $0.maxPoints, outcome: $0.outcome, group: $0.group)
            },
            scale: rubric.scale.steps.sorted { $0.mark < $1.mark }.map {
                Step(mark: $0.mark, min: $0.minimum, groups: $0.groupMinima.isEmpty ? nil : $0.groupMinima)
            }, columns: nil, outcomes: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Why `zhurnal import rubric` wrote nothing.
public enum RubricImportError: Error, Equatable, Sendable {
    /// Not JSON of the documented shape.
    case unreadable
    case noName
    /// A name, code or description holds a control or bidirectional control character (as a
    /// pupil's name may not).
    case controlCharacter(UInt32)
    /// `basis` is neither "points" nor "percent".
    case badBasis(String)
    case invalid(RubricProblem)
    /// A column to attach names a class the journal does not have.
    case unknownClass(String)
    /// A column to attach has a date that is not `YYYY-MM-DD` or `DD.MM.YYYY`.
    case badDate(String)
    /// A column to attach names an unknown kind of work.
    case unknownWork(String)
    /// An outcome's type is not subject, regulatory, cognitive, communicative or personal.
    case badOutcomeType(String)
    /// A column's level is not basic or advanced.
    case badLevel(String)
    /// A column is tagged with an outcome that is not in the catalogue.
    case unknownOutcome(String)
    case store(StoreError)
}

/// A lesson column named in a rubric file: class, subject, date and kind of work.
struct RubricColumnReference: Hashable, Sendable {
    var className: String
    var subject: String
    var date: String
    var work: String
    /// Outcome codes to tag the column with.
    var outcomes: [String]
    /// "basic" or "advanced", if given.
    var level: String?
}
