import Foundation
import Testing

/// The module graph of docs/architecture.md, read from the sources themselves: what each module
/// imports, and that SQL is written only in ZhurnalStore.
@Suite struct ModuleBoundaryTests {
    /// The modules each source module may import (system modules of the platform aside).
    private static let allowedImports: [String: Set<String>] = [
        "ZhurnalCore": ["Foundation"],
        "ZhurnalStore": ["Foundation", "ZhurnalCore", "CSQLite"],
        "TerminalUI": ["Foundation"],
        "Terminal": ["Foundation", "TerminalUI", "CNCursesW", "Glibc", "Darwin", "Synchronization"],
        "ZhurnalApp": ["Foundation", "ZhurnalCore", "ZhurnalStore", "TerminalUI"],
        "ZhurnalTools": ["Foundation", "ZhurnalCore", "ZhurnalStore", "ZhurnalApp", "TerminalUI"],
        "zhurnal": ["Foundation", "ZhurnalCore", "ZhurnalStore", "ZhurnalApp", "ZhurnalTools", "TerminalUI", "Terminal"],
    ]

    /// The one file outside ZhurnalStore that may hold SQL: the benchmark's reference query, handed
    /// to the `sqlite3` tool to measure the journal against.
    private static let referenceSQL = "ZhurnalTools/Bench/BenchTool.swift"

    private static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Every Swift file of a Swift module under Sources, as (module, path below Sources, code lines).
    private static func sourceFiles() throws -> [(module: String, path: String, code: [String])] {
        let names = try FileManager.default.subpathsOfDirectory(atPath: sources.path)
        return try names.filter { $0.hasSuffix(".swift") }.sorted().map { path in
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            let code = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.hasPrefix("//") }
            return (String(path.split(separator: "/")[0]), path, code)
        }
    }

    private static func imports(_ code: [String]) -> [String] {
        code.compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard let index = words.firstIndex(of: "import"), words[..<index].allSatisfy({ $0.hasPrefix("@") }),
                  index + 1 < words.count else { return nil }
            return String(words[index + 1])
        }
    }

    private static let sqlPattern = #"\b(SELECT|INSERT INTO|DELETE FROM|UPDATE \w+ SET|CREATE (TABLE|INDEX)|PRAGMA|BEGIN IMMEDIATE|COMMIT)\b"#

    @Test func everyModuleImportsOnlyWhatTheGraphAllows() throws {
        let files = try Self.sourceFiles()
        #expect(Set(files.map(\.module)) == Set(Self.allowedImports.keys))
        for file in files {
            let allowed = Self.allowedImports[file.module] ?? []
            for module in Self.imports(file.code) {
                #expect(allowed.contains(module), "\(file.path) imports \(module)")
            }
        }
        let sqliteUsers = Set(files.filter { Self.imports($0.code).contains("CSQLite") }.map(\.module))
        #expect(sqliteUsers == ["ZhurnalStore"])
        let cursesUsers = Set(files.filter { Self.imports($0.code).contains("CNCursesW") }.map(\.module))
        #expect(cursesUsers == ["Terminal"])
    }

    @Test func onlyTheStoreWritesSQL() throws {
        let files = try Self.sourceFiles()
        var referenceLines = 0
        for file in files where file.module != "ZhurnalStore" {
            let sql = file.code.filter { $0.range(of: Self.sqlPattern, options: .regularExpression) != nil }
            if file.path == Self.referenceSQL {
                referenceLines = sql.count
            } else {
                #expect(sql.isEmpty, "\(file.path) runs SQL: \(sql.first ?? "")")
            }
        }
        #expect(referenceLines > 0, "the scan finds the bench's reference SQL, so it would find any other")
        let store = files.filter { $0.module == "ZhurnalStore" }
        #expect(store.contains { $0.code.contains { $0.range(of: Self.sqlPattern, options: .regularExpression) != nil } })
        let exposed = store.flatMap { file in
            file.code.filter { $0.hasPrefix("public") && $0.range(of: #"\b(var|let) connection\b"#, options: .regularExpression) != nil }
        }
        #expect(exposed.isEmpty, "the store hides its connection: \(exposed)")
    }
}
