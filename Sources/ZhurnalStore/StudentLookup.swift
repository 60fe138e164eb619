/// The result of finding a student in a class by "Фамилия Имя [Отчество]".
public enum StudentLookup: Equatable, Sendable {
    /// Exactly one student matches.
    case found(Student)
    /// Several students match; the name needs an отчество to tell them apart.
    case ambiguous([Student])
    /// No student matches.
    case notFound
}
