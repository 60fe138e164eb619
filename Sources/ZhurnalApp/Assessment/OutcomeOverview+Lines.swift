import TerminalUI
import ZhurnalCore

extension OutcomeOverview {
    /// The overview as styled lines: class counts, the student's profile, marks by level, notes.
    public func lines(studentName: String, subjects: [Int: String], language: Language) -> [(String, Style)] {
        let text = { (t: AssessmentScreenText) in Message.journal(.assessment(t)).text(language) }
        var lines: [(String, Style)] = []
        let nameWidth = 34
        if classCounts.isEmpty { lines += [(text(.noOutcomes), Style(.muted)), ("", .normal)] } else {
            lines.append((text(.classOutcomes), Style(.header, .bold)))
            for count in classCounts {
                lines.append(("\(count.outcome.code) \(count.outcome.name)".fitted(toWidth: nameWidth)
                    + " \(text(.basic)) \(count.basic) · \(text(.advanced)) \(count.advanced) · \(text(.notReached)) \(count.none)", .normal))
            }
            lines.append(("", .normal))
            lines.append((studentName.fitted(toWidth: nameWidth) + " " + text(.share).fitted(toWidth: 12) + " "
                          + text(.average).fitted(toWidth: 5) + " " + text(.level), Style(.header, .bold)))
            for result in profile {
                let share = result.share.map { "\($0.shown)%" } ?? "—"
                let level = result.level.map { text($0 == .basic ? .basic : .advanced) } ?? "—"
                lines.append(("\(result.outcome.code) \(result.outcome.name)".fitted(toWidth: nameWidth) + " "
                              + share.fitted(toWidth: 12) + " " + (result.average?.shown ?? "—").fitted(toWidth: 5) + " " + level, .normal))
            }
            lines.append(("", .normal))
        }
        lines.append((text(.byLevel), Style(.header, .bold)))
        for level in AchievementLevel.allCases {
            let mine = studentLevels[level] ?? [], all = classLevels[level] ?? []
            lines.append(("\(text(level == .basic ? .basic : .advanced)): \(text(.studentColumn)) "
                          + "\(Self.summary(mine)) · \(text(.classColumn)) \(Self.summary(all))", .normal))
        }
        lines.append(("", .normal))
        lines.append((text(.notes), Style(.header, .bold)))
        if notes.isEmpty { lines.append((text(.noNotes), Style(.muted))) }
        for item in notes {
            let marks = [item.note.selfAssessment.map { text(.selfAssessment($0)) }, item.note.level.map { text($0 == .basic ? .basic : .advanced) }]
                .compactMap { $0 }.joined(separator: " · ")
            lines.append(("\(item.date.dayMonth) \(subjects[item.subjectID] ?? "") · \(marks) · \(item.note.worked) → \(item.note.nextStep)",
                          .normal))
        }
        return lines
    }

    /// The weighted average of marks and their count, `4.50 (2)`, `— (0)` without marks.
    static func summary(_ marks: [WeightedMark]) -> String {
        "\(WeightedAverage.of(marks)?.shown ?? "—") (\(marks.count))"
    }

    /// Marks by level on one line, `базовый 4.50 (2) · повышенный — (0)`.
    public static func levelsLine(_ levels: [AchievementLevel: [WeightedMark]], language: Language) -> String {
        AchievementLevel.allCases.map { level in
            Message.journal(.assessment(level == .basic ? .basic : .advanced)).text(language) + " " + summary(levels[level] ?? [])
        }.joined(separator: " · ")
    }

    /// True when there is nothing to show: no outcomes and no notes.
    public var isEmpty: Bool { classCounts.isEmpty && notes.isEmpty }
}
