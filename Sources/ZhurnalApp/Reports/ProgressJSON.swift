import ZhurnalCore

/// The student card and the risk report as JSON: exact two-decimal numbers, `null` for no value.
public enum ProgressJSON {
    /// `{"class","student","term","as_of","overall_trend","subjects":[…]}`.
    public static func card(_ card: StudentCard, kinds: [WorkKind]) -> JSONValue {
        .object([
            ("class", .string(card.className)), ("student", .string(card.studentName)), ("term", .int(card.term.number)),
            ("as_of", .string(card.asOf.iso)), ("overall_trend", trend(card.overallTrend)),
            ("subjects", .array(card.subjects.map { subject($0, kinds: kinds) })),
        ])
    }

    /// `{"class","term","as_of","enrolled","at_risk","share","declining","subjects":[…],"students":[…],
    /// "declining_students":[…]}`; `students` ranked.
    public static func risk(_ report: RiskReport) -> JSONValue {
        .object([
            ("class", .string(report.className)), ("term", .int(report.term.number)), ("as_of", .string(report.asOf.iso)),
            ("enrolled", .int(report.classSize)), ("at_risk", .int(report.students.count)),
            ("share", .decimal(report.classShare)), ("declining", .int(report.declining.count)),
            ("subjects", .array(report.subjects.map { share in
                .object([("subject", .string(share.subject)), ("students", .int(share.students)),
                         ("at_risk", .int(share.atRisk)), ("share", .decimal(share.share)), ("declining", .int(share.declining))])
            })),
            ("students", .array(report.students.map { student($0, withClass: false) })),
            ("declining_students", .array(report.declining.map { student($0, withClass: false) })),
        ])
    }

    /// `{"grade","term","as_of","enrolled","at_risk","share","classes":[{"class","enrolled","at_risk",
    /// "share","declining"}],"students":[…]}`; `grade` null for the whole school, `students` ranked.
    public static func schoolRisk(_ report: SchoolRiskReport) -> JSONValue {
        let students = report.students
        return .object([
            ("grade", report.grade.map { .int($0) } ?? .null), ("term", .int(report.term.number)),
            ("as_of", .string(report.asOf.iso)), ("enrolled", .int(report.enrolled)), ("at_risk", .int(students.count)),
            ("share", .decimal(report.share)),
            ("classes", .array(report.classes.map { item in
                .object([("class", .string(item.className)), ("enrolled", .int(item.classSize)),
                         ("at_risk", .int(item.students.count)), ("share", .decimal(item.classShare)),
                         ("declining", .int(item.declining.count))])
            })),
            ("students", .array(students.map { student($0, withClass: true) })),
        ])
    }

    private static func student(_ student: RiskReport.StudentRisk, withClass: Bool) -> JSONValue {
        .object((withClass ? [("class", JSONValue.string(student.className))] : []) + [
            ("name", .string(student.name)),
            ("subjects", .array(student.subjects.map { item in
                .object([("subject", .string(item.subject)), ("average", .decimal(item.average)),
                         ("projected", .string(item.projected.description)), ("reasons", .array(item.reasons.map(reason)))])
            })),
        ])
    }

    /// One reason: its rule code and the numbers behind it.
    public static func reason(_ reason: RiskReason) -> JSONValue {
        var fields: [(String, JSONValue)] = [("rule", .string(reason.code))]
        switch reason {
        case .lowAverage(let average): fields.append(("average", .decimal(average)))
        case .twos(let count, let among): fields += [("count", .int(count)), ("among", .int(among))]
        case .falling(let change): fields.append(("trend", .decimal(change)))
        case .fewMarks(let count, let minimum, let daysLeft):
            fields += [("marks", .int(count)), ("minimum", .int(minimum)), ("days_left", .int(daysLeft))]
        case .absences(let missed, let lessons):
            fields += [("missed", .int(missed)), ("lessons", .int(lessons)), ("percent", .decimal(Ratio.percent(missed, of: lessons)))]
        }
        return .object(fields)
    }

    private static func trend(_ trend: Trend?) -> JSONValue {
        guard let trend else { return .null }
        return .object([("value", .decimal(trend.change)), ("direction", .string(trend.direction.rawValue))])
    }

    private static func subject(_ subject: SubjectProgress, kinds: [WorkKind]) -> JSONValue {
        let recommendation = subject.recommendation
        let works: [JSONValue] = kinds.comparable.compactMap { kind in
            let entries = subject.works(ofKind: kind.code)
            guard !entries.isEmpty else { return nil }
            return .object([("kind", .string(kind.code)), ("entries", .array(entries.map { lesson in
                .object([("date", .string(lesson.date.iso)), ("entry", .optional(lesson.entry?.description))])
            }))])
        }
        return .object([
            ("subject", .string(subject.subject)), ("average", .decimal(recommendation.average)),
            ("marks", .int(recommendation.markCount)), ("recommended", .string(recommendation.mark.description)),
            ("term_marks", .object(subject.finalMarks.keys.sorted().map { (String($0), .string(subject.finalMarks[$0]!)) })),
            ("trend", trend(subject.trend)), ("absences", .int(subject.missed)), ("lessons", .int(subject.lessonsHeld)),
            ("reasons", .array(subject.reasons.map(reason))),
            ("series", .array(subject.series.map { .object([("date", .string($0.date.iso)), ("average", .decimal($0.average))]) })),
            ("works", .array(works)),
            ("levels", AssessmentJSON.levels(subject.levels)),
        ])
    }
}
