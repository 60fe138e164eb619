import Foundation
import ZhurnalCore

/// Sends text to the printer through `lpr`, found on `PATH` and run directly (no shell), the
/// text on its standard input.
public enum LinePrinter {
    /// Prints `text` on `page` (control characters escaped as for any report); refuses when `lpr`
    /// is not installed or fails.
    public static func print(_ text: String, page: PrintPage, environment: [String: String]) throws(CommandFailure) {
        guard let lpr = locate("lpr", path: environment["PATH"] ?? "/usr/bin:/bin") else {
            throw CommandFailure.user(.lprMissing)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lpr)
        process.arguments = page.lprOptions
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
            try input.fileHandleForWriting.write(contentsOf: Data(ControlCharacters.escapedKeepingLayout(text).utf8))
            try input.fileHandleForWriting.close()
        } catch {
            throw CommandFailure.user(.printFailed(lpr))
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CommandFailure.user(.printFailed(lpr)) }
    }

    /// The first executable called `name` in the folders of `path`.
    static func locate(_ name: String, path: String) -> String? {
        path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
