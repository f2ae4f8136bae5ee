namespace KhorasanWatch.Web;

/// <summary>Serves the dashboard's one style sheet from the assembly (<c>/site.css</c>), cached by the browser for a day.</summary>
internal static class StyleSheet
{
    private static readonly Lazy<byte[]> Css = new(() =>
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream("site.css")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void MapStyleSheet(this IEndpointRouteBuilder app) =>
        app.MapGet("/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(Css.Value, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
}
