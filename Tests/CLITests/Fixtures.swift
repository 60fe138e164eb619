import Testing
/// Small hand-computed journals for the command-line tests.
enum Fixtures {
    static let roster = """
    класс,фамилия,имя,отчество
    7А,Иванов,Иван,Петрович
    7А,Петрова,Анна,
    7А,Сидоров,Пётр,Ильич
    7А,Кузнецова,Мария,Олеговна
    7А,Орлов,Глеб,
    """

    /// Term 1 of 2026/27. Weights 1.4, 1.4, 1.2 make Иванов's 2, 4, 5 exactly 3.60 → 4.
    /// Петрова 4.70 → 5; Сидоров two marks → н/а; Кузнецова 5/4, 4 → 4.33 → 4; Орлов осв in every
    /// work → recommended осв.
    static let marks = """
    class,subject,date,work,weight,student,mark
    7А,Алгебра,2026-09-05,тест,1.4,Иванов Иван,2
    7А,Алгебра,2026-09-05,тест,1.4,Петрова Анна,5
    7А,Алгебра,2026-09-05,тест,1.4,Сидоров Пётр,3
    7А,Алгебра,2026-09-05,тест,1.4,Кузнецова Мария,5/4
    7А,Алгебра,2026-09-05,тест,1.4,Орлов Глеб,осв
    7А,Алгебра,12.09.2026,проверочная работа,"1,4",Иванов Иван,4
    7А,Алгебра,12.09.2026,проверочная работа,"1,4",Петрова Анна,5
    7А,Алгебра,12.09.2026,проверочная работа,"1,4",Сидоров Пётр,n
    7А,Алгебра,12.09.2026,проверочная работа,"1,4",Кузнецова Мария,4
    7А,Алгебра,12.09.2026,проверочная работа,"1,4",Орлов Глеб,осв
    7А,Алгебра,2026-09-19,работа на уроке,1.2,Иванов Иван,5
    7А,Алгебра,2026-09-19,работа на уроке,1.2,Петрова Анна,4
    7А,Алгебра,2026-09-19,работа на уроке,1.2,Сидоров Пётр,2
    7А,Алгебра,2026-09-19,работа на уроке,1.2,Кузнецова Мария,н
    7А,Алгебра,2026-09-19,работа на уроке,1.2,Орлов Глеб,осв
    """

    static let finalMarks = """
    class,subject,term,student,mark,reason
    7А,Алгебра,1,Орлов Глеб,осв,
    7А,Алгебра,1,Иванов Иван,5,учтён проект
    """

    /// Bad rows on lines 3 (mark), 4 (date), 5 (student) and 6 (work).
    static let badMarks = """
    class,subject,date,work,weight,student,mark
    7А,Алгебра,2026-09-05,тест,,Иванов Иван,5
    7А,Алгебра,2026-09-05,тест,,Петрова Анна,6
    7А,Алгебра,31.02.2026,тест,,Сидоров Пётр,4
    7А,Алгебра,2026-09-05,тест,,Нетакого Ученика,4
    7А,Алгебра,2026-09-05,пляска,,Кузнецова Мария,4
    """

    /// Text as Russian Excel saves it: Windows-1251.
    static func windows1251(_ text: String) -> [UInt8] {
        let table: [Character: UInt8] = Dictionary(uniqueKeysWithValues: zip(
            "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя", (0xC0...0xFF).map(UInt8.init)))
        return text.flatMap { c -> [UInt8] in
            if let b = table[c] { return [b] }
            if c == "ё" { return [0xB8] }
            if c == "Ё" { return [0xA8] }
            return Array(String(c).utf8)
        }
    }

    /// A journal in `folder` with `roster` and `marks` imported, both checked to succeed.
    static func journal(in folder: TemporaryFolder) throws -> String {
        let db = folder.path("journal.sqlite")
        let roster = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db])
        #expect(roster.status == 0, "\(roster.stderr)")
        let marks = try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: Fixtures.marks), "--db", db])
        #expect(marks.status == 0, "\(marks.stderr)")
        return db
    }
}
