import ZhurnalCore

/// The district roll-up as JSON: `{"thresholds":{…},"schools":[{"name","file","term","flagged",
/// "below":[…],"stats":{…},"subjects":[{"subject","stats","students","at_risk","at_risk_pct"}],
/// "procedures":[objectivity…]}],"shared_procedures":[…]}`.
public enum DistrictJSON {
    public static func report(_ report: DistrictReport) -> JSONValue {
        .object([
            ("thresholds", .object([("progress", .decimal(report.thresholds.progress)), ("quality", .decimal(report.thresholds.quality)),
                                    ("sou", .decimal(report.thresholds.sou))])),
            ("schools", .array(report.schools.map(school))),
            ("shared_procedures", .array(report.sharedProcedures.map(JSONValue.string))),
        ])
    }

    private static func school(_ school: DistrictReport.School) -> JSONValue {
        .object([
            ("name", .string(school.name)),
            ("file", .string(school.path)),
            ("term", .int(school.term)),
            ("flagged", .bool(!school.below.isEmpty)),
            ("below", .array(school.below.map { .string($0.key) })),
            ("stats", SummaryJSON.statistics(school.statistics)),
            ("subjects", .array(school.subjects.map { subject in
                .object([("subject", .string(subject.subject)), ("stats", SummaryJSON.statistics(subject.statistics)),
                         ("students", .int(subject.students)), ("at_risk", .int(subject.atRisk)),
                         ("at_risk_pct", .decimal(subject.riskShare))])
            })),
            ("procedures", .array(school.procedures.map(ObjectivityJSON.report))),
        ])
    }
}
