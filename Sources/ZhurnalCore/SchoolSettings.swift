/// Every school setting of docs/rules.md with its default; stored in the journal and editable.
/// Decoding tolerates missing keys, so a file written by an older version gets the defaults.
public struct SchoolSettings: Codable, Equatable, Sendable {
    public var schoolName: String
    public var kinds: [WorkKind]
    public var attestation: AttestationRules
    public var yearThresholds: Thresholds
    public var calendar: TermCalendar
    public var risk: RiskRules
    public var trend: TrendRules
    public var objectivity: ObjectivityRules

    /// The defaults of docs/rules.md for a school year starting 1 September of `year`.
    public static func defaults(schoolName: String = "", schoolYearStarting year: Int) -> SchoolSettings {
        SchoolSettings(schoolName: schoolName, kinds: WorkKind.defaults, attestation: .default,
                       yearThresholds: .ordinaryRounding, calendar: .quarters(schoolYearStarting: year),
                       risk: RiskRules(), trend: TrendRules(), objectivity: ObjectivityRules())
    }

    public init(schoolName: String, kinds: [WorkKind], attestation: AttestationRules, yearThresholds: Thresholds,
                calendar: TermCalendar, risk: RiskRules, trend: TrendRules, objectivity: ObjectivityRules) {
        self.schoolName = schoolName
        self.kinds = kinds
        self.attestation = attestation
        self.yearThresholds = yearThresholds
        self.calendar = calendar
        self.risk = risk
        self.trend = trend
        self.objectivity = objectivity
    }

    private enum CodingKeys: String, CodingKey {
        case schoolName, schoolYear, kinds, attestation, yearThresholds, calendar, risk, trend, objectivity
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let year = try c.decodeIfPresent(Int.self, forKey: .schoolYear) ?? 2026
        let fallback = SchoolSettings.defaults(schoolYearStarting: year)
        schoolName = try c.decodeIfPresent(String.self, forKey: .schoolName) ?? fallback.schoolName
        kinds = try c.decodeIfPresent([WorkKind].self, forKey: .kinds) ?? fallback.kinds
        attestation = try c.decodeIfPresent(AttestationRules.self, forKey: .attestation) ?? fallback.attestation
        yearThresholds = try c.decodeIfPresent(Thresholds.self, forKey: .yearThresholds) ?? fallback.yearThresholds
        calendar = try c.decodeIfPresent(TermCalendar.self, forKey: .calendar) ?? fallback.calendar
        risk = try c.decodeIfPresent(RiskRules.self, forKey: .risk) ?? fallback.risk
        trend = try c.decodeIfPresent(TrendRules.self, forKey: .trend) ?? fallback.trend
        objectivity = try c.decodeIfPresent(ObjectivityRules.self, forKey: .objectivity) ?? fallback.objectivity
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schoolName, forKey: .schoolName)
        if let start = calendar.terms.first?.start { try c.encode(TermCalendar.schoolYearStart(for: start), forKey: .schoolYear) }
        try c.encode(kinds, forKey: .kinds)
        try c.encode(attestation, forKey: .attestation)
        try c.encode(yearThresholds, forKey: .yearThresholds)
        try c.encode(calendar, forKey: .calendar)
        try c.encode(risk, forKey: .risk)
        try c.encode(trend, forKey: .trend)
        try c.encode(objectivity, forKey: .objectivity)
    }

    /// The weight of a column: its own, else its kind's, else 1.
    public func weight(kindCode: String, override: Weight?) -> Weight {
        override ?? kinds.kind(code: kindCode)?.weight ?? Weight(1)
    }
}

/// Risk-zone rules of docs/progress.md ("Risk zone and decline"), each a setting that can be
/// switched off.
public struct RiskRules: Codable, Equatable, Sendable {
    /// Current average below this (hundredths); nil switches the rule off.
    public var averageBelow: Int? = 300
    /// This many 2s or worse among the last `recentMarks` marks.
    public var twos: Int? = 2
    public var recentMarks = 5
    /// Trend at or below this (hundredths, negative).
    public var trendAtMost: Int? = -50
    /// Fewer marks than the attestation minimum with under this many weeks left in the term.
    public var fewMarksWeeksLeft: Int? = 3
    /// Absences over this percentage of lessons.
    public var absencePercentOver: Int? = 30

    public init() {}
}

/// Trend settings: the window in days and the band within which a trend is stable (hundredths).
public struct TrendRules: Codable, Equatable, Sendable {
    public var windowDays = 30
    public var stableBand = 20

    public init() {}
}

/// Objectivity settings: the share of students lowered or raised at which marking is highlighted.
public struct ObjectivityRules: Codable, Equatable, Sendable {
    public var highlightPercent = 25

    public init() {}
}

extension Weight: Codable {
    /// Encodes as a decimal string such as `"1.5"`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes a decimal string or number.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        // A JSON number such as 1.25 is not an Int: read it as a Double, whose shortest text is
        // the literal for any weight of at most two decimals.
        let text: String
        if let string = try? container.decode(String.self) {
            text = string
        } else if let whole = try? container.decode(Int.self) {
            text = String(whole)
        } else {
            text = String(try container.decode(Double.self))
        }
        guard let weight = Weight(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a weight: \(text)")
        }
        self = weight
    }
}

// Missing keys decode as the defaults, so settings written by an older version (or edited by hand)
// still load; for a risk rule, an explicit `null` switches the rule off and is written as `null`.

extension RiskRules {
    private enum CodingKeys: String, CodingKey {
        case averageBelow, twos, recentMarks, trendAtMost, fewMarksWeeksLeft, absencePercentOver
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        func rule(_ key: CodingKeys, _ fallback: Int?) throws -> Int? {
            c.contains(key) ? try c.decodeIfPresent(Int.self, forKey: key) : fallback
        }
        averageBelow = try rule(.averageBelow, averageBelow)
        twos = try rule(.twos, twos)
        recentMarks = try c.decodeIfPresent(Int.self, forKey: .recentMarks) ?? recentMarks
        trendAtMost = try rule(.trendAtMost, trendAtMost)
        fewMarksWeeksLeft = try rule(.fewMarksWeeksLeft, fewMarksWeeksLeft)
        absencePercentOver = try rule(.absencePercentOver, absencePercentOver)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(averageBelow, forKey: .averageBelow)
        try c.encode(twos, forKey: .twos)
        try c.encode(recentMarks, forKey: .recentMarks)
        try c.encode(trendAtMost, forKey: .trendAtMost)
        try c.encode(fewMarksWeeksLeft, forKey: .fewMarksWeeksLeft)
        try c.encode(absencePercentOver, forKey: .absencePercentOver)
    }
}

extension TrendRules {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        windowDays = try c.decodeIfPresent(Int.self, forKey: .windowDays) ?? windowDays
        stableBand = try c.decodeIfPresent(Int.self, forKey: .stableBand) ?? stableBand
    }
}

extension ObjectivityRules {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        highlightPercent = try c.decodeIfPresent(Int.self, forKey: .highlightPercent) ?? highlightPercent
    }
}
