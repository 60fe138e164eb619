import ZhurnalCore

/// What a roster import added.
public struct RosterImportResult: Equatable, Sendable {
    public var studentsAdded: Int
    public var classes: Int
}

extension Journal {
    /// Adds the students of a roster file (all or nothing); students already in their class with
    /// the same full name are not added twice. `className` overrides the file's class column. A file
    /// without the three name columns may have one `ФИО` column instead; the class is matched as
    /// `NameFold.sameClass` (`7а`, `7 А` are 7А), never added twice.
    public func importRoster(_ bytes: [UInt8], className: String?) throws(ImportFailure) -> RosterImportResult {
        let rows = try Self.rosterRows(bytes, classGiven: className != nil)
        var records: [RosterRow] = [], problems: [ImportRowError] = []
        var seen = Set<String>()
        for row in rows {
            switch RosterRow.parse(row, className: className) {
            case .success(let record):
                let key = StudentDirectory.key("\(NameFold.className(record.className)) \(record.lastName) \(record.firstName) \(record.middleName)")
                if seen.insert(key).inserted {
                    records.append(record)
                } else {
                    problems.append(ImportRowError(line: row.line, problem: .duplicateStudent("\(record.lastName) \(record.firstName)")))
                }
            case .failure(let problem):
                problems.append(ImportRowError(line: row.line, problem: problem))
            }
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            return try atomically {
                var added = 0, classNames = Set<String>()
                var existing: [Int: Set<String>] = [:]
                for record in records {
                    let schoolClass = try findOrCreateClass(named: record.className)
                    classNames.insert(schoolClass.name)
                    if existing[schoolClass.id] == nil {
                        existing[schoolClass.id] = Set(try students(classID: schoolClass.id).map {
                            StudentDirectory.key("\($0.lastName) \($0.firstName) \($0.middleName)")
                        })
                    }
                    let key = StudentDirectory.key("\(record.lastName) \(record.firstName) \(record.middleName)")
                    guard existing[schoolClass.id]?.insert(key).inserted == true else { continue }
                    _ = try addStudent(classID: schoolClass.id, lastName: record.lastName, firstName: record.firstName,
                                       middleName: record.middleName)
                    added += 1
                }
                return RosterImportResult(studentsAdded: added, classes: classNames.count)
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }

    /// The rows of a roster file with three name columns, else with one full-name column; when
    /// neither fits, the three-column format's header error.
    private static func rosterRows(_ bytes: [UInt8], classGiven: Bool) throws(ImportFailure) -> [CSVMappedRow] {
        let columns = RosterRow.columns(classGiven: classGiven)
        do {
            return try CSVImportFile.rows(bytes, required: columns.required, optional: columns.optional)
        } catch .header(let error) {
            let full = RosterRow.fullNameColumns(classGiven: classGiven)
            guard let rows = try? CSVImportFile.rows(bytes, required: full.required, optional: full.optional) else {
                throw ImportFailure.header(error)
            }
            return rows
        }
    }
}
