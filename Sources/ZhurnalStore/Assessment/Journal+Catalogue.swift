import ZhurnalCore

/// Where an outcome of the catalogue is used: it cannot be deleted while it is.
public struct OutcomeUsage: Hashable, Sendable {
    /// Lesson columns tagged with the outcome.
    public var columns: Int
    /// Rubric criteria tagged with the outcome, over every rubric.
    public var criteria: Int

    public init(columns: Int, criteria: Int) {
        self.columns = columns
        self.criteria = criteria
    }

    /// True when nothing uses the outcome.
    public var isUnused: Bool { columns == 0 && criteria == 0 }
}

extension Journal {
    /// How many lesson columns each rubric is attached to, by rubric id (unattached rubrics absent).
    public func rubricColumnCounts() throws -> [Int: Int] {
        try read {
            var counts: [Int: Int] = [:]
            try connection.cachedStatement("SELECT rubric_id, count(*) AS columns FROM column_rubrics GROUP BY rubric_id")
                .forEachRow { counts[$0.int("rubric_id")] = $0.int("columns") }
            return counts
        }
    }

    /// Deletes a rubric that no column uses; false (and nothing deleted) when a column does.
    @discardableResult
    public func deleteRubric(id: Int) throws -> Bool {
        try write(needing: .catalogue) { _ in
            guard try attachedColumns(rubricID: id).isEmpty else { return false }
            try connection.run("DELETE FROM rubrics WHERE id = ?", id)
            return true
        }
    }

    /// Where an outcome is used: tagged columns and tagged criteria of the saved rubrics.
    public func outcomeUsage(code: String) throws -> OutcomeUsage {
        let columns = try read {
            try connection.scalarInt("SELECT count(*) FROM column_outcomes WHERE outcome_code = ?", code) ?? 0
        }
        let criteria = try rubrics().reduce(0) { sum, stored in
            sum + stored.rubric.criteria.filter { $0.outcome == code }.count
        }
        return OutcomeUsage(columns: columns, criteria: criteria)
    }

    /// Deletes an outcome nothing uses; false (and nothing deleted) when a column or a criterion does.
    @discardableResult
    public func deleteOutcome(code: String) throws -> Bool {
        try write(needing: .catalogue) { _ in
            guard try outcomeUsage(code: code).isUnused else { return false }
            try connection.run("DELETE FROM outcomes WHERE code = ?", code)
            return true
        }
    }
}
