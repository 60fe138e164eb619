import ZhurnalCore

/// The movement report as JSON: `{"term","interim","classes":[{"class","from","to","at_start",
/// "arrived","transferred_in","left","left_by_reason":{reason: n},"transferred_out","at_end",
/// "movements":[{"student","event","date","other_class","reason","order"}]}],"totals":{counts}}`;
/// `event` is `arrive`, `leave`, `transfer_in` or `transfer_out`, an empty reason `""`.
public enum MovementJSON {
    public static func report(_ report: MovementReport) -> JSONValue {
        .object([
            ("term", .int(report.term)),
            ("interim", .bool(report.interim)),
            ("classes", .array(report.classes.map(classMovement))),
            ("totals", .object(counts(report.totals))),
        ])
    }

    /// One class's line with its movements.
    static func classMovement(_ line: MovementReport.ClassMovement) -> JSONValue {
        .object([("class", .string(line.className)), ("from", .string(line.days.lowerBound.iso)),
                 ("to", .string(line.days.upperBound.iso))]
                + counts(line.tally) + [("movements", .array(line.events.map(event)))])
    }

    private static func counts(_ tally: MovementTally) -> [(String, JSONValue)] {
        [
            ("at_start", .int(tally.atStart)), ("arrived", .int(tally.arrived)), ("transferred_in", .int(tally.transferredIn)),
            ("left", .int(tally.left)),
            ("left_by_reason", .object(tally.leftByReason.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
            ("transferred_out", .int(tally.transferredOut)), ("at_end", .int(tally.atEnd)),
        ]
    }

    private static func event(_ event: MovementReport.Event) -> JSONValue {
        let name: String
        switch event.kind {
        case .transfer: name = event.outgoing ? "transfer_out" : "transfer_in"
        default: name = event.kind.rawValue
        }
        return .object([("student", .string(event.student)), ("event", .string(name)), ("date", .string(event.date.iso)),
                        ("other_class", event.otherClass.isEmpty ? .null : .string(event.otherClass)),
                        ("reason", .string(event.reason)), ("order", .string(event.order))])
    }
}
