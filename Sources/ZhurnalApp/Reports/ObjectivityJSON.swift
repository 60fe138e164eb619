import ZhurnalCore

/// The JSON form of the objectivity report: the fields of docs/file-formats.md ("Objectivity JSON")
/// for the procedure as a whole, then the same per class and subject with each participant.
public enum ObjectivityJSON {
    /// `{"procedure","participants","lowered",…,"external":{stats},"journal":{stats},"correlation",
    /// "highlighted":{…},"subjects":[…],"groups":[…]}`. The top-level correlation is `null` when
    /// the procedure spans several subjects; `subjects` has each subject's figures and correlation.
    public static func report(_ report: ObjectivityReport) -> JSONValue {
        .object([("procedure", .string(report.procedure))] + fields(report.figures)
                + [("subjects", .array(report.subjects.map { .object([("subject", .string($0.subject))] + fields($0.figures)) })),
                   ("groups", .array(report.groups.map(group)))])
    }

    private static func group(_ group: ObjectivityReport.Group) -> JSONValue {
        .object([("class", .string(group.className)), ("subject", .string(group.subject)), ("term", .int(group.term))]
                + fields(group.figures) + [("students", .array(group.participants.map(participant)))])
    }

    private static func fields(_ f: ObjectivityReport.Figures) -> [(String, JSONValue)] {
        [
            ("participants", .int(f.participants)),
            ("lowered", .int(f.lowered)), ("confirmed", .int(f.confirmed)), ("raised", .int(f.raised)),
            ("lowered_pct", .decimal(f.loweredPercent)), ("confirmed_pct", .decimal(f.confirmedPercent)),
            ("raised_pct", .decimal(f.raisedPercent)),
            ("external", SummaryJSON.statistics(f.external)), ("journal", SummaryJSON.statistics(f.journal)),
            ("correlation", f.correlation.map { .number($0.shown) } ?? .null),
            ("highlighted", .object([("lowered", .bool(f.loweredHighlighted)), ("raised", .bool(f.raisedHighlighted))])),
        ]
    }

    private static func participant(_ p: ObjectivityReport.Participant) -> JSONValue {
        .object([
            ("name", .string(p.name)),
            ("score", p.score.map(JSONValue.int) ?? .null),
            ("external_mark", .int(p.externalMark)),
            ("journal_mark", .optional(p.journalMark?.description)),
            ("average", .decimal(p.average)),
            ("comparison", .optional(p.comparison.map(word))),
        ])
    }

    private static func word(_ comparison: ObjectivityReport.Comparison) -> String {
        switch comparison {
        case .lowered: return "lowered"
        case .confirmed: return "confirmed"
        case .raised: return "raised"
        }
    }
}
