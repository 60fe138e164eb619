import ZhurnalCore

extension WritePolicy {
    /// Refuses a change that needs `right` when the acting person lacks it
    /// (`StoreError.unknownStaff` for a login not on the staff list, else `.notAllowed`).
    func require(_ right: StaffRight) throws {
        guard !access.allows(right) else { return }
        guard access.isKnown else { throw StoreError.unknownStaff(access.login) }
        throw StoreError.notAllowed(right)
    }

    /// The right a history row of `kind` needs: journal rows their class-subject pair's, roster
    /// rows and movements their class's, a new class the school's.
    static func right(of kind: HistoryKind, classID: Int?, subjectID: Int?) -> StaffRight {
        switch kind {
        case .classAdd, .yearClose: return .school
        case .studentAdd, .movement: return classID.map { .roster(classID: $0) } ?? .school
        case .entry, .columnEntries, .finalMark, .columnAdd, .columnEdit, .columnDelete, .columnRestore, .rubricScore, .note,
             .columnTags:
            guard let classID, let subjectID else { return .school }
            return .journal(classID: classID, subjectID: subjectID)
        }
    }
}
