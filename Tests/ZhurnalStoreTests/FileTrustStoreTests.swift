import Foundation
import Testing
@testable import ZhurnalStore

/// Issue 12, files and input, at the store: the rules the CLI tests (`FileTrustTests`) check
/// end to end, each on its own.
struct FileTrustStoreTests {
    @Test func windows1251WithChanceUTF8PairsStaysWindows1251() throws {
        // «Сёмин», «Пётр», «ЛЁША» hold valid UTF-8 pairs (D1 B8, CF B8, CB A8) by chance.
        let text = "класс,фамилия,имя\n7Б,Сёмин,Пётр\n7Б,ЛЁША,Фёдор\n"
        let decoded = try TextDecoding.decode(try TextEncoding.windows1251.encode(text))
        #expect(decoded.encoding == .windows1251)
        #expect(decoded.text == text)
    }

    @Test func utf8WithAStrayByteIsRefusedNamingItsLine() {
        let bytes = Array("класс,фамилия,имя\n7Б,Орлов,Глеб\n7Б,Зайц".utf8) + [0xE5] + Array("ва,Ира\n".utf8)
        #expect(throws: TextDecodingError.invalidUTF8(line: 3)) { try TextDecoding.decode(bytes) }
        var evidence = UTF8Evidence()
        for chunk in stride(from: 0, to: bytes.count, by: 5) {
            evidence.scan(bytes[chunk..<min(chunk + 5, bytes.count)], isFinal: chunk + 5 >= bytes.count)
        }
        #expect(evidence.isMixed && evidence.firstInvalidLine == 3 && evidence.invalidBytes == 1)
    }

    @Test func outputGuardRefusesJournalsSideFilesLinksAndDevices() throws {
        let scratch = Scratch()
        _ = try scratch.journal()
        let journal = scratch.path("journal.sqlite")
        FileManager.default.createFile(atPath: journal + "-shm", contents: Data())
        FileManager.default.createFile(atPath: scratch.path("wal-copy"), contents: Data([0x37, 0x7F, 0x06, 0x82, 0, 0]))
        FileManager.default.createFile(atPath: scratch.path("report.txt"), contents: Data("old".utf8))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link"), withDestinationPath: scratch.path("report.txt"))
        #expect(OutputGuard.refusal(for: journal) == .database)
        #expect(OutputGuard.refusal(for: journal + "-shm") == .sideFile)
        #expect(OutputGuard.refusal(for: scratch.path("wal-copy")) == .sideFile)
        #expect(OutputGuard.refusal(for: scratch.path("link")) == .symbolicLink)
        #expect(OutputGuard.refusal(for: "/dev/null") == .notRegularFile)
        #expect(OutputGuard.refusal(for: scratch.directory) == .notRegularFile)
        #expect(OutputGuard.refusal(for: scratch.path("report.txt")) == nil)
        #expect(OutputGuard.refusal(for: scratch.path("new.txt")) == nil)
    }

    @Test func aLineOverTheLimitStopsReadingThere() throws {
        let scratch = Scratch()
        let path = scratch.path("long.csv")
        for (endings, line) in [("\n", 3), ("\r\n", 3), ("\r", 3), ("\r\r\n\n", 7)] {
            let bytes = Array("a,b\(endings)1,2\(endings)".utf8) + [UInt8](repeating: 0x61, count: CSVInput.lineLimit + 1) + [0x0A]
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
            #expect(throws: ImportFailure.unreadable(.fieldTooLong(line: line))) { try CSVImportFileReader.bytes(atPath: path) }
        }
        let fits = Array("a,b\r\n".utf8) + [UInt8](repeating: 0x61, count: CSVInput.lineLimit) + [0x0D, 0x0A]
        FileManager.default.createFile(atPath: path, contents: Data(fits))
        #expect(try CSVImportFileReader.bytes(atPath: path) == fits)
    }

    @Test func readingAJournalLeavesNoSideFilesButAnotherReaderKeepsThem() throws {
        let scratch = Scratch()
        do { _ = try scratch.journal() }
        let names = { try FileManager.default.contentsOfDirectory(atPath: scratch.directory).sorted() }
        #expect(try names() == ["journal.sqlite"])
        do {
            let first = try scratch.journal(readOnly: true)
            _ = try first.dataVersion()
            do {
                let second = try scratch.journal(readOnly: true)
                _ = try second.dataVersion()
            }
            #expect(try names().count == 3, "the first reader is still open")
        }
        #expect(try names() == ["journal.sqlite"])
    }

    @Test func aDamagedJournalIsRefusedForWritingUntouched() throws {
        let scratch = Scratch()
        do {
            let journal = try scratch.journal()
            for index in 0..<200 {
                _ = try journal.findOrCreateClass(named: "Класс \(index)")
            }
        }
        let path = scratch.path("journal.sqlite")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        try #require(bytes.count >= pageSize * 3)
        for page in 1..<(bytes.count / pageSize) where page.isMultiple(of: 3) {
            bytes.replaceSubrange((page * pageSize + 8)..<((page + 1) * pageSize), with: Data(repeating: 0xA5, count: pageSize - 8))
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        let before = FileState(path: path)
        #expect(throws: StoreError.corrupt) { try scratch.journal() }
        #expect(FileState(path: path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.directory) == ["journal.sqlite"])
    }
}
