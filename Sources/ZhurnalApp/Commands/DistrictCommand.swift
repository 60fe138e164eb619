import Foundation
import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// `zhurnal report district DB1 DB2 …`: every file opened read-only, never written.
public enum DistrictCommand {
    /// Builds the report, `workers` files at a time (every core when nil); with fewer files than
    /// workers each file's classes are shared between as many connections as there are workers
    /// per file. The schools keep the order of `paths` and a failure is the first file's in that
    /// order, so the output is the same, byte for byte, as one file after another.
    public static func run(paths: [String], term: Int?, thresholds: DistrictReport.Thresholds, json: Bool,
                           destination: OutputDestination, today: LocalDate, language: Language,
                           workers: Int? = nil) throws(CommandFailure) -> CommandOutput {
        let builder = DistrictBuilder(thresholds: thresholds, today: today)
        let cores = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        let count = min(paths.count, cores)
        let perFile = paths.isEmpty ? 1 : max(1, cores / paths.count)
        let results = OrderedWork<DistrictReport.School, CommandFailure>(count: paths.count)
        if count <= 1 {
            for index in paths.indices {
                results.set(index, school(paths[index], term: term, builder: builder, connections: perFile))
                if case .failure = results.get(index) { break }
            }
        } else {
            DispatchQueue.concurrentPerform(iterations: count) { _ in
                while let index = results.claim() {
                    results.set(index, school(paths[index], term: term, builder: builder, connections: perFile))
                }
            }
        }
        var schools: [DistrictReport.School] = []
        for index in paths.indices {
            switch results.get(index) {
            case .success(let school): schools.append(school)
            case .failure(let failure): throw failure
            case nil: break
            }
        }
        let report = DistrictReport(thresholds: thresholds, schools: schools)
        if json { return try destination.deliver(text: DistrictJSON.report(report).rendered() + "\n") }
        return try destination.deliver(text: DistrictText.report(report, language: language))
    }

    /// One file's line, opened and read on the calling thread, its classes shared between
    /// `connections` connections in one snapshot when there are more than one.
    private static func school(_ path: String, term: Int?, builder: DistrictBuilder,
                               connections: Int) -> Result<DistrictReport.School, CommandFailure> {
        do {
            let journal = try JournalOpener.open(path, readOnly: true, upgrade: false, person: false)
            do {
                if connections > 1 {
                    let readers = try (0..<connections).map { _ in try Journal(path: path, readOnly: true) }
                    if let school = try journal.snapshot(across: readers, {
                        try builder.school(readers[0], path: path, term: term, helpers: Array(readers.dropFirst()))
                    }) {
                        return .success(school)
                    }
                }
                return .success(try journal.snapshot { try builder.school(journal, path: path, term: term) })
            } catch let failure as SummaryBuilder.Failure {
                return .failure(CommandFailure(exitCode: 1, [.inFile(path), ReportCommands.message(failure)]))
            } catch ProgressBuilder.Failure.summary(let failure) {
                return .failure(CommandFailure(exitCode: 1, [.inFile(path), ReportCommands.message(failure)]))
            } catch let failure as ObjectivityBuilder.Failure {
                return .failure(CommandFailure(exitCode: 1, [.inFile(path), ExternalCommands.message(failure)]))
            } catch {
                return .failure(JournalOpener.failure(error, path: path))
            }
        } catch {
            return .failure(error)
        }
    }
}
