using System.Globalization;
using KhorasanWatch.Cli;

// Reports, tables and JSON are written in one fixed format whatever the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
return Kwatch.Run(args, CliConsole.System());
