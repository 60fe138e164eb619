import Foundation
import HostileSupport

/// A fresh temporary folder for one test, removed with everything in it afterwards.
open class ScratchFolder {
    public let directory: String

    public init() {
        var template = Array((NSTemporaryDirectory() + "/zhurnal-test-XXXXXX").utf8CString)
        directory = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// The path of `name` in the folder.
    public func path(_ name: String) -> String { directory + "/" + name }
}
