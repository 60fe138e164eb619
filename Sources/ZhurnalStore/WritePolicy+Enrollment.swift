import ZhurnalCore

extension WritePolicy {
    /// Refuses a mark or attendance entry on a day the student is not in the column's class
    /// (before his arrival, after his departure, on the other side of a transfer) with
    /// `StoreError.notEnrolled`; `enrollment` nil: a student without movements, always in it.
    func checkEnrollment(_ enrollment: Enrollment?, studentID: Int, classID: Int, date: LocalDate) throws {
        guard let enrollment, !enrollment.isEnrolled(in: classID, on: date) else { return }
        throw StoreError.notEnrolled(studentID: studentID, date: date)
    }
}

extension HistoryWriter {
    /// Checks the enrollment rule for one entry, reading the journal's movements once per write.
    func checkEnrolled(studentID: Int, classID: Int, date: LocalDate) throws {
        if enrollments == nil { enrollments = try Journal.enrollments(connection: connection) }
        try policy.checkEnrollment(enrollments?[studentID], studentID: studentID, classID: classID, date: date)
    }
}
