namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// A figure inside a judgment's sentence that rests on other events than the judgment's own — a
/// baseline such as "the same days a year earlier (24 attacks)" — so that it gets its own footnote:
/// <see cref="Text"/> is the words the note follows (they occur in the sentence), <see cref="Note"/>
/// the note's title, <see cref="EventIds"/> the events it counts.
/// </summary>
public sealed record CitedFigure(string Text, string Note, IReadOnlyList<string> EventIds);
