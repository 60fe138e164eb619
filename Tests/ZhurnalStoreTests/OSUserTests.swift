import Foundation
import Testing
@testable import ZhurnalStore

/// The acting person's full name for printed forms: the first field of the password entry's GECOS.
@Suite struct OSUserTests {
    @Test func unknownLoginHasNoName() {
        #expect(OSUser.fullName(login: "no-such-login-zhurnal") == nil)
    }

    @Test func fullNameIsTheFirstGECOSFieldAndNeverTheLoginRepeated() throws {
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? ""
        for line in passwd.split(separator: "\n") {
            let fields = line.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > 4, getpwnam(fields[0]) != nil else { continue }
            let first = fields[4].split(separator: ",", omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            let expected = first.isEmpty || first == fields[0] ? nil : first
            #expect(OSUser.fullName(login: fields[0]) == expected, "\(line)")
        }
    }
}
