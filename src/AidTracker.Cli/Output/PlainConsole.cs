using Spectre.Console;

namespace AidTracker.Cli.Output;

/// <summary>Creates consoles that write plain text (no ANSI codes, no colours, not interactive) to a writer: output
/// files and tests.</summary>
internal static class PlainConsole
{
    public static IAnsiConsole Create(TextWriter writer, int width)
    {
        IAnsiConsole console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(writer),
            }
        );
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }
}
