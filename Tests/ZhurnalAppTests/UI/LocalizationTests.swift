import Testing
import TerminalUI
import ZhurnalApp

@Suite struct LocalizationTests {
    @Test func flagWinsOverEnvironment() {
        #expect(Language.resolve(requested: .en, environment: ["LANG": "ru_RU.UTF-8"]) == .en)
        #expect(Language.resolve(requested: .ru, environment: ["LANG": "en_US.UTF-8"]) == .ru)
        #expect(Language(rawValue: "ru") == .ru)
        #expect(Language(rawValue: "de") == nil)
    }

    @Test(arguments: [
        (["LANG": "ru_RU.UTF-8"], Language.ru),
        (["LANG": "en_US.UTF-8"], .en),
        ([:], .en),
        (["LANG": "C.UTF-8"], .en),
        (["LC_ALL": "C", "LANG": "ru_RU.UTF-8"], .en),
        (["LC_ALL": "", "LANG": "ru_RU.UTF-8"], .ru),
        (["LC_MESSAGES": "ru_RU.UTF-8", "LANG": "en_GB.UTF-8"], .ru),
        (["LC_ALL": "ru_UA.UTF-8", "LC_MESSAGES": "en_US.UTF-8"], .ru),
        (["LANG": "RU"], .ru),
        (["LANG": "rus"], .ru),
    ] as [([String: String], Language)])
    func languageFromLocale(_ environment: [String: String], _ expected: Language) {
        #expect(Language.resolve(requested: nil, environment: environment) == expected)
    }

    @Test(arguments: [
        (0, "0 отметок"), (1, "1 отметка"), (2, "2 отметки"), (4, "4 отметки"), (5, "5 отметок"),
        (11, "11 отметок"), (12, "12 отметок"), (14, "14 отметок"), (21, "21 отметка"), (22, "22 отметки"),
        (25, "25 отметок"), (101, "101 отметка"), (111, "111 отметок"), (112, "112 отметок"), (1004, "1004 отметки"),
    ])
    func russianPlurals(_ count: Int, _ text: String) {
        #expect("\(count) " + Plural.russian(count, one: "отметка", few: "отметки", many: "отметок") == text)
    }

    @Test func englishPlurals() {
        #expect("1 " + Plural.english(1, one: "mark", other: "marks") == "1 mark")
        #expect("2 " + Plural.english(2, one: "mark", other: "marks") == "2 marks")
        #expect("0 " + Plural.english(0, one: "mark", other: "marks") == "0 marks")
        #expect(Plural.russian(-3, one: "балл", few: "балла", many: "баллов") == "балла")
    }

    @Test func parametersReachBothLanguages() {
        let message = Message.terminalSizeNeeded(needed: Size(width: 80, height: 24), actual: Size(width: 40, height: 12))
        #expect(message.text(.ru) == "Нужно не меньше 80×24, сейчас 40×12.")
        #expect(message.text(.en) == "It needs at least 80×24, now 40×12.")
        #expect(Message.helpTitle(screen: .verbatim("7А")).text(.ru) == "Клавиши: 7А")
    }
}
