import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// The grid's risk-zone marks (a `!` before the name) and the way to the student card.
extension JournalGridScreen {
    /// The students' lessons of the school year before the grid's term, read once per term: the
    /// recent marks and the trend of the risk rules reach back past the term's start.
    struct EarlierLessons {
        let term: Term
        let byStudent: [Int: [DatedEntry]]
    }

    /// Recomputes which students are at risk (after loading or switching the term).
    mutating func updateRisk() {
        if earlierLessons?.term != data.term { earlierLessons = loadEarlierLessons() }
        atRisk = Set(data.students.indices.filter { RiskAssessment.isAtRisk(riskReasons(row: $0)) }.map { data.students[$0].id })
    }

    /// Recomputes one student's risk after an edit in his row.
    mutating func updateRisk(row: Int) {
        guard data.students.indices.contains(row) else { return }
        let id = data.students[row].id
        if RiskAssessment.isAtRisk(riskReasons(row: row)) { atRisk.insert(id) } else { atRisk.remove(id) }
    }

    /// Why the student of a row is at risk in this subject (or only declining), as of today within
    /// the term, from the lessons on the days he was in the class (and in his other class of the
    /// term, when he was transferred).
    func riskReasons(row: Int) -> [RiskReason] {
        let student = data.students[row]
        let here = ((earlierLessons?.byStudent[student.id] ?? []) + data.columns.map { column in
            DatedEntry(date: column.date, entry: data.entries[CellKey(columnID: column.id, studentID: student.id)],
                       weight: session.weight(of: column))
        }).filter { data.isEnrolled(student.id, on: $0.date) }
        let lessons = here + (data.otherClassLessons[student.id] ?? [])
        let asOf = min(max(session.today, data.term.start), data.term.end)
        return RiskAssessment.reasons(lessons, term: data.term, asOf: asOf, settings: session.settings)
    }

    /// Opens the card of the student under the cursor on this subject.
    func openStudentCard() -> ScreenAction {
        guard data.students.indices.contains(cursor.row) else { return .none }
        do {
            return .push(try StudentCardScreen(session: session, classID: pair.classID, studentID: data.students[cursor.row].id,
                                               term: data.term, subjectID: pair.subjectID))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    private func loadEarlierLessons() -> EarlierLessons {
        guard let start = data.calendar.yearRange?.lowerBound, start < data.term.start,
              let grid = try? session.journal.grid(classID: pair.classID, subjectID: pair.subjectID,
                                                   dates: start...data.term.start.adding(days: -1)) else {
            return EarlierLessons(term: data.term, byStudent: [:])
        }
        let builder = ProgressBuilder(journal: session.journal, settings: session.settings, today: session.today)
        return EarlierLessons(term: data.term, byStudent: Dictionary(uniqueKeysWithValues: grid.students.map {
            ($0.id, builder.lessons(grid, studentID: $0.id))
        }))
    }
}
