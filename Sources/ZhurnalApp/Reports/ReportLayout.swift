/// Layout limits shared by the plain-text reports.
enum ReportLayout {
    /// The widest a name column grows: longer names are cut with an ellipsis, so that a
    /// 200-character name cannot push the marks off the page.
    static let maxNameWidth = 40
    /// The narrowest a wrapped reason column gets, however wide the names before it.
    static let minReasonWidth = 16
}
