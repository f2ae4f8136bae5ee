namespace KhorasanWatch.Web;

/// <summary>Runs the dashboard on its own (<c>dotnet run --project src/KhorasanWatch.Web -- --db sample.db</c>); <c>kwatch serve</c> is the usual way.</summary>
public sealed class Program
{
    public static void Main(string[] args) => Dashboard.Create(args).Run();
}
