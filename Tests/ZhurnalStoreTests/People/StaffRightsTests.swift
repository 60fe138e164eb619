import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// Staff rights in the one write path (docs/deployment.md, "Rights"): every kind of write
/// tried by every role, allowed or refused with the right it needs and nothing changed.
@Suite struct StaffRightsTests {
    let scratch = Scratch()

    /// The staff of the fixture school: the administrator owns the file.
    enum Person: String, CaseIterable, Sendable {
        case admin, deputy = "zavuch", teacher = "ivanova", colleague = "petrov", classTeacher = "sidorova", stranger

        var roles: [StaffRole]? {
            switch self {
            case .admin: return [.admin]
            case .deputy: return [.deputy]
            case .teacher: return [.teacher]
            case .colleague: return [.teacher]
            case .classTeacher: return [.classTeacher("7а")]
            case .stranger: return nil
            }
        }
    }

    /// A kind of write, with the right it needs.
    struct Write: Sendable {
        let name: String
        let right: StaffRight?
        let run: @Sendable (Fixture, Int) throws -> Void
    }

    /// The school: 7А with Математика (taught by ivanova) and Русский язык (by petrov), a mark, a
    /// rubric attached with points, a note and an outcome; then the staff list.
    private func school() throws -> (Fixture, rubricID: Int) {
        let f = try Fixture(try scratch.journal(user: Person.admin.rawValue))
        let j = f.journal, column = f.columns[0].id, student = f.students[0].id
        try j.setEntry(columnID: f.columns[1].id, studentID: student, to: .mark(4))
        try j.setFinalMark(studentID: student, subjectID: f.subject.id, term: 1, to: "4")
        let rubric = try j.saveRubric(tenPointRubric()).rubricID
        try j.attachRubric(rubric, toColumn: column)
        try j.scoreRubric(columnID: column, studentID: student, points: ["1": 6, "2": 2])
        try j.saveOutcome(Outcome(code: "П2", name: "задачи", type: .subject))
        let russian = try j.findOrCreateSubject(named: "Русский язык")
        #expect(try j.importStaff(Array(("login,last_name,first_name,middle_name,roles\n" + Person.allCases.compactMap { person in
            person.roles.map { "\(person.rawValue),Фамилия\(person.rawValue),Имя,Отчество,\(StaffRole.code(of: $0))" }
        }.joined(separator: "\n")).utf8)) == 5)
        try j.setCurriculum(classID: f.schoolClass.id, subjectID: f.subject.id, teacher: Person.teacher.rawValue)
        try j.setCurriculum(classID: f.schoolClass.id, subjectID: russian.id, teacher: Person.colleague.rawValue)
        return (f, rubric)
    }

    private static let journalRight = StaffRight.journal(classID: 1, subjectID: 1)

    /// Every kind of write (the class 7А has id 1, Математика id 1).
    static let writes: [Write] = [
        Write(name: "entry", right: journalRight) { f, _ in
            _ = try f.journal.setEntry(columnID: f.columns[0].id, studentID: f.students[1].id, to: .mark(5)) },
        Write(name: "final mark", right: journalRight) { f, _ in
            _ = try f.journal.setFinalMark(studentID: f.students[0].id, subjectID: f.subject.id, term: 1, to: "5") },
        Write(name: "column add", right: journalRight) { f, _ in
            _ = try f.journal.addColumn(classID: f.schoolClass.id, subjectID: f.subject.id,
                                        date: LocalDate(year: 2026, month: 9, day: 10)!, kindCode: "test") },
        Write(name: "column edit", right: journalRight) { f, _ in
            var column = f.columns[1]; column.topic = "Проценты"; try f.journal.updateColumn(column) },
        Write(name: "column delete", right: journalRight) { f, _ in _ = try f.journal.deleteColumn(id: f.columns[1].id) },
        Write(name: "rubric score", right: journalRight) { f, _ in
            _ = try f.journal.scoreRubric(columnID: f.columns[0].id, studentID: f.students[0].id, points: ["2": 3]) },
        Write(name: "rubric detach", right: journalRight) { f, _ in try f.journal.attachRubric(nil, toColumn: f.columns[0].id) },
        Write(name: "formative note", right: journalRight) { f, _ in
            _ = try f.journal.setNote(columnID: f.columns[0].id, studentID: f.students[1].id,
                                      to: FormativeNote(worked: "начал", nextStep: "закончить")) },
        Write(name: "outcome tags", right: journalRight) { f, _ in try f.journal.tagColumn(f.columns[0].id, outcomes: ["П2"]) },
        Write(name: "level", right: journalRight) { f, _ in try f.journal.setLevel(.advanced, ofColumn: f.columns[0].id) },
        Write(name: "bulk write", right: journalRight) { f, _ in
            _ = try f.journal.bulkWrite { try $0.setEntry(columnID: f.columns[1].id, studentID: f.students[2].id, to: .mark(3)) } },
        Write(name: "marks import", right: journalRight) { f, _ in
            _ = try f.journal.importMarks(Array(("class,subject,date,work,weight,student,mark\n"
                + "7А,Математика,2026-09-02,тест,,Иванов Пётр,5\n").utf8), kinds: WorkKind.defaults) },
        Write(name: "final-marks import", right: journalRight) { f, _ in
            _ = try f.journal.importFinalMarks(Array(("class,subject,term,student,mark,reason\n"
                + "7А,Математика,1,Иванов Пётр,5,олимпиада\n").utf8)) },
        Write(name: "plan", right: journalRight) { f, _ in
            _ = try f.journal.importPlan(Array("class,subject,number,topic,homework\n7А,Математика,1,Дроби,№ 1\n".utf8),
                                         calendar: try f.journal.schoolCalendar(today: Scratch.endOfYear)) },
        Write(name: "roster", right: .roster(classID: 1)) { f, _ in
            _ = try f.journal.addStudent(classID: f.schoolClass.id, lastName: "Новиков", firstName: "Олег") },
        Write(name: "roster import", right: .roster(classID: 1)) { f, _ in
            _ = try f.journal.importRoster(Array("class,last_name,first_name,middle_name\n7А,Новиков,Олег,\n".utf8), className: nil) },
        Write(name: "new class", right: .school) { f, _ in _ = try f.journal.createClass(named: "8Б") },
        Write(name: "subject rename", right: .school) { f, _ in try f.journal.renameSubject(id: f.subject.id, to: "Алгебра") },
        Write(name: "setting", right: .school) { f, _ in try f.journal.setSetting(Data("x".utf8), named: "test") },
        Write(name: "curriculum", right: .school) { f, _ in
            try f.journal.setCurriculum(classID: f.schoolClass.id, subjectID: f.subject.id, teacher: "petrov") },
        Write(name: "timetable", right: .school) { f, _ in
            try f.journal.setTimetableLesson(classID: f.schoolClass.id, weekday: 1, lesson: 1, subjectID: f.subject.id) },
        Write(name: "calendar import", right: .school) { f, _ in
            _ = try f.journal.importCalendar(Array("kind,number,start,end,grades\nterm,1,2026-09-01,2026-12-28,\n".utf8),
                                             today: Scratch.endOfYear) },
        Write(name: "lock", right: .lockTerms) { f, _ in try f.journal.setTermLocked(true, term: TermLock(term: 2, kind: .quarter)) },
        Write(name: "unlock", right: .lockTerms) { f, _ in try f.journal.setTermLocked(false, term: TermLock(term: 2, kind: .quarter)) },
        Write(name: "catalogue", right: .catalogue) { f, _ in
            try f.journal.saveOutcome(Outcome(code: "П3", name: "графики", type: .subject)) },
        Write(name: "staff", right: .staff) { f, _ in
            try f.journal.setStaffMember(StaffMember(login: "novikova", lastName: "Новикова", firstName: "Ольга", roles: [.teacher])) },
        Write(name: "staff import", right: .staff) { f, _ in
            _ = try f.journal.importStaff(Array("login,last_name,first_name,roles\nnovikova,Новикова,Ольга,учитель\n".utf8)) },
    ]

    /// The rights matrix as docs/deployment.md ("Rights") and docs/user-guide.md state it.
    static func allowed(_ person: Person, _ right: StaffRight?) -> Bool {
        switch (person, right) {
        case (.admin, _): return true
        case (.stranger, _): return false
        case (.deputy, .roster), (.deputy, .school), (.deputy, .lockTerms), (.deputy, .catalogue): return true
        case (.teacher, .journal), (.teacher, .catalogue), (.colleague, .catalogue): return true
        case (.classTeacher, .roster): return true
        default: return false
        }
    }

    private struct Snapshot: Equatable {
        let counts: JournalCounts
        let history: [HistoryRecord]
        let columns: [LessonColumn]
        let staff: [StaffMember]
        let locks: Set<TermLock>

        init(_ f: Fixture) throws {
            counts = try f.journal.counts()
            history = try f.journal.recentHistory(limit: 10_000)
            columns = try f.journal.columns(classID: f.schoolClass.id, subjectID: f.subject.id)
            staff = try f.journal.staff()
            locks = try f.journal.lockedTerms()
        }
    }

    @Test(arguments: Person.allCases, writes.indices)
    func everyWriteByEveryRole(person: Person, index: Int) throws {
        let write = Self.writes[index]
        let (school, rubric) = try school()
        if write.name == "unlock" { try school.journal.setTermLocked(true, term: TermLock(term: 2, kind: .quarter)) }
        let acting = Fixture(journal: try scratch.journal(user: person.rawValue), from: school)
        let before = try Snapshot(acting)
        var refusal: (any Error)?
        do { try write.run(acting, rubric) } catch { refusal = error }
        if Self.allowed(person, write.right) {
            #expect(refusal == nil, "\(person) \(write.name): \(refusal.map { "\($0)" } ?? "")")
        } else {
            let expected = person == .stranger ? "unknownStaff(\"stranger\")" : "notAllowed(ZhurnalCore.StaffRight.\(write.right.map { "\($0)" } ?? ""))"
            #expect(refusal.map { "\($0)".contains(expected) } ?? false,
                    "\(person) \(write.name): \(refusal.map { "\($0)" } ?? "not refused"), expected \(expected)")
            #expect(try Snapshot(acting) == before, "\(person) \(write.name) changed something")
        }
    }

    @Test func aPersonalJournalAllowsEverything() throws {
        let f = try Fixture(try scratch.journal(user: "anyone"))
        #expect(try f.journal.staff().isEmpty)
        #expect(try f.journal.staffAccess() == .owner("anyone"))
        try f.journal.setTermLocked(true, term: TermLock(term: 1, kind: .quarter))
        try f.journal.setTermLocked(false, term: TermLock(term: 1, kind: .quarter))
        try f.journal.setCurriculum(classID: f.schoolClass.id, subjectID: f.subject.id, teacher: "someone")
        #expect(try f.journal.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(5)))
    }

    @Test func readsFollowTheRoles() throws {
        let (school, _) = try school()
        let russian = try school.journal.subjects().first { $0.name == "Русский язык" }!.id
        let math = school.subject.id, seventh = school.schoolClass.id
        func access(_ person: Person) throws -> StaffAccess { try scratch.journal(user: person.rawValue).staffAccess() }
        #expect(try access(.teacher).canRead(classID: seventh, subjectID: math))
        #expect(try !access(.teacher).canRead(classID: seventh, subjectID: russian))
        #expect(try access(.teacher).isOwn(classID: seventh, subjectID: math))
        #expect(try access(.colleague).canRead(classID: seventh, subjectID: russian))
        #expect(try !access(.colleague).canRead(classID: seventh, subjectID: math))
        #expect(try access(.classTeacher).canRead(classID: seventh, subjectID: math))
        #expect(try access(.classTeacher).canRead(classID: seventh, subjectID: russian))
        #expect(try !access(.classTeacher).canRead(classID: seventh + 100, subjectID: math))
        #expect(try access(.deputy).canRead(classID: seventh + 100, subjectID: math))
        #expect(try !access(.stranger).canRead(classID: seventh, subjectID: math))
    }

    @Test func anUnknownOrRetiredLoginIsRefusedEvenReading() throws {
        let (school, _) = try school()
        #expect(throws: StoreError.unknownStaff("stranger")) { try scratch.journal(user: "stranger").requireKnownPerson() }
        var teacher = try school.journal.staffMember(login: Person.teacher.rawValue)!
        teacher.retired = true
        try school.journal.setStaffMember(teacher)
        let retired = try scratch.journal(user: Person.teacher.rawValue)
        #expect(throws: StoreError.unknownStaff("ivanova")) { try retired.requireKnownPerson() }
        #expect(throws: StoreError.unknownStaff("ivanova")) {
            try retired.setEntry(columnID: school.columns[0].id, studentID: school.students[0].id, to: .mark(5))
        }
    }

    @Test func theStaffListMustKeepTheActingAdministrator() throws {
        let f = try Fixture(try scratch.journal(user: "owner"))
        let before = try f.journal.staff()
        #expect(throws: ImportFailure.self) {
            try f.journal.importStaff(Array("login,last_name,first_name,roles\nivanova,Иванова,Ирина,учитель\n".utf8))
        }
        #expect(try f.journal.staff() == before)
        _ = try f.journal.importStaff(Array("login,last_name,first_name,roles\nowner,Орлова,Ольга,администратор\n".utf8))
        #expect(throws: StoreError.wouldLockOut("owner")) {
            try f.journal.setStaffMember(StaffMember(login: "owner", lastName: "Орлова", firstName: "Ольга", roles: [.teacher]))
        }
        #expect(try f.journal.staffName(login: "owner") == "Орлова О.")
    }

    @Test func aStaffFileWithBadRolesOrATwiceListedLoginIsRefusedWhole() throws {
        let f = try Fixture(try scratch.journal(user: "owner"))
        for text in ["login,last_name,first_name,roles\nowner,Орлова,Ольга,admin\nx,Иванова,Ирина,директор\n",
                     "login,last_name,first_name,roles\nowner,Орлова,Ольга,admin\nowner,Иванова,Ирина,учитель\n"] {
            #expect(throws: ImportFailure.self) { try f.journal.importStaff(Array(text.utf8)) }
        }
        #expect(try f.journal.staff().isEmpty)
    }

    @Test func rolesParseInEnglishAndRussian() {
        #expect(StaffRole.list("учитель|классный_руководитель:7А|завуч|администратор")
                == [.teacher, .classTeacher("7А"), .deputy, .admin])
        #expect(StaffRole.list("teacher|class_teacher:5Б") == [.teacher, .classTeacher("5Б")])
        #expect(StaffRole.list("директор") == nil)
        #expect(StaffRole.list("class_teacher:") == nil)
    }
}
