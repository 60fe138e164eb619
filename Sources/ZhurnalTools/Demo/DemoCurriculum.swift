/// What each demo class learns: subjects, weekly lesson days and lesson topics.
struct DemoCurriculum {
    /// A subject with the weekdays (1 = Monday) of its lessons and its topics in order.
    struct Course {
        let subject: String
        let weekdays: [Int]
        let topics: [String]
        /// Kinds of the term's graded works, by Russian name, besides everyday lesson work.
        let tests: [String]
        /// Whether written works get double marks (content / literacy).
        let doubleMarks: Bool
    }

    static let russian = Course(
        subject: "Русский язык", weekdays: [1, 2, 4, 5],
        topics: ["Повторение изученного", "Орфограммы в корне слова", "Причастие", "Причастный оборот",
                 "Деепричастие", "Деепричастный оборот", "Наречие", "Правописание наречий",
                 "Служебные части речи", "Предлог", "Союз", "Частица"],
        tests: ["диктант", "контрольная работа"], doubleMarks: true)
    static let literature = Course(
        subject: "Литература", weekdays: [3, 5],
        topics: ["Устное народное творчество", "Былины", "А. С. Пушкин. «Полтава»", "М. Ю. Лермонтов",
                 "Н. В. Гоголь. «Тарас Бульба»", "И. С. Тургенев. «Бирюк»", "Н. А. Некрасов", "Л. Н. Толстой. «Детство»"],
        tests: ["сочинение"], doubleMarks: true)
    static let mathematics = Course(
        subject: "Математика", weekdays: [1, 2, 3, 4, 5],
        topics: ["Натуральные числа", "Сложение и вычитание", "Умножение и деление", "Уравнения",
                 "Площади и объёмы", "Обыкновенные дроби", "Сравнение дробей", "Смешанные числа"],
        tests: ["самостоятельная работа", "контрольная работа"], doubleMarks: false)
    static let algebra = Course(
        subject: "Алгебра", weekdays: [1, 3, 5],
        topics: ["Выражения", "Тождества", "Уравнение с одной переменной", "Линейное уравнение",
                 "Функции и их графики", "Линейная функция", "Степень с натуральным показателем", "Одночлены"],
        tests: ["самостоятельная работа", "контрольная работа"], doubleMarks: false)
    static let geometry = Course(
        subject: "Геометрия", weekdays: [2, 4],
        topics: ["Прямая и отрезок", "Луч и угол", "Измерение отрезков", "Смежные углы",
                 "Треугольники", "Признаки равенства треугольников", "Медианы и высоты", "Задачи на построение"],
        tests: ["проверочная работа", "контрольная работа"], doubleMarks: false)
    static let history = Course(
        subject: "История", weekdays: [2, 4],
        topics: ["Великие географические открытия", "Эпоха Возрождения", "Реформация", "Россия в XVI веке",
                 "Иван Грозный", "Смутное время", "Россия при первых Романовых", "Культура XVII века"],
        tests: ["тест", "проверочная работа"], doubleMarks: false)
    static let english = Course(
        subject: "Английский язык", weekdays: [1, 3, 5],
        topics: ["Present Simple", "Present Continuous", "Past Simple", "My family",
                 "Free time", "School life", "Irregular verbs", "Future forms"],
        tests: ["тест", "контрольная работа"], doubleMarks: false)
    static let biology = Course(
        subject: "Биология", weekdays: [3, 5],
        topics: ["Строение клетки", "Ткани", "Органы растений", "Корень", "Побег", "Лист", "Стебель", "Цветок"],
        tests: ["лабораторная работа", "проверочная работа"], doubleMarks: false)
    static let physics = Course(
        subject: "Физика", weekdays: [2, 4],
        topics: ["Физические величины", "Строение вещества", "Диффузия", "Механическое движение",
                 "Скорость", "Плотность вещества", "Сила", "Сила тяжести"],
        tests: ["лабораторная работа", "контрольная работа"], doubleMarks: false)
    static let physicalEducation = Course(
        subject: "Физическая культура", weekdays: [2, 5],
        topics: ["Лёгкая атлетика", "Бег на 30 м", "Прыжок в длину", "Метание мяча",
                 "Кроссовая подготовка", "Гимнастика", "Акробатика", "Спортивные игры"],
        tests: ["зачёт"], doubleMarks: false)

    /// A class name, its size and its courses.
    static let classes: [(name: String, size: Int, courses: [Course])] = [
        ("5А", 26, [russian, literature, mathematics, history, english, biology, physicalEducation]),
        ("7Б", 30, [russian, literature, algebra, geometry, history, english, physics, biology]),
        ("9А", 24, [russian, literature, algebra, geometry, history, english, physics]),
    ]
}
