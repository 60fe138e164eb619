import Foundation

/// A kind of work (вид работы) with its default weight and column-header labels.
public struct WorkKind: Codable, Hashable, Sendable {
    /// Stable ASCII identifier stored with each column.
    public var code: String
    public var nameRu: String
    public var nameEn: String
    /// Short label for the column header in Russian (`К`, `С`, `ДЗ`, …) and English.
    public var shortRu: String
    public var shortEn: String
    public var weight: Weight
    /// Other names a teacher may type for this kind.
    public var aliases: [String]

    public init(code: String, nameRu: String, nameEn: String, shortRu: String, shortEn: String, weight: Weight,
                aliases: [String] = []) {
        self.code = code
        self.nameRu = nameRu
        self.nameEn = nameEn
        self.shortRu = shortRu
        self.shortEn = shortEn
        self.weight = weight
        self.aliases = aliases
    }

    /// The default kinds with their weights (docs/rules.md §2).
    public static let defaults: [WorkKind] = [
        WorkKind(code: "answer", nameRu: "ответ на уроке", nameEn: "oral answer", shortRu: "ОУ", shortEn: "OA", weight: Weight(1),
                 aliases: ["устный ответ", "ответ"]),
        WorkKind(code: "homework", nameRu: "домашняя работа", nameEn: "homework", shortRu: "ДЗ", shortEn: "HW", weight: Weight(1),
                 aliases: ["домашнее задание"]),
        WorkKind(code: "classwork", nameRu: "работа на уроке", nameEn: "classwork", shortRu: "РУ", shortEn: "CW", weight: Weight(1)),
        WorkKind(code: "independent", nameRu: "самостоятельная работа", nameEn: "independent work", shortRu: "С", shortEn: "IW",
                 weight: Weight(2), aliases: ["самостоятельная"]),
        WorkKind(code: "check", nameRu: "проверочная работа", nameEn: "check-up work", shortRu: "ПР", shortEn: "CU", weight: Weight(2),
                 aliases: ["проверочная"]),
        WorkKind(code: "test", nameRu: "тест", nameEn: "test", shortRu: "Т", shortEn: "T", weight: Weight(2)),
        WorkKind(code: "dictation", nameRu: "диктант", nameEn: "dictation", shortRu: "Д", shortEn: "D", weight: Weight(2)),
        WorkKind(code: "practical", nameRu: "практическая работа", nameEn: "practical work", shortRu: "Л", shortEn: "PW",
                 weight: Weight(2), aliases: ["лабораторная работа", "лабораторная", "практическая", "laboratory work"]),
        WorkKind(code: "control", nameRu: "контрольная работа", nameEn: "control work", shortRu: "К", shortEn: "CT",
                 weight: Weight(3), aliases: ["контрольная", "exam"]),
        WorkKind(code: "credit", nameRu: "зачёт", nameEn: "credit", shortRu: "З", shortEn: "CR", weight: Weight(3)),
        WorkKind(code: "project", nameRu: "проект", nameEn: "project", shortRu: "П", shortEn: "PR", weight: Weight(3)),
        WorkKind(code: "essay", nameRu: "сочинение", nameEn: "essay", shortRu: "Соч", shortEn: "ES", weight: Weight(2),
                 aliases: ["изложение", "сочинение/изложение"]),
    ]

    /// All names this kind answers to, normalised.
    var names: [String] {
        ([code, nameRu, nameEn, shortRu, shortEn] + aliases).map(WorkKind.normalise)
    }

    /// Lower case, `ё` → `е`, spaces folded (`NameFold.key`).
    static func normalise(_ text: String) -> String {
        NameFold.key(text)
    }
}

extension Array where Element == WorkKind {
    /// The kind a teacher means by a name, code, short label or alias, forgiving case, `ё` and spaces.
    public func kind(named name: String) -> WorkKind? {
        let wanted = WorkKind.normalise(name)
        guard !wanted.isEmpty else { return nil }
        return first { $0.names.contains(wanted) }
    }

    /// The kind with a code.
    public func kind(code: String) -> WorkKind? {
        first { $0.code == code }
    }

    /// The kinds of work whose columns a student's card compares side by side: those of weight 2
    /// or more (tests, контрольные, …), in the settings' order.
    public var comparable: [WorkKind] {
        filter { $0.weight >= Weight(2) }
    }
}
