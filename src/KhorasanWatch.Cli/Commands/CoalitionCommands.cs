using System.CommandLine;
using KhorasanWatch.Cli.Output;
using KhorasanWatch.Coalition;
using KhorasanWatch.UseCases.Coalition;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// The administrator's verbs for a coalition store (docs/coalition.md): <c>kwatch org add|list</c>,
/// <c>kwatch user add|list</c> and <c>kwatch token create|list|revoke</c>. Whoever can write the store
/// file administers it; the first user must be an admin.
/// </summary>
internal static class CoalitionCommands
{
    public static Command Org(Option<string?> db, CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The organisation's id: lower-case letters, digits, dots or hyphens, e.g. fin-def" };
        var name = new Option<string>("--name") { Description = "Its name", Required = true };
        var country = new Option<string>("--country") { Description = "Its country (ISO3)", Required = true };
        var outside = new Option<bool>("--outside-community") { Description = "Keep TLP:GREEN from reaching it (the community is every organisation otherwise)" };
        var add = new Command("add", "Add a coalition partner") { id, name, country, outside };
        add.SetAction(parse =>
        {
            var o = CliServices.Get<UsersUseCase>(parse, db, console).AddOrganisation(parse.GetValue(id)!, parse.GetValue(name)!, parse.GetValue(country)!, !parse.GetValue(outside));
            console.Out.WriteLine($"added organisation {o.Id} ({o.Name}, {o.Country}{(o.InCommunity ? "" : ", outside the community")})");
            return ExitCodes.Success;
        });
        var list = new Command("list", "The organisations");
        list.SetAction(parse =>
        {
            var table = new TextTable("id", "name", "country", "community");
            foreach (var o in CliServices.Get<UsersUseCase>(parse, db, console).Organisations())
            {
                table.Add(o.Id, o.Name, o.Country, o.InCommunity ? "yes" : "no");
            }

            table.Write(console.Out);
            return ExitCodes.Success;
        });
        return new Command("org", "The coalition's organisations") { add, list };
    }

    public static Command User(Option<string?> db, CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "The user's name: lower-case letters, digits, dots or hyphens" };
        var org = new Option<string>("--org") { Description = "The organisation the user belongs to", Required = true };
        var role = new Option<string>("--role") { Description = "admin, analyst or viewer", DefaultValueFactory = _ => "viewer" };
        role.AcceptOnlyFromAmong(UserRoles.Names);
        var passwordFile = new Option<string?>("--password-file") { Description = "A file whose first line is the user's dashboard password (12 characters or more); without it the user signs in with tokens only" };
        var add = new Command("add", "Add a user to an organisation (the store's first user must be an admin)") { name, org, role, passwordFile };
        add.SetAction(parse =>
        {
            var password = parse.GetValue(passwordFile) is { } file ? FirstLine(file) : null;
            var u = CliServices.Get<UsersUseCase>(parse, db, console).AddUser(parse.GetValue(name)!, parse.GetValue(org)!, parse.GetValue(role)!, password);
            console.Out.WriteLine($"added user {u.Name} ({UserRoles.Name(u.Role)} of {u.Organisation}{(u.HasPassword ? ", with a password" : ", tokens only")})");
            return ExitCodes.Success;
        });
        var list = new Command("list", "The users, by organisation");
        list.SetAction(parse =>
        {
            var table = new TextTable("name", "organisation", "role", "password", "added");
            foreach (var u in CliServices.Get<UsersUseCase>(parse, db, console).Users())
            {
                table.Add(u.Name, u.Organisation, UserRoles.Name(u.Role), u.HasPassword ? "yes" : "no", $"{u.CreatedAt:yyyy-MM-dd}");
            }

            table.Write(console.Out);
            return ExitCodes.Success;
        });
        return new Command("user", "The coalition's users") { add, list };
    }

    public static Command Token(Option<string?> db, CliConsole console)
    {
        var user = new Argument<string>("USER") { Description = "Whose token" };
        var label = new Option<string?>("--label") { Description = "What the token is for, e.g. the partner tool that uses it" };
        var create = new Command("create", "Make an API token for a user; it is printed once and kept only as its hash") { user, label };
        create.SetAction(parse =>
        {
            var issued = CliServices.Get<UsersUseCase>(parse, db, console).IssueToken(parse.GetValue(user)!, parse.GetValue(label));
            console.Out.WriteLine(issued.Token);
            console.Error.WriteLine($"kwatch: token {issued.Record.Id} for {parse.GetValue(user)} ({issued.Record.Label}): shown once, above; the store keeps only its hash");
            return ExitCodes.Success;
        });
        var list = new Command("list", "The tokens (never their text)");
        list.SetAction(parse =>
        {
            var users = CliServices.Get<UsersUseCase>(parse, db, console);
            var names = users.Users().ToDictionary(u => u.Id, u => u.Name);
            var table = new TextTable("id", "user", "label", "created", "revoked");
            foreach (var t in users.Tokens())
            {
                table.Add($"{t.Id}", names.GetValueOrDefault(t.UserId, "?"), t.Label, $"{t.CreatedAt:yyyy-MM-dd HH:mm}", t.RevokedAt is { } r ? $"{r:yyyy-MM-dd HH:mm}" : "");
            }

            table.Write(console.Out);
            return ExitCodes.Success;
        });
        var id = new Argument<long>("ID") { Description = "The token's id, as token list shows it" };
        var revoke = new Command("revoke", "Revoke a token: it opens nothing from now on") { id };
        revoke.SetAction(parse =>
        {
            CliServices.Get<UsersUseCase>(parse, db, console).RevokeToken(parse.GetValue(id));
            console.Out.WriteLine($"revoked token {parse.GetValue(id)}");
            return ExitCodes.Success;
        });
        return new Command("token", "The users' API tokens") { create, list, revoke };
    }

    private static string FirstLine(string path)
    {
        try
        {
            return File.ReadLines(path).FirstOrDefault() ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--password-file {path} cannot be read: {e.Message}");
        }
    }
}
