import ZhurnalCore

/// The municipal roll-up of several schools' journals: per school and subject the statistics of
/// the counting term marks of all its classes and the share of students at risk; per school the
/// objectivity of each procedure; schools below the thresholds flagged as ШНОР candidates.
public struct DistrictReport: Sendable {
    /// The levels below which a school is flagged.
    public typealias Thresholds = DistrictThresholds

    /// One subject of one school over all its classes.
    public struct SubjectLine: Sendable {
        public var subject: String
        /// Its classes' statistics of the subject together (`ClassStatistics.total`).
        public var statistics: ClassStatistics
        public var students: Int
        public var atRisk: Int
        /// atRisk / students × 100.
        public var riskShare: Ratio? { Ratio.percent(atRisk, of: students) }
    }

    /// One school's file.
    public struct School: Sendable {
        public var name: String
        public var path: String
        public var term: Int
        /// What the school's calendar calls its terms.
        public var termKind: TermKind
        public var subjects: [SubjectLine]
        /// All subjects' counting marks together (`ClassStatistics.total` of the subjects').
        public var statistics: ClassStatistics
        public var procedures: [ObjectivityReport]
        /// The figures below the thresholds: empty when the school is not flagged.
        public var below: [DistrictLabel]
    }

    public var thresholds: Thresholds
    public var schools: [School]

    /// Procedures found in more than one school, in order of first appearance.
    public var sharedProcedures: [String] {
        var seen: [String: Int] = [:]
        var order: [String] = []
        for school in schools {
            for name in Set(school.procedures.map(\.procedure)) {
                if seen[name] == nil { order.append(name) }
                seen[name, default: 0] += 1
            }
        }
        return order.filter { seen[$0]! > 1 }.sorted()
    }
}
