import Testing
@testable import ZhurnalCore

/// docs/rules.md §1: canonical forms, forgiving input, refusals; nothing invalid is stored.
@Suite struct EntryParsingTests {
    private func parsed(_ text: String) -> Entry? {
        if case .success(let e) = Entry.parse(text) { return e }
        return nil
    }

    @Test func everyCanonicalForm() {
        for m in 1...5 { #expect(parsed(String(m)) == .mark(m)) }
        #expect(parsed("5/4") == .double(5, 4))
        #expect(parsed("2/5") == .double(2, 5))
        #expect(parsed("н") == .absence(.absent))
        #expect(parsed("б") == .absence(.ill))
        #expect(parsed("у") == .absence(.excused))
        #expect(parsed("оп") == .absence(.late))
        #expect(parsed("зч") == .passed)
        #expect(parsed("нз") == .failed)
        #expect(parsed("•") == .owed)
        #expect(parsed("осв") == .exempt)
    }

    @Test func canonicalTextOfEveryEntry() {
        #expect(Entry.mark(5).description == "5")
        #expect(Entry.double(5, 4).description == "5/4")
        #expect(Entry.absence(.absent).description == "н")
        #expect(Entry.absence(.ill).description == "б")
        #expect(Entry.absence(.excused).description == "у")
        #expect(Entry.absence(.late).description == "оп")
        #expect(Entry.passed.description == "зч")
        #expect(Entry.failed.description == "нз")
        #expect(Entry.owed.description == "•")
        #expect(Entry.exempt.description == "осв")
    }

    @Test func canonicalTextRoundTripsThroughParse() {
        var all: [Entry] = (1...5).map { .mark($0) }
        for a in 1...5 { for b in 1...5 { all.append(.double(a, b)) } }
        all += Absence.allCases.map { .absence($0) }
        all += [.passed, .failed, .owed, .exempt]
        #expect(all.count == 5 + 25 + 4 + 4)
        for entry in all {
            #expect(parsed(entry.description) == entry, "\(entry.description)")
        }
    }

    @Test func forgivingForms() {
        #expect(parsed("n") == .absence(.absent))
        #expect(parsed("N") == .absence(.absent))
        #expect(parsed("Н") == .absence(.absent))
        #expect(parsed(".") == .owed)
        #expect(parsed("5-4") == .double(5, 4))
        #expect(parsed("3-5") == .double(3, 5))
        #expect(parsed(" 5 / 4 ") == .double(5, 4))
        #expect(parsed("5 - 4") == .double(5, 4))
        #expect(parsed("  4\t") == .mark(4))
        #expect(parsed("\n3\n") == .mark(3))
        #expect(parsed("ОСВ") == .exempt)
        #expect(parsed("Осв") == .exempt)
        #expect(parsed("ЗЧ") == .passed)
        #expect(parsed("НЗ") == .failed)
        #expect(parsed("ОП") == .absence(.late))
        #expect(parsed("о п") == .absence(.late))
        #expect(parsed("Б") == .absence(.ill))
        #expect(parsed("У") == .absence(.excused))
    }

    @Test func refusals() {
        for text in ["6", "0", "55", "5/6", "6/5", "0/4", "5/4/3", "5/", "/4", "-", "/", "абв", "😀", "5😀", "nn",
                     "-1", "+5", "4.5", "4,5", "5+", "5–4", "x", "нн", "осв5", "10"] {
            #expect(parsed(text) == nil, "\(text) must be refused")
            #expect(Entry.parse(text) == .failure(.notAnEntry(text)), "\(text)")
        }
    }

    @Test func emptyAndBlankAreRefusedAsEmpty() {
        #expect(Entry.parse("") == .failure(.empty))
        #expect(Entry.parse("   ") == .failure(.empty))
        #expect(Entry.parse("\t\n") == .failure(.empty))
    }

    @Test func refusalMessageNamesWhatIsAllowed() {
        let allowed = EntryError.allowed
        for part in ["1–5", "5/4", "н", "б", "у", "оп", "зч", "нз", "•", "осв"] {
            #expect(allowed.contains(part), "\(part)")
        }
    }

    @Test func numericMarksOfEachEntry() {
        #expect(Entry.mark(3).numericMarks == [3])
        #expect(Entry.double(5, 4).numericMarks == [5, 4])
        #expect(Entry.double(4, 4).numericMarks == [4, 4])
        for entry: Entry in [.absence(.absent), .absence(.ill), .absence(.excused), .absence(.late), .passed, .failed, .owed, .exempt] {
            #expect(entry.numericMarks.isEmpty, "\(entry)")
        }
    }
}
