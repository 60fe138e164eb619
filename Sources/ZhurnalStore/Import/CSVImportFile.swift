import Foundation

/// Reads an import file and maps its header, turning every failure into an `ImportFailure`.
enum CSVImportFile {
    /// The mapped data rows of the file's bytes, blank rows left out.
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
        return table.rows.filter { !$0.isBlank }.map(map.mapped)
    }

}

/// Reads the bytes of a file to import.
public enum CSVImportFileReader {
    /// The bytes of a file, or `cannotRead`.
    public static func bytes(atPath path: String) throws(ImportFailure) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ImportFailure.cannotRead(path: path) }
        return [UInt8](data)
    }
}
