import Foundation
import HostileSupport
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore
@testable import ZhurnalTools

/// The district report on every core (issue «The school server»): the files are shared among
/// workers, and the output is the single-threaded one byte for byte — text and JSON — and a
/// failure is the first failing file's in the order given.
@Suite struct DistrictParallelTests {
    let scratch = ScratchFolder()

    /// Six `small` bench schools, each with its own seed.
    private func schools() throws -> [String] {
        try (0..<6).map { index in
            let path = scratch.path("school-\(index).sqlite")
            let generator = BenchGenerator(scale: .small, seed: UInt64(100 + index))
            try generator.write(school: index, into: Journal(path: path, today: generator.today))
            return path
        }
    }

    private func report(_ paths: [String], json: Bool, workers: Int) throws -> String {
        try DistrictCommand.run(paths: paths, term: 1, thresholds: .init(), json: json,
                                destination: OutputDestination(path: nil, excel: false),
                                today: LocalDate(year: 2026, month: 12, day: 1)!, language: .ru, workers: workers).stdout
    }

    @Test func everyCoreGivesTheSameBytes() throws {
        let paths = try schools()
        for json in [false, true] {
            let single = try report(paths, json: json, workers: 1)
            #expect((1...6).allSatisfy { single.contains("Школа № \($0) (бенчмарк)") }, "\(single.prefix(400))")
            for workers in [2, 3, 6] {
                #expect(try report(paths, json: json, workers: workers) == single, "json \(json), \(workers) workers")
            }
        }
    }

    /// With fewer files than workers each file's classes are shared between connections in one
    /// snapshot; the school's line is the one a single connection gives.
    @Test func aFilesClassesSharedBetweenConnectionsGiveTheSameBytes() throws {
        let paths = try schools()
        for json in [false, true] {
            for files in [Array(paths.prefix(1)), Array(paths.prefix(2))] {
                let single = try report(files, json: json, workers: 1)
                for workers in [2, 4, 7] {
                    #expect(try report(files, json: json, workers: workers) == single, "json \(json), \(files.count) files, \(workers) workers")
                }
            }
        }
        let builder = DistrictBuilder(thresholds: .init(), today: LocalDate(year: 2026, month: 12, day: 1)!)
        let journal = try Journal(path: paths[0], readOnly: true)
        let readers = try (0..<3).map { _ in try Journal(path: paths[0], readOnly: true) }
        let shared = try #require(try journal.snapshot(across: readers) {
            try builder.school(readers[0], path: paths[0], term: 1, helpers: Array(readers.dropFirst()))
        })
        let alone = try journal.snapshot { try builder.school(journal, path: paths[0], term: 1) }
        #expect(shared.subjects.count > 3)
        #expect("\(shared.subjects)" == "\(alone.subjects)")
        #expect("\(shared.statistics)" == "\(alone.statistics)" && shared.name == alone.name)
    }

    @Test func theFirstFailingFileInOrderIsTheOneNamed() throws {
        var paths = try schools()
        let missing = [scratch.path("missing-1.sqlite"), scratch.path("missing-2.sqlite")]
        paths.insert(missing[1], at: 4)
        paths.insert(missing[0], at: 2)
        for workers in [1, 3, 6] {
            do {
                _ = try report(paths, json: false, workers: workers)
                Issue.record("a missing file was not refused")
            } catch {
                #expect("\(error)".contains("missing-1"), "\(workers) workers: \(error)")
                #expect(!"\(error)".contains("missing-2"))
            }
        }
    }
}
