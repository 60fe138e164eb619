/// The format a report or an export is asked for.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, csv, json, html
}
