import Foundation
import HostileSupport
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore
@testable import ZhurnalTools

/// The demo school: deterministic, every class with the students a teacher expects to see, and
/// written into a journal that reports can read.
@Suite struct DemoTests {
    let settings = SchoolSettings.defaults(schoolYearStarting: DemoGenerator.schoolYear)

    /// Everything generated, as text, to compare two schools.
    private func fingerprint(_ school: DemoSchool) -> String {
        var text = "\(school.schoolName) \(school.schoolYear) \(school.today.iso)\n"
        for demoClass in school.classes {
            text += demoClass.name + ": " + demoClass.students.map { "\($0.lastName) \($0.firstName) \($0.middleName) \($0.profile)" }
                .joined(separator: ", ") + "\n"
            for subject in demoClass.subjects {
                text += "  \(subject.name) exempt \(subject.exempt.sorted())\n"
                for column in subject.columns {
                    text += "    \(column.date.iso) \(column.kindName) \(column.weight?.description ?? "-"): "
                        + column.entries.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") + "\n"
                }
            }
        }
        return text
    }

    /// A student's weighted average over every subject's columns of a term.
    private func average(_ index: Int, in demoClass: DemoClass, term: Int, subjects: [DemoSubject]? = nil) -> Recommendation {
        let term = settings.calendar.term(number: term)!
        var marks: [(entry: Entry, weight: Weight)] = []
        for subject in subjects ?? demoClass.subjects {
            for column in subject.columns where term.contains(column.date) {
                guard let entry = column.entries[index] else { continue }
                let code = settings.kinds.kind(named: column.kindName)?.code ?? ""
                marks.append((entry, settings.weight(kindCode: code, override: column.weight)))
            }
        }
        return settings.attestation.recommend(marks)
    }

    @Test func theSameSeedGivesTheSameSchool() {
        var a = DemoGenerator(seed: 42), b = DemoGenerator(seed: 42), c = DemoGenerator(seed: 43)
        let first = fingerprint(a.generate())
        #expect(first == fingerprint(b.generate()))
        #expect(first != fingerprint(c.generate()))
        #expect(first.count > 10_000)
    }

    @Test func everyClassHasImprovingDecliningAndSteadyStudents() throws {
        var generator = DemoGenerator()
        let school = generator.generate()
        #expect(school.classes.map(\.name) == ["5А", "7Б", "9А"])
        for demoClass in school.classes {
            let profiles = demoClass.students.map(\.profile)
            for profile in [DemoProfile.improving, .declining, .strong] {
                let index = try #require(profiles.firstIndex(of: profile), "\(demoClass.name) \(profile)")
                let one = try #require(average(index, in: demoClass, term: 1).average)
                let two = try #require(average(index, in: demoClass, term: 2).average)
                let change = two - one
                switch profile {
                case .improving: #expect(change > Ratio(hundredths: 30), "\(demoClass.name) improving \(one) → \(two)")
                case .declining: #expect(change < Ratio(hundredths: -30), "\(demoClass.name) declining \(one) → \(two)")
                default:
                    #expect(change < Ratio(hundredths: 30) && change > Ratio(hundredths: -30), "\(demoClass.name) strong \(one) → \(two)")
                    #expect(one > Ratio(hundredths: 440), "\(demoClass.name) strong \(one)")
                }
            }
        }
    }

    @Test func someoneHasTooFewMarksInTermTwoAndThereAreAbsences() throws {
        var generator = DemoGenerator()
        let school = generator.generate()
        for demoClass in school.classes {
            let academic = demoClass.subjects.filter { $0.exempt.isEmpty }
            let index = try #require(demoClass.students.firstIndex { $0.profile == .oftenAbsent })
            for subject in academic {
                #expect(average(index, in: demoClass, term: 2, subjects: [subject]).mark == .notAttested,
                        "\(demoClass.name) \(subject.name)")
            }
            let entries = demoClass.subjects.flatMap { $0.columns.flatMap { $0.entries.values } }
            let absences = entries.filter { if case .absence = $0 { return true } else { return false } }
            #expect(absences.count > entries.count / 100, "\(demoClass.name)")
            // Every reason a school journal shows: ill (most), excused, late, without a reason.
            var reasons: [Absence: Int] = [:]
            for case .absence(let reason) in entries { reasons[reason, default: 0] += 1 }
            #expect(Set(reasons.keys) == Set(Absence.allCases), "\(demoClass.name): \(reasons)")
            #expect((reasons[.ill] ?? 0) > (reasons[.absent] ?? 0), "\(demoClass.name): \(reasons)")
        }
    }

    @Test func physicalEducationHasAnExemptStudent() throws {
        var generator = DemoGenerator()
        let school = generator.generate()
        let withPE = school.classes.filter { $0.subjects.contains { $0.name == "Физическая культура" } }
        #expect(withPE.map(\.name) == ["5А"])
        for demoClass in withPE {
            let pe = try #require(demoClass.subjects.first { $0.name == "Физическая культура" })
            #expect(pe.exempt.count == 1)
            let index = try #require(pe.exempt.first)
            #expect(!pe.columns.isEmpty)
            #expect(pe.columns.allSatisfy { $0.entries[index] == .exempt })
            #expect(demoClass.subjects.filter { $0.name != pe.name }.allSatisfy { $0.exempt.isEmpty })
        }
    }

    @Test func theWrittenDemoGivesStatisticsAndFinalMarksForTermOne() throws {
        let scratch = ScratchFolder()
        let journal = try Journal(path: scratch.path("demo.sqlite"), user: "teacher")
        var generator = DemoGenerator()
        let school = generator.generate()
        try DemoWriter.write(school, into: journal)
        let stored = try journal.schoolSettings(today: DemoGenerator.today)
        #expect(stored.schoolName == school.schoolName)
        let builder = SummaryBuilder(journal: journal, settings: stored, today: DemoGenerator.today)
        #expect(try builder.period(term: nil, year: false) == .term(2))
        for demoClass in school.classes {
            let schoolClass = try #require(try journal.classes().first { $0.name == demoClass.name })
            #expect(try journal.students(classID: schoolClass.id).count == demoClass.students.count)
            for subject in demoClass.subjects {
                let summary = try builder.subject(className: demoClass.name, subject: subject.name, period: .term(1))
                let stats = summary.statistics
                #expect(stats.progress != nil && stats.quality != nil && stats.sou != nil && stats.meanMark != nil,
                        "\(demoClass.name) \(subject.name)")
                #expect(summary.rows.allSatisfy { $0.final != nil }, "\(demoClass.name) \(subject.name)")
                #expect(stats.exempt == subject.exempt.count)
            }
            let finals = try journal.finalMarks(classID: schoolClass.id, term: 1)
            #expect(finals.count == demoClass.students.count * demoClass.subjects.count)
            #expect(try journal.finalMarks(classID: schoolClass.id, term: 2).isEmpty)
            // One override with its reason per class.
            #expect(finals.filter { !$0.reason.isEmpty }.count == 1, "\(demoClass.name)")
        }
        let summary = try builder.classSummary(className: "7Б", period: .term(1))
        #expect(summary.subjects.count == 8)
        #expect(summary.categories.count == 30)
    }
}
