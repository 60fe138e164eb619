import TerminalUI
import ZhurnalCore

/// The rubric editor's fields as a table: the name, the basis, a row per criterion (code,
/// description, maximum, outcome, group) and a row per mark 5…1 (threshold, group minima).
/// Read back into a `Rubric` with the checks of the rubric JSON import (`Rubric.problem`).
struct RubricForm {
    /// The marks of the scale rows, in the order shown.
    static let marks = [5, 4, 3, 2, 1]
    /// Cells of a criterion row.
    static let criterionCells = 5
    /// Rows before the first criterion: the name and the basis.
    static let headRows = 2

    var table: FieldTable

    /// The fields of `rubric`, or of a new rubric with one empty criterion and the default steps;
    /// the basis is written in the interface language.
    init(_ rubric: Rubric?, language: Language) {
        let criteria = rubric?.criteria.map {
            [$0.code, $0.description, String($0.maxPoints), $0.outcome ?? "", $0.group ?? ""]
        } ?? [Array(repeating: "", count: Self.criterionCells)]
        let steps = Self.marks.map { mark -> [String] in
            guard let step = rubric?.scale.steps.first(where: { $0.mark == mark }) else { return ["", ""] }
            return [String(step.minimum), step.groupMinima.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", ")]
        }
        let basis = rubric?.scale.basis == .percent ? (language == .en ? "percent" : "проценты") : (language == .en ? "points" : "баллы")
        table = FieldTable([[rubric?.name ?? ""], [basis]] + criteria + steps)
    }

    /// How many criterion rows the table has.
    var criterionRows: Int { table.rows.count - Self.headRows - Self.marks.count }

    /// The table rows of the criteria.
    var criterionRange: Range<Int> { Self.headRows..<(Self.headRows + criterionRows) }

    /// The first scale row.
    var scaleStart: Int { Self.headRows + criterionRows }

    /// Adds an empty criterion after the focused one (or after the last).
    mutating func addCriterion() {
        let after = criterionRange.contains(table.row) ? table.row + 1 : criterionRange.upperBound
        table.insertRow(cells: Self.criterionCells, at: after)
    }

    /// Deletes the focused criterion, keeping at least one row.
    mutating func deleteCriterion() {
        guard criterionRange.contains(table.row) else { return }
        if criterionRows == 1 {
            table.insertRow(cells: Self.criterionCells, at: table.row + 1)
            table.removeRow(at: table.row - 1)
        } else {
            table.removeRow(at: table.row)
        }
    }

    /// The rubric the fields describe, or why they do not describe one. Fully empty criterion
    /// rows are skipped; an empty threshold leaves that mark out of the scale; a criterion's
    /// outcome must be in `catalogue`.
    func rubric(catalogue: Set<String>) -> Result<Rubric, RubricFormProblem> {
        let name = table[0, 0]
        guard !name.isEmpty else { return .failure(.noName) }
        guard let basis = Self.basis(table[1, 0]) else { return .failure(.badBasis) }
        var criteria: [RubricCriterion] = []
        for row in criterionRange {
            let cells = (0..<Self.criterionCells).map { table[row, $0] }
            if cells.allSatisfy(\.isEmpty) { continue }
            guard !cells[0].isEmpty else { return .failure(.invalid(.emptyCode)) }
            guard let maximum = Int(cells[2]) else { return .failure(.invalid(.badMaximum(cells[0]))) }
            if !cells[3].isEmpty, !catalogue.contains(cells[3]) { return .failure(.unknownOutcome(cells[3])) }
            criteria.append(RubricCriterion(code: cells[0], description: cells[1], maxPoints: maximum,
                                            outcome: cells[3].isEmpty ? nil : cells[3], group: cells[4].isEmpty ? nil : cells[4]))
        }
        var steps: [RubricStep] = []
        for (offset, mark) in Self.marks.enumerated() {
            let row = scaleStart + offset
            guard !table[row, 0].isEmpty else { continue }
            guard let minimum = Int(table[row, 0]) else { return .failure(.invalid(.badMinimum(mark))) }
            guard let groups = Self.groupMinima(table[row, 1]) else { return .failure(.badGroupMinima(mark)) }
            steps.append(RubricStep(mark: mark, minimum: minimum, groupMinima: groups))
        }
        let rubric = Rubric(name: name, criteria: criteria, scale: RubricScale(basis: basis, steps: steps))
        if let problem = rubric.problem { return .failure(.invalid(problem)) }
        return .success(rubric)
    }

    /// `баллы` / `points` or `проценты` / `percent` / `%`, any unambiguous beginning.
    static func basis(_ text: String) -> RubricScaleBasis? {
        let typed = text.lowercased()
        guard !typed.isEmpty else { return nil }
        if ["баллы", "points"].contains(where: { $0.hasPrefix(typed) }) { return .points }
        if typed == "%" || ["проценты", "percent"].contains(where: { $0.hasPrefix(typed) }) { return .percent }
        return nil
    }

    /// `геометрия 2, алгебра 3` (also `геометрия: 2` or `геометрия=2`) as group → points; nil
    /// when a part has no name or no whole number; empty text gives no minima.
    static func groupMinima(_ text: String) -> [String: Int]? {
        var minima: [String: Int] = [:]
        for part in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let words = part.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "=" })
            guard words.count >= 2, let points = Int(words[words.count - 1]), points >= 0 else { return nil }
            minima[words.dropLast().joined(separator: " ")] = points
        }
        return minima
    }
}

/// Why the rubric editor saved nothing.
public enum RubricFormProblem: Error, Hashable, Sendable {
    case noName
    case badBasis
    case unknownOutcome(String)
    case badGroupMinima(Int)
    /// The name of another rubric of the journal.
    case nameTaken(String)
    /// What the rubric JSON import would refuse too.
    case invalid(RubricProblem)

    /// The reason in Russian and in English.
    var pair: (String, String) {
        switch self {
        case .noName: return ("нужно название", "a name is needed")
        case .badBasis: return ("шкала — «баллы» или «проценты»", "the scale is \"points\" or \"percent\"")
        case .unknownOutcome(let code): return ("результата \(code) нет в каталоге", "outcome \(code) is not in the catalogue")
        case .badGroupMinima(let mark):
            return ("у отметки \(mark) минимумы групп пишутся так: геометрия 2, алгебра 3",
                    "group minima of mark \(mark) are written as: geometry 2, algebra 3")
        case .nameTaken(let name): return ("критерии «\(name)» уже есть в журнале", "the journal already has a rubric \"\(name)\"")
        case .invalid(let problem): return CommandMessage.rubricPair(.invalid(problem))
        }
    }
}
