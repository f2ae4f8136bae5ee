using KhorasanWatch.Cli;

return Kwatch.Run(args, CliConsole.System());
