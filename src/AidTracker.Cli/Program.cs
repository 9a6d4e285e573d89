using Spectre.Console;

namespace AidTracker.Cli;

/// <summary>The composition root of the <c>aidtracker</c> tool.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) =>
        CliApp.RunAsync(args, AnsiConsole.Console, Console.Error, NodaTime.SystemClock.Instance);
}
