import Foundation
import ZhurnalCore
import ZhurnalStore

extension CommandMessage {
    /// The English text.
    var english: String {
        switch self {
        case .verbatimLine(let line): return line
        case .usageHint: return "see zhurnal --help"
        case .unknownCommand(let name): return "unknown command \"\(name)\" (see zhurnal --help)"
        case .unknownOption(let name): return "unknown option \(name) for this command (see zhurnal --help)"
        case .missingValue(let option): return "option \(option) needs a value"
        case .missingArgument(let name): return "missing \(name) (see zhurnal --help)"
        case .unexpectedArgument(let word): return "unexpected argument \"\(word)\" (see zhurnal --help)"
        case .invalidValue(let option, let value, let allowed): return "\(option) \(value): allowed are \(allowed)"
        case .conflicting(let a, let b): return "\(a) and \(b) cannot be used together"
        case .store(let error, let path): return Self.englishStore(error, path: path)
        case .cannotReadFile(let path): return "cannot read \(path)"
        case .noJournal(let path): return "there is no journal at \(path) (import a roster first, or give --db PATH)"
        case .outputRefused(let path, let refusal):
            let what: String
            switch refusal {
            case .database: what = "a SQLite database (a journal)"
            case .sideFile: what = "a journal's -wal, -shm or -journal file"
            case .symbolicLink: what = "a symbolic link"
            case .notRegularFile: what = "not a regular file"
            }
            return "\(path) is \(what); the output was not written and nothing was changed"
        case .cannotWriteFile(let path): return "cannot write \(path)"
        case .csv(let error): return Self.englishCSV(error)
        case .headerIssue(let issue):
            switch issue {
            case .missing(let column) where column == .lastName || column == .firstName:
                return "line 1: the column \"\(column.name)\" is missing (or one \"full_name\" column instead of the three name columns)"
            case .missing(let column): return "line 1: the column \"\(column.name)\" is missing"
            case .unknown(let title, let position): return "line 1: column \(position) \"\(title)\" is not a column of this file"
            case .duplicate(let column, let positions):
                return "line 1: the column \"\(column.name)\" appears more than once (columns \(positions.map(String.init).joined(separator: ", ")))"
            }
        case .rowProblem(let line, let problem): return "line \(line): \(Self.englishProblem(problem.clipped))"
        case .importRefused(let count): return "\(count) bad \(count == 1 ? "row" : "rows"); nothing was imported"
        case .rosterImported(let students, let classes):
            return "imported \(students) \(students == 1 ? "student" : "students") into \(classes) \(classes == 1 ? "class" : "classes")"
        case .marksImported(let entries, let columns):
            return "imported \(entries) \(entries == 1 ? "entry" : "entries") in \(columns) lesson \(columns == 1 ? "column" : "columns")"
        case .finalMarksImported(let count): return "imported \(count) final \(count == 1 ? "mark" : "marks")"
        case .rubricImported(let name, let replaced, let columns, let rederived):
            return "\(replaced ? "updated" : "imported") rubric \"\(name)\"; columns: \(columns); marks re-derived: \(rederived)"
        case .schoolYear(let message): return message.text(.en)
        case .people(let message): return message.text(.en)
        case .yearClose(let message): return message.text(.en)
        case .server(let message): return message.text(.en)
        case .movement(let message): return message.text(.en)
        case .rubricRefused(let error): return "rubric not imported: " + Self.englishRubric(error)
        case .rubricScoresImported(let students):
            return "imported criteria points for \(students) \(students == 1 ? "work" : "works")"
        case .unknownClass(let name): return "there is no class \(name) in the journal"
        case .unknownSubject(let name): return "there is no subject \"\(name)\" in the journal"
        case .unknownStudent(let name, let className): return "there is no student \"\(name)\" in class \(className)"
        case .ambiguousStudent(let name, let className):
            return "several students \"\(name)\" in class \(className): add the middle name"
        case .noSuchTerm(let number): return "the school calendar has no term \(number)"
        case .noSubjects(let name): return "class \(name) has no lesson columns yet"
        case .lprMissing: return "cannot print: the lpr command is not installed (install cups-client, or save with --output and print the file)"
        case .printFailed(let lpr): return "cannot print: \(lpr) reported an error"
        case .printed: return "sent to the printer"
        case .inFile(let path): return "in \(path):"
        case .externalImported(let count): return "imported \(count) external \(count == 1 ? "result" : "results")"
        case .noClassesInGrade(let grade): return "the journal has no classes of grade \(grade)"
        case .didYouMean(let message, let suggestion): return "\(message.english); did you mean \"\(suggestion)\"?"
        case .unknownProcedure(let name): return "there is no procedure \"\(name)\" in the journal (import its results with zhurnal import external)"
        case .procedureOutsideCalendar(let date): return "the procedure's date \(date) is outside the school calendar; give --term N"
        case .exportEncoding(let error):
            if case .unrepresentable(let scalar, let line, _) = error {
                return "line \(line): the character \"\(scalar)\" cannot be written in Windows-1251; export without --excel"
            }
            return "cannot encode the export"
        case .backupSourceDamaged(let path):
            return "\(path) is damaged; no backup was written (zhurnal check lists the damage)"
        case .backupFailed(let path, let error):
            let reason = error == .diskFull ? "the disk is full" : Self.englishStore(error, path: path)
            return "backup to \(path) failed (\(reason)); no file was written"
        case .backupWritten(let path): return "backup written to \(path)"
        case .checkOK(let path): return "\(path): ok"
        case .checkProblems(let count): return "\(count) \(count == 1 ? "problem" : "problems") found"
        case .demoCreated(let path): return "demo school created in \(path)"
        case .demoExists(let path): return "opening the demo school in \(path) (zhurnal demo --force builds it anew)"
        case .benchFileExists(let path):
            return "\(path) exists: zhurnal bench builds its school only in a new or empty file (never in a journal)"
        case .benchFailed(let reason): return "the benchmark stopped: \(reason)"
        }
    }

    private static func englishStore(_ error: StoreError, path: String) -> String {
        switch error {
        case .notAJournal: return "\(path) is not a Zhurnal journal; it was left untouched"
        case .corrupt: return "\(path) is damaged (not a valid SQLite database); it was left untouched"
        case .newerVersion(let found, let supported):
            return "\(path) was written by a newer Zhurnal (schema \(found), this one knows \(supported)); it was left untouched"
        case .olderVersion(let found, let supported):
            return "\(path) has an older schema (\(found) < \(supported)); open it once with write access to upgrade it"
        case .noDefaultLocation: return "no journal path: give --db PATH or set ZHURNAL_DB"
        case .fileSystem(let target, let errno): return "\(target): \(String(cString: strerror(errno)))"
        case .fileExists(let target): return "\(target) already exists; it is never overwritten"
        case .readOnly: return "\(path) is read-only; nothing was changed"
        case .noSuchColumn: return "that lesson column no longer exists"
        case .noSuchStudent: return "that student no longer exists"
        case .noSuchHistoryRecord: return "nothing to undo or redo"
        case .columnExists: return "the lesson column exists already"
        case .diskFull: return "the disk is full: \(path) was not changed; free some space and try again"
        case .busy: return "\(path) is busy: another window or command is writing; nothing was changed, try again"
        case .termLocked(let term): return "Term \(term) is locked: no changes allowed"
        case .upcomingLesson(let date):
            return "The lesson of \(date.russian) is still to come: marks and attendance from its day on"
        case .studentHasRecords: return "the student already has marks or other records: the class list was not changed"
        case .notAllowed, .unknownStaff, .wouldLockOut: return RightText.refusal(error)?.en ?? ""
        case .notEnrolled(_, let date):
            return "The student is not in this class on \(date.russian): marks and attendance only on his days in the class"
        case .entriesAfterMovement(_, let date):
            return "The student has marks in the class after \(date.russian): clear them first; nothing was changed"
        case .movementBefore(_, let latest):
            return "The student has a later movement (\(latest.russian)): undo it first; nothing was changed"
        case .alreadyEnrolled(_, let date):
            return "The student is already in a class on \(date.russian): the arrival was not recorded"
        case .entriesBeforeArrival(_, let date):
            return "The student has marks in the class before \(date.russian): clear them first; nothing was changed"
        case .yearNotOver(let end):
            guard let end else { return "The calendar has no school year to close (no valid terms); nothing was changed" }
            return "The school year runs until \(end.russian): it can be closed from \(end.adding(days: 1).russian); nothing was changed"
        case .yearClosed(let copy):
            return "Closing the school year cannot be undone; the closed year is kept in \(copy)"
        case .settingsOutOfRange: return "a school setting is out of its range; nothing was saved"
        case .unexpected(let description): return "\(path): unexpected failure: \(description)"
        case .damagedSetting(let name):
            return "\(path): the stored setting «\(name)» is damaged or out of range; nothing was read: restore the journal from a backup copy"
        case .sqlite(let e): return "database error: \(e)"
        }
    }

    private static func englishCSV(_ error: CSVError) -> String {
        switch error {
        case .empty: return "the file is empty: a header row is needed"
        case .unterminatedQuote(let line): return "line \(line): a quote (\") is opened and never closed"
        case .fieldTooLong(let line): return "line \(line): field too long (more than 1 MiB)"
        case .unexpectedCharacterAfterQuote(let line): return "line \(line): text after a closing quote (\")"
        case .undecodable(.invalidUTF8(let line)):
            return "line \(line): a byte that is not UTF-8 in a UTF-8 file (save the file again as UTF-8)"
        case .undecodable: return "the file is neither UTF-8 nor Windows-1251 text"
        }
    }

    private static func englishProblem(_ problem: ImportProblem) -> String {
        switch problem {
        case .missingValue(let column): return "\"\(column)\" is empty"
        case .controlCharacter(let column, let scalar):
            return "\"\(column)\" holds an invisible control character (\(ControlCharacters.codePoint(scalar))), which a name may not have"
        case .fieldCount(let expected, let found): return "\(found) fields, the header has \(expected)"
        case .badDate(let text): return "\"\(text)\" is not a date (YYYY-MM-DD or DD.MM.YYYY)"
        case .unknownWork(let text): return "\"\(text)\" is not a kind of work of this school"
        case .badWeight(let text): return "weight \"\(text)\" is not a positive number with at most two decimals"
        case .badEntry(let text): return "\"\(text)\" is not a journal entry; allowed: \(EntryError.allowed)"
        case .badFinalMark(let text): return "\"\(text)\" is not a final mark; allowed: 1–5, н/а, осв"
        case .badTerm(let text): return "\"\(text)\" is not a term of the school calendar (or \"year\")"
        case .badScore(let text): return "\"\(text)\" is not a score (whole points, 0–1000)"
        case .badExternalMark(let text): return "\"\(text)\" is not a mark of the procedure; allowed: 1–5"
        case .unknownClass(let name): return "there is no class \(name)"
        case .unknownSubject(let name): return "there is no subject \"\(name)\""
        case .unknownStudent(let name, let className): return "no student \"\(name)\" in \(className)"
        case .ambiguousStudent(let name, let className):
            return "\"\(name)\" is more than one student in \(className): add the middle name"
        case .duplicateCell(let student, let date, let work): return "a second mark for \(student) on \(date) (\(work))"
        case .duplicateStudent(let name): return "\(name) is listed twice"
        case .dateOutsideCalendar(let text): return "\(text) is outside the school year's terms"
        case .noColumn(let date, let work): return "no column \(work) on \(date)"
        case .noRubric(let date, let work): return "the column \(work) on \(date) has no rubric"
        case .unknownCriterion(let code): return "the rubric has no criterion \(code)"
        case .badPoints(let text): return "\(text) is not a number of points for this criterion"
        case .badHours, .badRoles, .duplicateLogin, .duplicatePair, .badCalendarKind, .badNumber, .badGrades, .endBeforeStart, .badTerms,
             .overlappingGrades, .badWeekday, .badLesson, .duplicateLesson, .planNumber, .emptyTopic:
            return SchoolYearMessage.problem(problem, language: .en)
        case .badEvent, .movementRefused: return MovementMessage.problem(problem, language: .en)
        }
    }
}
