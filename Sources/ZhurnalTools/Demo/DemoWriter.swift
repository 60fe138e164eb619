import ZhurnalCore
import ZhurnalStore

/// Writes a generated demo school into an empty journal in one transaction: settings, classes,
/// students, subjects, lesson columns with entries, and the teacher's final marks of the terms
/// that have ended (the recommendation, with one override and its reason per class, and осв for
/// exempt students), the school year of `DemoYear` (curriculum, calendar, timetable, thematic plan,
/// which gives the lessons their topics and homework), the assessment data of `DemoAssessment` and
/// the October ВПР of `DemoExternal` and the staff of `DemoStaff`. The demo's own writes are kept in the history but are not
/// undoable.
public enum DemoWriter {
    /// Writes `school` into `journal`.
    public static func write(_ school: DemoSchool, into journal: Journal) throws {
        var settings = SchoolSettings.defaults(schoolName: school.schoolName, schoolYearStarting: school.schoolYear)
        settings.schoolName = school.schoolName
        try journal.atomically {
            try journal.saveSchoolSettings(settings)
            for demoClass in school.classes {
                let schoolClass = try journal.findOrCreateClass(named: demoClass.name)
                let students = try demoClass.students.map {
                    try journal.addStudent(classID: schoolClass.id, lastName: $0.lastName, firstName: $0.firstName,
                                           middleName: $0.middleName)
                }
                var overridden = false
                for subject in demoClass.subjects {
                    let stored = try journal.findOrCreateSubject(named: subject.name)
                    try writeColumns(subject, classID: schoolClass.id, subjectID: stored.id, students: students,
                                     kinds: settings.kinds, journal: journal)
                    try writeFinalMarks(subject, subjectID: stored.id, students: students, settings: settings,
                                        today: school.today, journal: journal, overridden: &overridden)
                }
            }
            try DemoYear.write(school, into: journal, settings: settings)
            try DemoAssessment.write(into: journal)
            try DemoExternal.write(into: journal, schoolYear: school.schoolYear)
            try DemoStaff.write(into: journal, owner: journal.user)
            try journal.sealHistory()
        }
    }

    private static func writeColumns(_ subject: DemoSubject, classID: Int, subjectID: Int, students: [Student],
                                     kinds: [WorkKind], journal: Journal) throws {
        try journal.bulkWrite { writer in
            for column in subject.columns {
                let kind = kinds.kind(named: column.kindName)?.code ?? "classwork"
                let id = try writer.addColumn(classID: classID, subjectID: subjectID, date: column.date, kindCode: kind,
                                              weight: column.weight)
                for (index, entry) in column.entries.sorted(by: { $0.key < $1.key }) {
                    try writer.setEntry(columnID: id, studentID: students[index].id, to: entry)
                }
            }
        }
    }

    private static func writeFinalMarks(_ subject: DemoSubject, subjectID: Int, students: [Student],
                                        settings: SchoolSettings, today: LocalDate, journal: Journal,
                                        overridden: inout Bool) throws {
        for term in settings.calendar.terms where term.end < today {
            for (index, student) in students.enumerated() {
                if subject.exempt.contains(index) {
                    _ = try journal.setFinalMark(studentID: student.id, subjectID: subjectID, term: term.number, to: "осв")
                    continue
                }
                let marks = subject.columns.filter { term.contains($0.date) }.compactMap { column in
                    column.entries[index].map { (entry: $0, weight: settings.weight(kindCode: settings.kinds.kind(named: column.kindName)?.code ?? "", override: column.weight)) }
                }
                let recommendation = settings.attestation.recommend(marks)
                var value = recommendation.mark.description
                var reason = ""
                if !overridden, case .mark(let m) = recommendation.mark, m < 5,
                   let average = recommendation.average, average.hundredthsHalfUp % 100 >= 50 {
                    value = String(m + 1)
                    reason = "учтены результаты проекта"
                    overridden = true
                }
                _ = try journal.setFinalMark(studentID: student.id, subjectID: subjectID, term: term.number, to: value,
                                             reason: reason)
            }
        }
    }
}
