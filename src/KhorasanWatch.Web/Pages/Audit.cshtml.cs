using KhorasanWatch.Coalition;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Coalition;
using Microsoft.AspNetCore.Mvc;

namespace KhorasanWatch.Web.Pages;

/// <summary>The store's audit log, newest first, filtered by user, action and day: for its admins only (<see cref="AuditUseCase.Log"/>).</summary>
public sealed class AuditModel(AuditUseCase audit) : WatchPage
{
    public const int Shown = 200;

    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)] public string? Action { get; set; }

    [BindProperty(SupportsGet = true)] public string? Since { get; set; }

    public IReadOnlyList<AuditEntry>? Entries { get; private set; }

    public void OnGet() => Entries = Answer(() => audit.Log(new AuditQuery(RequestValues.Date(Blank(Since), "since"), Blank(UserName), Blank(Action), Shown)));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
