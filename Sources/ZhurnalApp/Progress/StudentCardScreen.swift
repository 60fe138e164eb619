import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// A student's card: per subject the average, marks, trend arrow, absences, final marks and a
/// sparkline; for the selected subject the risk reasons, the comparable works side by side and
/// the marks by level of work (базовый / повышенный) when it has such columns, and the dynamics
/// chart of the term or the year.
public struct StudentCardScreen: Screen {
    public enum Command: Sendable { case up, down, range, classRisk, close, outcomes, yearMark }

    let builder: ProgressBuilder
    /// The session, class and student the card was opened with; the year mark is set through them.
    var origin: (session: JournalSession, schoolClass: SchoolClass, student: Student)?
    public let card: StudentCard
    public private(set) var selected = 0
    /// The chart shows the whole year instead of the card's term.
    public private(set) var wholeYear = false

    /// The card of a student from the journal grid.
    public init(builder: ProgressBuilder, card: StudentCard) {
        self.builder = builder
        self.card = card
    }

    /// Reads the card of a student of a class for a term.
    public init(session: JournalSession, classID: Int, studentID: Int, term: Term, subjectID: Int? = nil) throws {
        guard let schoolClass = try session.journal.classes().first(where: { $0.id == classID }),
              let student = try session.journal.student(id: studentID) else { throw StoreError.noSuchStudent(studentID) }
        let builder = try ProgressBuilder(journal: session.journal, settings: session.settings, today: session.today)
            .forClass(schoolClass.name)
        self.init(builder: builder, card: try builder.card(schoolClass: schoolClass, student: student, term: term))
        origin = (session, schoolClass, student)
        if let subjectID, let name = try session.journal.subjects().first(where: { $0.id == subjectID })?.name {
            selected = card.subjects.firstIndex { $0.subject == name } ?? 0
        }
    }

    public var title: Message { .journal(.dynamics(.cardTitle(card.studentName))) }

    public var minimumSize: Size { Size(width: 60, height: 20) }

    public var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.up, .char("k"), help: .journal(.dynamics(.keySubject)), command: .up),
            KeyBinding(.down, .char("j"), help: .journal(.dynamics(.keySubject)), command: .down),
            KeyBinding(.char("y"), .char("t"), .function(6), help: .journal(.dynamics(.keyRange)),
                       bar: .journal(.barTerm), command: .range),
            KeyBinding(.char("r"), .function(7), help: .journal(.dynamics(.keyClassRisk)), command: .classRisk),
            KeyBinding(.char("o"), help: .journal(.assessment(.keyOutcomes)), command: .outcomes),
            KeyBinding(.char("g"), help: .journal(.dynamics(.keyYearMark)), command: .yearMark),
            KeyBinding(.escape, help: .keyBack, command: .close),
        ]
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, card.subjects.count - 1), selected + 1)
        case .range: wholeYear.toggle()
        case .classRisk:
            do {
                return .push(ClassRiskScreen(report: try builder.risk(className: card.className, term: card.term.number)))
            } catch {
                return .error(.journal(.failed(error)))
            }
        case .outcomes:
            do {
                return .push(try OutcomeScreen(card: card, builder: builder))
            } catch {
                return .error(.journal(.failed(error)))
            }
        case .yearMark: return openYearMark()
        case .close: return .pop
        }
        return .none
    }

    /// The year-mark form of the selected subject.
    private func openYearMark() -> ScreenAction {
        guard let origin, card.subjects.indices.contains(selected) else { return .none }
        do {
            guard let subject = try origin.session.journal.subjects().first(where: { $0.name == card.subjects[selected].subject })
            else { return .none }
            return .push(try YearMarkScreen(session: origin.session, className: origin.schoolClass.name, student: origin.student,
                                            subject: subject))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    /// The subject rows shown in a screen of `height` rows, the chart keeping at least 8.
    static func listRows(height: Int, subjects: Int) -> Int {
        min(subjects, max(3, height - 2 - 3 - 8))
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let ascii = context.glyphs == .ascii
        let t = { (text: ProgressScreenText) in context.text(.journal(.dynamics(text))) }
        let overall = ProgressText.trendText(card.overallTrend, ascii: ascii)
        let name = card.studentName.sanitized.truncated(toWidth: max(10, buffer.width / 2))
        buffer.put("\(name) · \(card.className.sanitized) · " + t(.header(term: card.termName, asOf: card.asOf.russian, overall: overall)),
                   x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        let nameWidth = 16
        let sparkWidth = max(0, buffer.width - 58)
        buffer.put(["  " + t(.subject).fitted(toWidth: nameWidth), t(.average).fitted(toWidth: 5, alignment: .right),
                    t(.marks).fitted(toWidth: 4, alignment: .right), t(.trend).fitted(toWidth: 8),
                    t(.absences).fitted(toWidth: 6), t(.finals).fitted(toWidth: 8), t(.sparkline)].joined(separator: " "),
                   x: 0, y: 1, style: Style(.header), maxWidth: buffer.width)
        let rows = Self.listRows(height: buffer.height, subjects: card.subjects.count)
        let first = min(max(0, selected - rows + 1), max(0, card.subjects.count - rows))
        for (offset, subject) in card.subjects.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let y = 2 + offset
            let r = subject.recommendation
            let finals = subject.finalMarks.keys.sorted().filter { $0 > 0 }.map { subject.finalMarks[$0]! }.joined(separator: " ")
            let atRisk = RiskAssessment.isAtRisk(subject.reasons)
            let line = [(atRisk ? "! " : "  ") + subject.subject.sanitized.fitted(toWidth: nameWidth),
                        (r.average?.shown ?? "—").fitted(toWidth: 5, alignment: .right),
                        String(r.markCount).fitted(toWidth: 4, alignment: .right),
                        ProgressText.trendText(subject.trend, ascii: ascii).fitted(toWidth: 8),
                        "\(subject.missed)/\(subject.lessonsHeld)".fitted(toWidth: 6), finals.fitted(toWidth: 8),
                        Sparkline.render(subject.series, width: sparkWidth, ascii: ascii)].joined(separator: " ")
            let style = index == selected ? Style(.selected, .bold) : (atRisk ? Style(.warning) : Style.normal)
            buffer.put(line.fitted(toWidth: buffer.width), x: 0, y: y, style: style)
        }
        guard card.subjects.indices.contains(selected) else {
            if card.subjects.isEmpty, card.upcomingLessons > 0 {
                buffer.put(t(.onlyUpcoming(lessons: card.upcomingLessons, asOf: card.asOf.russian)), x: 1, y: 2,
                           style: Style(.info), maxWidth: buffer.width - 2)
            }
            return
        }
        let subject = card.subjects[selected]
        let detailY = 2 + rows
        let reasons = ProgressText.reasons(subject.reasons, language: context.language)
        let atRisk = RiskAssessment.isAtRisk(subject.reasons)
        buffer.put(atRisk ? t(.risk(reasons)) : (subject.reasons.isEmpty ? t(.notAtRisk) : t(.decline(reasons))), x: 1, y: detailY,
                   style: atRisk ? Style(.warning, .bold) : Style(.muted), maxWidth: buffer.width - 2)
        let works = builder.settings.kinds.comparable.compactMap { kind -> String? in
            let entries = subject.works(ofKind: kind.code)
            guard !entries.isEmpty else { return nil }
            let label = context.language == .ru ? kind.shortRu : kind.shortEn
            return "\(label): " + entries.map { "\($0.entry?.description ?? "·") (\($0.date.dayMonth))" }.joined(separator: " ")
        }
        buffer.put(works.isEmpty ? t(.noComparable) : t(.comparable(works.joined(separator: "  "))), x: 1, y: detailY + 1,
                   style: Style(.muted), maxWidth: buffer.width - 2)
        var chartTop = detailY + 2
        if !subject.levels.isEmpty {
            buffer.put(context.text(.journal(.assessment(.byLevel))) + ": "
                       + OutcomeOverview.levelsLine(subject.levels, language: context.language),
                       x: 1, y: chartTop, style: Style(.info), maxWidth: buffer.width - 2)
            chartTop += 1
        }
        drawChart(subject, into: &buffer, top: chartTop, context: context)
    }

    private func drawChart(_ subject: SubjectProgress, into buffer: inout CellBuffer, top: Int, context: DrawContext) {
        let ascii = context.glyphs == .ascii
        let glyphs: ChartGlyphs = ascii ? .ascii : .unicode
        let calendar = builder.settings.calendar
        let dates = wholeYear ? (calendar.yearRange ?? card.term.start...card.term.end) : card.term.start...card.term.end
        let chart = DynamicsChart(lessons: subject.lessons, series: subject.series, classSeries: subject.classSeries,
                                  dates: dates, boundaries: calendar.terms.map(\.start).filter { $0 > dates.lowerBound },
                                  thresholds: builder.settings.attestation.thresholds)
        let legendY = buffer.height - 1
        chart.draw(into: &buffer, area: Rect(x: 0, y: top, width: buffer.width - 1, height: legendY - top), glyphs: glyphs,
                   lines: context.glyphs, monthNames: ProgressLabel.months(context.language), noMarks: context.text(.journal(.dynamics(.noMarks))))
        let t = { (text: ProgressScreenText) in context.text(.journal(.dynamics(text))) }
        let range = wholeYear ? t(.rangeYear) : t(.rangeTerm(card.termName))
        let legend = "\(glyphs.light)\(glyphs.medium)\(glyphs.heavy) \(glyphs.upperHalf) \(glyphs.classLine) \(glyphs.boundary)  "
            + t(.legend) + " · " + range
        buffer.put(legend, x: 1, y: legendY, style: Style(.muted), maxWidth: buffer.width - 2)
    }
}
