import ZhurnalCore

/// Plausible Russian names for the demo school's students (no real persons).
enum RussianNames {
    /// Surnames in the masculine form; the feminine is derived by ``feminine(_:)``.
    static let surnames = [
        "Абрамов", "Алексеев", "Андреев", "Баранов", "Белов", "Беляев", "Богданов", "Борисов",
        "Васильев", "Виноградов", "Волков", "Воробьёв", "Гаврилов", "Голубев", "Григорьев", "Гусев",
        "Давыдов", "Данилов", "Дмитриев", "Егоров", "Ершов", "Жуков", "Зайцев", "Захаров",
        "Иванов", "Ильин", "Казаков", "Калинин", "Карпов", "Киселёв", "Ковалёв", "Козлов",
        "Комаров", "Константинопольский", "Королёв", "Крылов", "Кузнецов", "Куликов", "Лебедев", "Макаров",
        "Медведев", "Мельников", "Миронов", "Морозов", "Никитин", "Николаев", "Новиков", "Орлов",
        "Павлов", "Петров", "Поляков", "Попов", "Романов", "Савельев", "Семёнов", "Сергеев",
        "Смирнов", "Соколов", "Соловьёв", "Степанов", "Тарасов", "Тимофеев", "Титов", "Фёдоров",
        "Филиппов", "Фролов", "Ширяев", "Щербаков", "Юдин", "Яковлев", "Белоусов", "Чернышевский",
    ]

    static let maleFirstNames = [
        "Александр", "Алексей", "Андрей", "Артём", "Богдан", "Владимир", "Глеб", "Даниил",
        "Денис", "Дмитрий", "Егор", "Иван", "Илья", "Кирилл", "Лев", "Макар",
        "Максим", "Марк", "Матвей", "Михаил", "Никита", "Павел", "Роман", "Савелий",
        "Семён", "Степан", "Тимофей", "Фёдор", "Ярослав",
    ]

    static let femaleFirstNames = [
        "Алиса", "Алёна", "Анастасия", "Анна", "Арина", "Валерия", "Варвара", "Вероника",
        "Виктория", "Дарья", "Ева", "Екатерина", "Елизавета", "Злата", "Ксения", "Мария",
        "Милана", "Надежда", "Ольга", "Полина", "Светлана", "София", "Таисия", "Ульяна",
        "Юлия", "Яна",
    ]

    /// Fathers' names in the form used to build a patronymic.
    static let patronymicStems = [
        ("Александрович", "Александровна"), ("Алексеевич", "Алексеевна"), ("Андреевич", "Андреевна"),
        ("Викторович", "Викторовна"), ("Дмитриевич", "Дмитриевна"), ("Евгеньевич", "Евгеньевна"),
        ("Игоревич", "Игоревна"), ("Иванович", "Ивановна"), ("Олегович", "Олеговна"),
        ("Сергеевич", "Сергеевна"), ("Николаевич", "Николаевна"), ("Павлович", "Павловна"),
        ("Михайлович", "Михайловна"), ("Юрьевич", "Юрьевна"), ("Владимирович", "Владимировна"),
    ]

    /// The feminine form of a masculine surname (Иванов → Иванова, Чернышевский → Чернышевская).
    static func feminine(_ surname: String) -> String {
        if surname.hasSuffix("ский") { return String(surname.dropLast(2)) + "ая" }
        if surname.hasSuffix("ов") || surname.hasSuffix("ев") || surname.hasSuffix("ёв")
            || surname.hasSuffix("ин") || surname.hasSuffix("ын") {
            return surname + "а"
        }
        return surname
    }

    /// A random person: surname, first name and patronymic of one gender.
    static func person(using random: inout SeededGenerator) -> (last: String, first: String, middle: String) {
        let female = random.chance(500)
        let surname = surnames[Int(random.next() % UInt64(surnames.count))]
        let first = female
            ? femaleFirstNames[Int(random.next() % UInt64(femaleFirstNames.count))]
            : maleFirstNames[Int(random.next() % UInt64(maleFirstNames.count))]
        let stem = patronymicStems[Int(random.next() % UInt64(patronymicStems.count))]
        return (female ? feminine(surname) : surname, first, female ? stem.1 : stem.0)
    }
}
