import ZhurnalStore

/// Where a report or export goes and in which CSV dialect.
public struct OutputDestination: Sendable {
    /// A file to write (mode 0600, whole or not at all); nil prints to standard output.
    public var path: String?
    /// Russian Excel: `;`, CRLF, UTF-8 with a byte order mark, formula-safe.
    public var excel: Bool

    public init(path: String?, excel: Bool) {
        self.path = path
        self.excel = excel
    }

    /// The CSV writer for the dialect.
    var writer: CSVWriter {
        excel ? CSVWriter.russianExcel : CSVWriter()
    }

    /// Delivers CSV rows: encoded to the file, or as text for standard output (with the byte
    /// order mark for Excel, so that a redirected file opens right too).
    func deliver(csv rows: [[String]]) throws(CommandFailure) -> CommandOutput {
        guard let path else { return CommandOutput(stdout: (writer.byteOrderMark ? "\u{FEFF}" : "") + writer.text(rows)) }
        let bytes: [UInt8]
        do {
            bytes = try writer.encode(rows)
        } catch {
            throw CommandFailure.user(.exportEncoding(error))
        }
        return try deliver(bytes: bytes, path: path)
    }

    /// Delivers text (UTF-8).
    func deliver(text: String) throws(CommandFailure) -> CommandOutput {
        guard let path else { return CommandOutput(stdout: text) }
        return try deliver(bytes: Array(text.utf8), path: path)
    }

    private func deliver(bytes: [UInt8], path: String) throws(CommandFailure) -> CommandOutput {
        do {
            try SecureFile.write(bytes, to: path)
        } catch {
            throw CommandFailure.user(.cannotWriteFile(path))
        }
        return CommandOutput()
    }
}
