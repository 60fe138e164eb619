import ZhurnalCore

extension Journal {
    /// Replaces the thematic plans of the class-subject pairs a plan file lists (all or nothing)
    /// and assigns each to the class's lessons of the subject in the class's school year, in date
    /// order. Lessons with a hand-typed topic or homework keep it; the result lists them.
    public func importPlan(_ bytes: [UInt8], calendar: SchoolCalendar) throws(ImportFailure) -> PlanImportResult {
        let rows = try CSVImportFile.rows(bytes, required: PlanRow.required, optional: PlanRow.optional)
        var problems: [ImportRowError] = []
        var plans: [(schoolClass: SchoolClass, subject: Subject, topics: [PlanTopic])] = []
        do {
            let lookup = try ClassSubjectLookup(self)
            for row in rows {
                switch PlanRow.parse(row) {
                case .failure(let problem):
                    problems.append(ImportRowError(line: row.line, problem: problem))
                case .success(let record):
                    guard let (schoolClass, subject) = lookup.pair(className: record.className, subject: record.subject,
                                                                   line: row.line, problems: &problems) else { continue }
                    let index = plans.firstIndex { $0.schoolClass.id == schoolClass.id && $0.subject.id == subject.id }
                        ?? { plans.append((schoolClass, subject, [])); return plans.count - 1 }()
                    let expected = plans[index].topics.count + 1
                    guard record.topic.number == expected else {
                        problems.append(ImportRowError(line: row.line, problem: .planNumber(expected: expected,
                                                                                           found: String(record.topic.number))))
                        continue
                    }
                    plans[index].topics.append(record.topic)
                }
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            return try write { history in
                var result = PlanImportResult()
                for plan in plans {
                    let year = calendar.terms(forClass: plan.schoolClass.name).yearRange
                    let assignment = try replacePlan(plan.topics, classID: plan.schoolClass.id, subjectID: plan.subject.id,
                                                     year: year, history: history)
                    result.topics += plan.topics.count
                    result.assigned += assignment.changes.count
                    result.unplaced += assignment.unplaced
                    result.kept += assignment.kept.map {
                        PlanImportResult.Kept(className: plan.schoolClass.name, subject: plan.subject.name, date: $0.date,
                                              topic: $0.topic.isEmpty ? $0.homework : $0.topic)
                    }
                }
                return result
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }
}
