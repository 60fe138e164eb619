import Foundation
import ZhurnalCore

/// Writes to standard output and standard error.
enum Console {
    /// Prints text to standard output as it is.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints one line to standard error, prefixed with the program's name; control characters
    /// quoted from arguments or files are written as `<U+001B>` (see `ControlCharacters.escaped`).
    static func error(_ line: String) {
        FileHandle.standardError.write(Data("zhurnal: \(ControlCharacters.escaped(line))\n".utf8))
    }
}
