/// A person's names typed in one field: «Фамилия Имя [Отчество…]».
public struct FullName: Equatable, Sendable {
    public let lastName: String
    public let firstName: String
    /// The отчество: every word after the first name («Эльдар оглы»); empty when none.
    public let middleName: String

    /// `text` split at white space: the last name, the first name, the rest; nil with fewer than
    /// two words.
    public init?(_ text: String) {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2 else { return nil }
        lastName = words[0]
        firstName = words[1]
        middleName = words.dropFirst(2).joined(separator: " ")
    }
}
