using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// SQLite's errors as one line naming the store and what to do: the host prints it, never a trace.
/// The codes are SQLite's primary result codes (sqlite.org, "Result and Error Codes").
/// </summary>
public static class StoreErrors
{
    public static StoreException From(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        5 or 6 => new StoreException(path, $"the store is busy: another program (another kwatch ingest?) has held it for more than {SqliteEventStore.BusySeconds} s; try again when it finishes"),
        8 when File.Exists(path + "-journal") => new StoreException(path, "a write that was stopped (a killed ingest?) left its journal beside the store, and a reading verb may not roll it back; run a verb that writes (an ingest) once, which restores the store as it was before that write"),
        8 => new StoreException(path, "the store is read-only here (the file, or the folder its journal goes in, cannot be written); copy it somewhere writable or ask for write access"),
        10 => new StoreException(path, $"the disk failed while reading or writing the store ({Short(e)}); nothing was changed"),
        11 => new StoreException(path, "the store is damaged (database disk image is malformed); restore it from a copy, or recover what is left with sqlite3's .recover"),
        13 => new StoreException(path, "the disk is full; nothing was changed, free some space and run the command again"),
        14 => new StoreException(path, "cannot open the store or create its journal (is the folder writable, and the path a file?)"),
        26 => new StoreException(path, "not a usable SQLite store (the file is not a database)"),
        _ => new StoreException(path, $"not a usable SQLite store ({Short(e)})"),
    };

    private static string Short(SqliteException e) => e.Message.Replace("SQLite Error ", "error ", StringComparison.Ordinal).TrimEnd('.');
}
