import Foundation
import ZhurnalCore

/// The year's end (docs/user-guide.md §17, "End of the school year"; `zhurnal year close`).
extension Journal {
    /// The file beside the journal at `journalPath` that keeps the school year starting in `year`
    /// as it was when closed: `journal.sqlite` → `journal-2026-27.sqlite`.
    public static func closedYearPath(journalPath: String, year: Int) -> String {
        let url = URL(fileURLWithPath: journalPath)
        let stem = url.deletingPathExtension().lastPathComponent
        let suffix = url.pathExtension.isEmpty ? "sqlite" : url.pathExtension
        let name = "\(stem)-\(YearClosing.name(ofYear: year).replacingOccurrences(of: "/", with: "-")).\(suffix)"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Closes the school year of the calendar. First the journal is copied as it is into
    /// `closedYearPath(journalPath: path, year:)` (never over an existing file), which keeps the closed
    /// year readable; then, in one write transaction, the journal becomes the next year's: every
    /// class moves up a grade (7А → 8А), the 9th and 11th grades' students and those who had left
    /// are archived (removed from this file: the copy keeps them), `repeaters` (student ids) stay
    /// in their grade, the year's lessons, marks, final marks, external results, movements,
    /// timetable and plan are cleared, class teachers follow their classes, term locks are lifted
    /// and the calendar moves a year on. The curriculum stays with each class.
    ///
    /// Needs the school right (завуч, администратор). Refused, with nothing changed, when the
    /// year has not ended by `today` or the calendar has none (`StoreError.yearNotOver`), or a
    /// repeater is unknown. Its history row seals every change before it: undo refuses it
    /// (`StoreError.yearClosed`) and takes nothing back past it.
    public func closeYear(repeaters: Set<Int>) throws -> YearClosing {
        var copyWritten: String?
        do {
            return try write(needing: .school) { history in
                let calendar = try schoolCalendar(today: today)
                guard let lastDay = YearTransition.lastDay(of: calendar), lastDay < today else {
                    throw StoreError.yearNotOver(endsOn: YearTransition.lastDay(of: calendar))
                }
                for id in repeaters where try student(id: id) == nil { throw StoreError.noSuchStudent(id) }
                let year = TermCalendar.schoolYearStart(for: lastDay)
                let copy = Self.closedYearPath(journalPath: path, year: year)
                // Copied through a connection of its own: this one holds the write lock, so the
                // copy is the last committed state and nothing can change before the move below.
                try withStoreErrors { try Self.copy(SQLiteConnection(path: path, mode: .readOnly), to: copy) }
                copyWritten = copy
                let moved = try moveUp(repeaters: repeaters)
                try saveSchoolCalendar(YearTransition.nextCalendar(calendar), today: today)
                try storeSetting(nil, named: WritePolicy.locksKey)
                try connection.run("INSERT OR REPLACE INTO undo_log(history_id, state, seq) SELECT id, 'dropped', 0 FROM history")
                try history.append(.yearClose, classID: nil, subjectID: nil, old: YearClosing.name(ofYear: year),
                                   new: (copy as NSString).lastPathComponent)
                return YearClosing(year: year, copyPath: copy, classesMoved: moved.classes, graduates: moved.graduates,
                                   leavers: moved.leavers, repeaters: moved.repeaters)
            }
        } catch {
            if let copyWritten { unlink(copyWritten) }
            throw error
        }
    }

    /// The classes and students of the next year, within the closing's write; returns how many
    /// classes moved up and how many students graduated, had left, stay in their grade.
    private func moveUp(repeaters: Set<Int>) throws -> (classes: Int, graduates: Int, leavers: Int, repeaters: Int) {
        let classes = try classes()
        let fates = Dictionary(uniqueKeysWithValues: classes.map { ($0.id, YearTransition.fate(ofClass: $0.name)) })
        let enrollments = try Self.enrollments(connection: connection)
        var graduates: [Int] = [], leavers: [Int] = [], staying: [Student] = []
        for schoolClass in classes {
            for student in try students(classID: schoolClass.id) {
                if let stays = enrollments[student.id]?.spans.last, stays.last != nil {
                    leavers.append(student.id)
                } else if repeaters.contains(student.id) {
                    staying.append(student)
                } else if fates[schoolClass.id] == .graduates {
                    graduates.append(student.id)
                }
            }
        }
        for table in ["entries", "final_marks", "external_results", "movements", "lesson_columns", "timetable", "plan_topics"] {
            try connection.run("DELETE FROM \(table)")
        }
        for id in graduates + leavers { try connection.run("DELETE FROM students WHERE id = ?", id) }
        let names = Dictionary(uniqueKeysWithValues: classes.map { ($0.id, $0.name) })
        let leaving = classes.filter { fates[$0.id] != .stays }
        for schoolClass in leaving {
            try connection.run("UPDATE classes SET name = ? WHERE id = ?", "\u{1}\(schoolClass.id)", schoolClass.id)
        }
        var teachersFollow: [(old: String, new: String?)] = []
        for schoolClass in leaving {
            guard case .movesUp(let name) = fates[schoolClass.id] else { continue }
            try connection.run("UPDATE classes SET name = ? WHERE id = ?", name, schoolClass.id)
            teachersFollow.append((schoolClass.name, name))
        }
        for student in staying { try keepInGrade(student, className: names[student.classID] ?? "") }
        for schoolClass in leaving where fates[schoolClass.id] == .graduates {
            if try connection.scalarInt("SELECT 1 FROM students WHERE class_id = ? LIMIT 1", schoolClass.id) != nil {
                continue
            }
            teachersFollow.append((schoolClass.name, nil))
            try connection.run("DELETE FROM curriculum WHERE class_id = ?", schoolClass.id)
            try connection.run("DELETE FROM classes WHERE id = ?", schoolClass.id)
        }
        try moveClassTeachers(teachersFollow)
        return (leaving.count { fates[$0.id] != .graduates }, graduates.count, leavers.count, staying.count)
    }

    /// Puts a repeater into the class that carries his class's old name now: the one moved up into
    /// it, else his own graduating class (renamed back), else a new class of that name.
    private func keepInGrade(_ student: Student, className: String) throws {
        var target = try connection.scalarInt("SELECT id FROM classes WHERE name = ?", className)
        if target == nil, YearTransition.fate(ofClass: className) == .graduates {
            try connection.run("UPDATE classes SET name = ? WHERE id = ?", className, student.classID)
            target = student.classID
        }
        if target == nil {
            try connection.run("INSERT INTO classes(name) VALUES (?)", className)
            target = connection.lastInsertRowID
        }
        guard let target, target != student.classID else { return }
        let position = try connection.scalarInt("SELECT coalesce(max(position) + 1, 0) FROM students WHERE class_id = ?", target) ?? 0
        try connection.run("UPDATE students SET class_id = ?, position = ? WHERE id = ?", target, position, student.id)
    }

    /// Class teachers follow their classes: `class_teacher:7А` becomes `class_teacher:8А`; the
    /// role of a class that graduated (nil) is dropped.
    private func moveClassTeachers(_ follow: [(old: String, new: String?)]) throws {
        for member in try staff() {
            var changed = member
            changed.roles = member.roles.compactMap { role in
                guard case .classTeacher(let name) = role,
                      let entry = follow.first(where: { NameFold.sameClass($0.old, name) }) else { return role }
                return entry.new.map { .classTeacher($0) }
            }
            if changed != member { try storeStaffMember(changed) }
        }
    }
}
