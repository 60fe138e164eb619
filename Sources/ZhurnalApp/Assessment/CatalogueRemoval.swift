import TerminalUI

/// What F8 does to a catalogue's item, as help, the key bar, the confirmation and the status line
/// name it: delete it (rubrics, outcomes, classes, subjects) or retire it (staff).
struct CatalogueRemoval {
    let help: Message
    let bar: Message
    let confirm: (String) -> Message
    let done: (String) -> Message

    /// Deletes the item.
    static var delete: CatalogueRemoval {
        CatalogueRemoval(help: .journal(.catalogue(.keyDelete)), bar: .journal(.barDelete),
                         confirm: { .journal(.catalogue(.confirmDelete($0))) }, done: { .journal(.catalogue(.deleted($0))) })
    }
}
