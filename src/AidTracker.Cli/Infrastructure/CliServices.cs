using NodaTime;
using Spectre.Console;

namespace AidTracker.Cli.Infrastructure;

/// <summary>What the commands need from their environment (injected, so tests run in process).</summary>
/// <param name="console">Standard output: tables, JSON, CSV.</param>
/// <param name="error">Standard error: one line per problem.</param>
/// <param name="clock">The clock that says what "today" is.</param>
/// <param name="zone">The time zone in which "today" is taken.</param>
/// <param name="progressConsole">A console over standard error for progress bars, or <c>null</c> when standard error is
/// not a terminal (tests, CI, redirected output): then no progress is shown.</param>
/// <param name="environment">Reads an environment variable (<c>AIDTRACKER_DATA_DIR</c>, <c>XDG_DATA_HOME</c>,
/// <c>HOME</c>, <c>LOCALAPPDATA</c>), or <c>null</c> for none: tests see no environment, so they never read the user's
/// data folder.</param>
internal sealed class CliServices(
    IAnsiConsole console,
    TextWriter error,
    IClock clock,
    DateTimeZone zone,
    IAnsiConsole? progressConsole,
    Func<string, string?>? environment = null
)
{
    public IAnsiConsole Console { get; } = console;

    public TextWriter Error { get; } = error;

    public IClock Clock { get; } = clock;

    public DateTimeZone Zone { get; } = zone;

    public IAnsiConsole? ProgressConsole { get; } = progressConsole;

    public Func<string, string?> Environment { get; } = environment ?? (_ => null);

    /// <summary>Gets what opens standard input, for a file argument of <c>-</c> (tests give their own
    /// stream).</summary>
    public Func<Stream> StandardInput { get; init; } = System.Console.OpenStandardInput;

    /// <summary>
    /// Gets a value indicating whether standard output is a terminal (a person reads it): JSON is then indented by
    /// default. <c>false</c> for pipes, files and tests.
    /// </summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Gets today's date in <see cref="Zone"/> by <see cref="Clock"/>.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Zone).Date;
}
