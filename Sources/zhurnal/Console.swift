import Foundation

/// Writes to standard output and standard error.
enum Console {
    /// Prints text to standard output as it is.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints one line to standard error, prefixed with the program's name.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data("zhurnal: \(line)\n".utf8))
    }
}
