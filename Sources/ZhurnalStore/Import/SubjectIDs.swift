import ZhurnalCore

/// The subjects an import names, found or created once each (`Journal.findOrCreateSubject`).
struct SubjectIDs {
    private let journal: Journal
    private var known: [String: Int] = [:]

    init(journal: Journal) {
        self.journal = journal
    }

    /// The id of the subject a name means, created when the journal has none.
    mutating func id(_ name: String) throws -> Int {
        let key = NameFold.key(name)
        if let id = known[key] { return id }
        let id = try journal.findOrCreateSubject(named: name).id
        known[key] = id
        return id
    }
}
