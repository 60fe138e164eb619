import ZhurnalCore

/// One student's result in an external procedure (ВПР, ОГЭ, ЕГЭ, regional monitoring).
public struct ExternalResult: Equatable, Sendable {
    public var procedure: String
    public var classID: Int
    public var subjectID: Int
    public var studentID: Int
    public var date: LocalDate
    /// The primary score, when the file gave one.
    public var score: Int?
    /// The procedure's mark, 1–5.
    public var mark: Int

    public init(procedure: String, classID: Int, subjectID: Int, studentID: Int, date: LocalDate, score: Int?, mark: Int) {
        self.procedure = procedure
        self.classID = classID
        self.subjectID = subjectID
        self.studentID = studentID
        self.date = date
        self.score = score
        self.mark = mark
    }
}
