/// Schema step "history by operation": undo, redo and their summaries find the rows of one
/// operation by an index instead of reading the whole history.
enum SchemaUndo {
    static let sql = """
    CREATE INDEX history_by_operation ON history(operation) WHERE operation IS NOT NULL;
    """
}
