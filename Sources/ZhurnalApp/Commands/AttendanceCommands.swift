import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// `zhurnal report attendance` and `zhurnal report class-teacher`.
public enum AttendanceCommands {
    /// A class's attendance for a term (the current one when nil): text, CSV, JSON or HTML.
    public static func attendance(className: String, term: Int?, format: OutputFormat,
                                  destination: OutputDestination, databasePath: String, today: LocalDate,
                                  language: Language, sheet: SheetOptions = SheetOptions()) throws(CommandFailure) -> CommandOutput {
        try ReportCommands.withSummaryBuilder(databasePath, today: today, className: className, subject: nil) { builder, settings, journal in
            let report = try builder.attendance(className: className, term: term)
            switch format {
            case .text: return try destination.deliver(text: AttendanceText.report(report, language: language))
            case .csv: return try destination.deliver(csv: AttendanceCSV.report(report))
            case .json: return try destination.deliver(text: AttendanceJSON.report(report).rendered() + "\n")
            case .html:
                let context = SheetContext(school: settings.schoolName,
                                           teacher: sheet.classTeacher(on: journal, className: className), date: today)
                return try destination.deliver(text: AttendanceHTML.page(report, context: context, language: language))
            }
        }
    }

    /// The class teacher's report for a term: A4 portrait text (to the printer with
    /// `sheet.print`), HTML or JSON.
    public static func classTeacher(className: String, term: Int?, format: OutputFormat,
                                    destination: OutputDestination, databasePath: String, today: LocalDate,
                                    language: Language, sheet: SheetOptions = SheetOptions()) throws(CommandFailure) -> CommandOutput {
        try ReportCommands.withSummaryBuilder(databasePath, today: today, className: className, subject: nil) { builder, settings, journal in
            let report = try builder.classTeacher(className: className, term: term)
            let context = SheetContext(school: settings.schoolName,
                                       teacher: sheet.classTeacher(on: journal, className: className), date: today)
            switch format {
            case .text, .csv:
                return try sheet.deliver(ClassTeacherSheet.document(report, context: context, language: language),
                                         page: .portrait, destination: destination, language: language)
            case .json: return try destination.deliver(text: ClassTeacherJSON.report(report).rendered() + "\n")
            case .html: return try destination.deliver(text: ClassTeacherSheet.html(report, context: context, language: language))
            }
        }
    }
}
