import ZhurnalCore
import ZhurnalStore

extension OutcomeScreen {
    /// The outcome screen of a student card's student.
    init(card: StudentCard, builder: ProgressBuilder) throws {
        let journal = builder.journal
        guard let schoolClass = try journal.classes().first(where: { $0.name == card.className }),
              case .found(let student) = try journal.findStudent(named: card.studentName, classID: schoolClass.id) else {
            throw StoreError.noSuchStudent(0)
        }
        let overview = try OutcomeOverview.build(journal: journal, classID: schoolClass.id, studentID: student.id,
                                                 kinds: builder.settings.kinds)
        let subjects = Dictionary(try journal.subjects().map { ($0.id, $0.name) }) { a, _ in a }
        self.init(overview: overview, studentName: card.studentName, subjects: subjects)
    }
}
