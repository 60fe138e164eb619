import Foundation
import Testing

/// `zhurnal server setup --root DIR` writes a school server's files under a temporary folder,
/// never touching the host: the account's directory 0700, the journal 0600, the program and the
/// wrapper 0755, the sudoers rule 0440 for the staff group; a second run changes nothing; the
/// commands that create the account are printed, not run.
@Suite struct ServerSetupTests {
    private func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    @Test func setupWritesTheFilesOnceAndPrintsTheAccountCommands() throws {
        let folder = try TemporaryFolder()
        let root = folder.path("root")
        let first = try ZhurnalProcess.run(["server", "setup", "--root", root, "--group", "teachers", "--lang", "en"])
        #expect(first.status == 0, "\(first.stderr)")
        let output = first.stdout + first.stderr
        for (path, expected) in [("/var/lib/zhurnal", 0o700), ("/var/lib/zhurnal/journal.sqlite", 0o600),
                                 ("/usr/local/lib/zhurnal/zhurnal", 0o755), ("/usr/local/bin/zhurnal", 0o755),
                                 ("/etc/sudoers.d/zhurnal", 0o440)] {
            #expect(mode(root + path) == expected, "\(path): \(String(mode(root + path), radix: 8))")
            #expect(output.contains("created: \(root + path)"), "\(output)")
        }
        let sudoers = try String(contentsOfFile: root + "/etc/sudoers.d/zhurnal", encoding: .utf8)
        #expect(sudoers.contains("%teachers ALL=(zhurnal) NOPASSWD: /usr/local/lib/zhurnal/zhurnal\n"))
        let wrapper = try String(contentsOfFile: root + "/usr/local/bin/zhurnal", encoding: .utf8)
        #expect(wrapper.contains("exec sudo -u zhurnal /usr/local/lib/zhurnal/zhurnal --db /var/lib/zhurnal/journal.sqlite \"$@\""))
        #expect(output.contains("useradd --system --home-dir /var/lib/zhurnal --shell /usr/sbin/nologin zhurnal"))
        #expect(output.contains("groupadd --system teachers"))

        let journal = try Data(contentsOf: URL(fileURLWithPath: root + "/var/lib/zhurnal/journal.sqlite"))
        let second = try ZhurnalProcess.run(["server", "setup", "--root", root, "--group", "teachers", "--lang", "en"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!(second.stdout + second.stderr).contains("created:"))
        #expect(!(second.stdout + second.stderr).contains("updated:"))
        #expect((second.stdout + second.stderr).contains("unchanged: \(root)/etc/sudoers.d/zhurnal"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/var/lib/zhurnal/journal.sqlite")) == journal)
    }

    @Test func aLooserModeIsPutRight() throws {
        let folder = try TemporaryFolder()
        let root = folder.path("root")
        _ = try ZhurnalProcess.run(["server", "setup", "--root", root])
        chmod(root + "/var/lib/zhurnal/journal.sqlite", 0o644)
        chmod(root + "/var/lib/zhurnal", 0o755)
        let again = try ZhurnalProcess.run(["server", "setup", "--root", root, "--lang", "en"])
        #expect(again.status == 0)
        #expect((again.stdout + again.stderr).contains("updated: \(root)/var/lib/zhurnal/journal.sqlite"))
        #expect(mode(root + "/var/lib/zhurnal/journal.sqlite") == 0o600)
        #expect(mode(root + "/var/lib/zhurnal") == 0o700)
    }

    static let visudo = ["/usr/sbin/visudo", "/usr/bin/visudo"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Skipped where visudo is not installed (this build machine has no sudo); setup then says so.
    @Test(.enabled(if: visudo != nil, "visudo is not installed here")) func theSudoersFilePassesVisudo() throws {
        let folder = try TemporaryFolder()
        let root = folder.path("root")
        let setup = try ZhurnalProcess.run(["server", "setup", "--root", root, "--lang", "en"])
        #expect((setup.stdout + setup.stderr).contains("sudoers checked with visudo -c -f"))
        let check = Process()
        check.executableURL = URL(fileURLWithPath: Self.visudo!)
        check.arguments = ["-c", "-f", root + "/etc/sudoers.d/zhurnal"]
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
    }

    @Test(.enabled(if: visudo == nil)) func withoutVisudoSetupSaysTheCheckIsLeftToTheServer() throws {
        let folder = try TemporaryFolder()
        let setup = try ZhurnalProcess.run(["server", "setup", "--root", folder.path("root"), "--lang", "ru"])
        #expect(setup.status == 0)
        #expect((setup.stdout + setup.stderr).contains("visudo не установлен"))
    }
}
