import ZhurnalCore
import ZhurnalStore

/// `zhurnal report district DB1 DB2 …`: every file opened read-only, never written.
public enum DistrictCommand {
    public static func run(paths: [String], term: Int?, thresholds: DistrictReport.Thresholds, json: Bool,
                           destination: OutputDestination, today: LocalDate, language: Language) throws(CommandFailure) -> CommandOutput {
        let builder = DistrictBuilder(thresholds: thresholds, today: today)
        var schools: [DistrictReport.School] = []
        for path in paths {
            let journal = try JournalOpener.open(path, readOnly: true, upgrade: false, person: false)
            do {
                schools.append(try builder.school(journal, path: path, term: term))
            } catch let failure as SummaryBuilder.Failure {
                throw CommandFailure(exitCode: 1, [.inFile(path), ReportCommands.message(failure)])
            } catch ProgressBuilder.Failure.summary(let failure) {
                throw CommandFailure(exitCode: 1, [.inFile(path), ReportCommands.message(failure)])
            } catch let failure as ObjectivityBuilder.Failure {
                throw CommandFailure(exitCode: 1, [.inFile(path), ExternalCommands.message(failure)])
            } catch {
                throw JournalOpener.failure(error, path: path)
            }
        }
        let report = DistrictReport(thresholds: thresholds, schools: schools)
        if json { return try destination.deliver(text: DistrictJSON.report(report).rendered() + "\n") }
        return try destination.deliver(text: DistrictText.report(report, language: language))
    }
}
