using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Reporting.Pdf;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage;

namespace KhorasanWatch.UseCases;

/// <summary>
/// The failures the library raises for a user's request or input, each with a message meant for
/// the user: a host words them (a line, a page, a ProblemDetails) and never shows a stack trace.
/// Anything else is a fault, for the log. The one list both hosts use.
/// </summary>
public static class Refusals
{
    public static bool IsRefusal(Exception error) =>
        error is ProblemException or SourceFormatException or StoreException or ProfileException or PdfPrintException or MatrixException;
}
