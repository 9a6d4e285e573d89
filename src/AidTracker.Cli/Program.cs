using AidTracker.Cli.Infrastructure;
using NodaTime;
using Spectre.Console;

namespace AidTracker.Cli;

/// <summary>The composition root of the <c>aidtracker</c> tool: the real console, clock and time zone.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        // A progress bar only when standard error is a terminal; silent in pipes, CI logs and tests.
        IAnsiConsole? progress = Console.IsErrorRedirected
            ? null
            : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IAnsiConsole console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // Piped or written to a file: no terminal width to respect, so lines are not wrapped at 80 columns.
            console.Profile.Width = 240;
        }

        var services = new CliServices(
            console,
            Console.Error,
            SystemClock.Instance,
            DateTimeZoneProviders.Tzdb.GetSystemDefault(),
            progress,
            Environment.GetEnvironmentVariable);
        return await CliApp.RunAsync(args, services, cancellation.Token).ConfigureAwait(false);
    }
}
