import Foundation

/// Reads an import file and maps its header, turning every failure into an `ImportFailure`.
enum CSVImportFile {
    /// The mapped data rows of the file's bytes, blank rows left out; rows with more non-empty
    /// fields than the header has columns are refused (`fieldCount`).
    static func rows(_ bytes: [UInt8], required: [CSVColumn], optional: [CSVColumn]) throws(ImportFailure) -> [CSVMappedRow] {
        let table: CSVTable
        do {
            table = try CSVReader().read(bytes)
        } catch {
            throw ImportFailure.unreadable(error)
        }
        let map: CSVHeaderMap
        do {
            map = try CSVHeaderMap(table: table, required: required, optional: optional, ignoringUnknown: true)
        } catch {
            throw ImportFailure.header(error)
        }
        let rows = table.rows.filter { !$0.isBlank }
        let overfull = rows.filter { $0.hasFields(beyond: table.header.count) }
        guard overfull.isEmpty else {
            throw ImportFailure.badRows(overfull.map {
                ImportRowError(line: $0.line, problem: .fieldCount(expected: table.header.count, found: $0.fields.count))
            })
        }
        return rows.map(map.mapped)
    }

}

/// Reads the bytes of a file to import.
public enum CSVImportFileReader {
    /// The bytes of a file: `cannotRead`, or `unreadable(.fieldTooLong)` for a line over 1 MiB
    /// (`CSVInput.lineLimit`).
    public static func bytes(atPath path: String) throws(ImportFailure) -> [UInt8] {
        try CSVInput(path: path).readAll()
    }
}
