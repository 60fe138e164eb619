/// Why a change of the school's classes, subjects or curriculum was refused; nothing changed.
public enum SchoolYearRefusal: Error, Hashable, Sendable {
    /// A class or subject needs a name.
    case emptyName
    /// Another class or subject already has this name (compared as class names are).
    case nameTaken(String)
    /// A class with students or lessons cannot be removed.
    case classInUse(name: String, students: Int, lessons: Int)
    /// A subject with lessons or final marks cannot be removed.
    case subjectInUse(name: String, lessons: Int, finalMarks: Int)
    /// No class or subject has this id.
    case notFound
}
