using NodaTime;
using Spectre.Console;

namespace AidTracker.Cli.Infrastructure;

/// <summary>What the commands need from their environment (injected, so tests run in process).</summary>
internal sealed class CliServices(IAnsiConsole console, TextWriter error, IClock clock)
{
    public IAnsiConsole Console { get; } = console;

    public TextWriter Error { get; } = error;

    public IClock Clock { get; } = clock;
}
