import Foundation

/// A Swift value that binds to a statement parameter: `Int`, `String`, `Data`, or nil (NULL).
public protocol SQLiteBindable {
    /// Binds this value to the 1-based parameter `index` of `statement`.
    func bind(to statement: Statement, at index: Int32) throws
}

extension Int: SQLiteBindable {
    public func bind(to statement: Statement, at index: Int32) throws { try statement.bind(self, at: index) }
}

extension String: SQLiteBindable {
    public func bind(to statement: Statement, at index: Int32) throws { try statement.bind(self, at: index) }
}

extension Data: SQLiteBindable {
    public func bind(to statement: Statement, at index: Int32) throws { try statement.bind(self, at: index) }
}
