namespace KhorasanWatch.Reporting.Pdf;

/// <summary>
/// A report that could not be printed to PDF (no Chromium, Chromium failed or hung, no file
/// written). The message is one line that says what to do about it.
/// </summary>
public sealed class PdfPrintException(string message) : Exception(message);
