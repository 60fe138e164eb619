import Foundation
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore
import ZhurnalTools

/// The school server under load (`BenchServer`, the scenario of `zhurnal bench --scale server`):
/// teachers' sessions as separate `zhurnal` processes typing a mark a second each into one file,
/// the whole-school report every 10 s and one class's term imported meanwhile. 8 sessions for
/// 10 s on the `small` school; with `ZHURNAL_SOAK`, 40 for 60 s on the `school` one. Asserts that
/// no save failed and that every confirmed mark is in the file; no time is asserted.
@Suite("server: sessions typing into one file")
struct ServerLoadTests {
    @Test func noSaveFailsAndNoConfirmedMarkIsLost() throws {
        let soak = TestSetting.isSoak(ProcessInfo.processInfo.environment)
        let sessions = TestSetting.integer("ZHURNAL_SERVER_SESSIONS", quick: 8, soak: 40)
        let seconds = TestSetting.integer("ZHURNAL_SERVER_SECONDS", quick: 10, soak: 60)
        let scale: BenchScale = soak ? .school : .small
        let folder = try TestFolder()
        let path = folder.path("school.sqlite")
        let generator = BenchGenerator(scale: scale, seed: 7)
        try generator.write(school: 0, into: Journal(path: path, today: generator.today))
        let terms = BenchGenerator.settings(school: 0).calendar.terms
        let outcome = try BenchServer(executable: Zhurnal.binary, path: path, workDirectory: folder.path(""),
                                      sessions: sessions, seconds: seconds, term: terms[scale.terms - 1],
                                      importTerm: terms[0], today: generator.today,
                                      environment: Child.baseEnvironment()).run()
        #expect(outcome.failures.isEmpty, "\(outcome.failures.prefix(3))")
        #expect(outcome.saves.seconds.count == sessions * seconds)
        #expect(outcome.confirmed > 0)
        #expect(outcome.lost == 0)
        #expect(outcome.reports.seconds.count == (seconds + 9) / 10)
        #expect(outcome.importTime.seconds.count == 1 && outcome.importRows > 0)
    }
}
