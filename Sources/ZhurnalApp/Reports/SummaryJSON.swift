import ZhurnalCore

/// The JSON form of summaries, with the field names of docs/file-formats.md ("JSON reports").
public enum SummaryJSON {
    /// One subject: `{"class","subject","term","interim","students":[…],"stats":{…}}`; a student
    /// with too few marks so far has `"too_few_marks": true` and no `term_mark`; one who left the
    /// class before the period's end has `"enrolled": false` (shown, not counted).
    public static func subject(_ summary: SubjectSummary) -> JSONValue {
        .object([
            ("class", .string(summary.className)),
            ("subject", .string(summary.subject)),
            ("term", period(summary.period)),
            ("interim", .bool(summary.interim)),
            ("students", .array(summary.rows.map(row))),
            ("stats", statistics(summary.statistics)),
        ])
    }

    /// All subjects of a class, with category counts: `{"class","term","subjects":[…],"categories":{…}}`.
    public static func classSummary(_ summary: ClassSummary) -> JSONValue {
        .object([
            ("class", .string(summary.className)),
            ("term", period(summary.period)),
            ("subjects", .array(summary.subjects.map(subject))),
            ("categories", .object([
                ("excellent", .int(summary.count(of: .excellent))),
                ("good", .int(summary.count(of: .good))),
                ("one_three", .int(summary.count(of: .oneThree))),
                ("failing", .int(summary.count(of: .failing))),
                ("other", .int(summary.count(of: .other))),
            ])),
        ])
    }

    /// Class statistics: counts, percentages with two decimals, the distribution of marks.
    public static func statistics(_ stats: ClassStatistics) -> JSONValue {
        .object([
            ("enrolled", .int(stats.enrolled)),
            ("counted", .int(stats.counted)),
            ("too_few_marks", .int(stats.tooFewMarks)),
            ("progress", .decimal(stats.progress)),
            ("quality", .decimal(stats.quality)),
            ("sou", .decimal(stats.sou)),
            ("mean_mark", .decimal(stats.meanMark)),
            ("distribution", .object([
                ("5", .int(stats.n5)), ("4", .int(stats.n4)), ("3", .int(stats.n3)), ("2", .int(stats.n2)),
                ("н/а", .int(stats.notAttested)), ("осв", .int(stats.exempt)),
            ])),
        ])
    }

    private static func row(_ row: SubjectSummary.Row) -> JSONValue {
        .object([
            ("name", .string(row.name)),
            ("average", .decimal(row.average)),
            ("marks", .int(row.markCount)),
            ("term_mark", .optional((row.tooFewMarks ? nil : row.recommended)?.description)),
            ("too_few_marks", .bool(row.tooFewMarks)),
            ("final_mark", .optional(row.final?.value.description)),
            ("reason", .optional(row.final?.reason)),
            ("enrolled", .bool(row.enrolled)),
        ])
    }

    private static func period(_ period: SummaryPeriod) -> JSONValue {
        switch period {
        case .term(let n): return .int(n)
        case .year: return .string("year")
        }
    }
}
