import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// Students over time in the store: each movement through the write path with its history row
/// and undo; a mark outside the student's days in the class is refused from every path and
/// nothing changes.
@Suite struct MovementTests {
    let scratch = Scratch()
    static func day(_ month: Int, _ day: Int, _ year: Int = 2026) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    @Test func anArrivalAddsTheStudentFromHisDayAndUndoTakesBothBack() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        let pupil = try j.arrive(classID: f.schoolClass.id, lastName: "Новиков", firstName: "Олег", date: Self.day(9, 2), order: "12-у")
        #expect(try j.movements(studentID: pupil.id).map(\.kind) == [.arrive])
        #expect(try j.movements(studentID: pupil.id).first?.order == "12-у")
        let enrollment = try j.enrollment(of: pupil)
        #expect(!enrollment.isEnrolled(in: f.schoolClass.id, on: Self.day(9, 1)))
        #expect(try j.recentHistory(limit: 2).map(\.kind).contains(.movement))
        _ = try j.undo()
        #expect(try j.student(id: pupil.id) == nil)
        #expect(try j.movements().isEmpty)
    }

    @Test func aMarkBeforeTheArrivalIsRefusedAndNothingChanges() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        let pupil = try j.arrive(classID: f.schoolClass.id, lastName: "Новиков", firstName: "Олег", date: Self.day(9, 2))
        let before = try j.recentHistory(limit: 100)
        let onTheFirst = f.columns.first { $0.date == Self.day(9, 1) }!.id
        #expect(throws: StoreError.notEnrolled(studentID: pupil.id, date: Self.day(9, 1))) {
            try j.setEntry(columnID: onTheFirst, studentID: pupil.id, to: .mark(5))
        }
        #expect(throws: StoreError.notEnrolled(studentID: pupil.id, date: Self.day(9, 1))) {
            try j.bulkWrite { try $0.setEntry(columnID: onTheFirst, studentID: pupil.id, to: .absence(.ill)) }
        }
        #expect(try j.entry(columnID: onTheFirst, studentID: pupil.id) == nil)
        #expect(try j.recentHistory(limit: 100) == before)
        let onTheSecond = f.columns.first { $0.date == Self.day(9, 2) }!.id
        #expect(try j.setEntry(columnID: onTheSecond, studentID: pupil.id, to: .mark(4)))
    }

    @Test func aDepartureRefusesMarksAfterItsDayAndUndoAllowsThemAgain() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal, leaver = f.students[0].id
        try j.leave(studentID: leaver, date: Self.day(9, 1), reason: "переезд", order: "15-в")
        let moves = try j.movements(studentID: leaver)
        #expect(moves.map(\.kind) == [.leave] && moves[0].reason == "переезд" && moves[0].classID == f.schoolClass.id)
        let onTheSecond = f.columns.first { $0.date == Self.day(9, 2) }!.id
        let onTheFirst = f.columns.first { $0.date == Self.day(9, 1) }!.id
        #expect(throws: StoreError.notEnrolled(studentID: leaver, date: Self.day(9, 2))) {
            try j.setEntry(columnID: onTheSecond, studentID: leaver, to: .absence(.absent))
        }
        #expect(try j.setEntry(columnID: onTheFirst, studentID: leaver, to: .mark(3)))
        _ = try j.undo()
        _ = try j.undo()
        #expect(try j.movements().isEmpty)
        #expect(try j.setEntry(columnID: onTheSecond, studentID: leaver, to: .mark(5)))
    }

    @Test func aDepartureWithMarksAfterItIsRefused() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal, leaver = f.students[0].id
        let onTheSecond = f.columns.first { $0.date == Self.day(9, 2) }!.id
        try j.setEntry(columnID: onTheSecond, studentID: leaver, to: .mark(5))
        #expect(throws: StoreError.entriesAfterMovement(studentID: leaver, date: Self.day(9, 1))) {
            try j.leave(studentID: leaver, date: Self.day(9, 1))
        }
        #expect(try j.movements().isEmpty)
    }

    /// The same student moves: his id, his marks in the old class; no second, empty student.
    @Test func aTransferMovesTheSameStudentAndUndoBringsHimBack() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal, mover = f.students[1]
        let other = try j.findOrCreateClass(named: "7Б")
        let onTheFirst = f.columns.first { $0.date == Self.day(9, 1) }!.id
        try j.setEntry(columnID: onTheFirst, studentID: mover.id, to: .mark(4))
        try j.transfer(studentID: mover.id, toClassID: other.id, date: Self.day(9, 2), order: "20")
        #expect(try j.student(id: mover.id)?.classID == other.id)
        #expect(try j.students(classID: other.id).map(\.id) == [mover.id])
        #expect(try j.counts().students == 3)
        let old = try j.grid(classID: f.schoolClass.id, subjectID: f.subject.id)
        #expect(old.students.contains { $0.id == mover.id })
        #expect(old[column: onTheFirst, student: mover.id] == .mark(4))
        #expect(!old.isEnrolled(mover.id, on: Self.day(9, 2)))
        let onTheSecond = f.columns.first { $0.date == Self.day(9, 2) }!.id
        #expect(throws: StoreError.notEnrolled(studentID: mover.id, date: Self.day(9, 2))) {
            try j.setEntry(columnID: onTheSecond, studentID: mover.id, to: .mark(5))
        }
        #expect(old.within(Self.day(9, 2)...Self.day(9, 30)).students.allSatisfy { $0.id != mover.id })
        _ = try j.undo()
        #expect(try j.student(id: mover.id)?.classID == f.schoolClass.id)
        #expect(try j.movements().isEmpty)
        _ = try j.redo()
        #expect(try j.student(id: mover.id)?.classID == other.id)
    }

    @Test func aTransferToHisOwnClassOrBeforeALaterMovementIsRefused() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal, mover = f.students[1].id
        let other = try j.findOrCreateClass(named: "7Б")
        #expect(throws: StoreError.notEnrolled(studentID: mover, date: Self.day(9, 2))) {
            try j.transfer(studentID: mover, toClassID: f.schoolClass.id, date: Self.day(9, 2))
        }
        try j.transfer(studentID: mover, toClassID: other.id, date: Self.day(10, 1))
        #expect(throws: StoreError.movementBefore(studentID: mover, latest: Self.day(10, 1))) {
            try j.leave(studentID: mover, date: Self.day(9, 20))
        }
        #expect(try j.movements().count == 1)
    }

    @Test func aRenameKeepsTheOldNameInTheHistoryAndUndoRestoresIt() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal, pupil = f.students[1]
        try j.rename(studentID: pupil.id, lastName: "Смирнова", firstName: "Анна", middleName: "Сергеевна", date: Self.day(10, 1))
        #expect(try j.student(id: pupil.id)?.fullName == "Смирнова Анна Сергеевна")
        let record = try j.movements(studentID: pupil.id)[0]
        #expect(record.kind == .rename && record.oldName.hasPrefix("Петрова\tАнна"))
        #expect(try j.enrollment(of: try j.student(id: pupil.id)!) == .always(in: f.schoolClass.id))
        _ = try j.undo()
        #expect(try j.student(id: pupil.id)?.fullName == "Петрова Анна Сергеевна")
    }
}
