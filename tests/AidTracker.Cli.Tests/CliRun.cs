using System.Globalization;
using System.Text.Json;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Tests.Shared;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Cli.Tests;

/// <summary>The result of one in-process run: exit code, standard output and standard error.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The default "today" of the tests: after the end of the embedded ECB data (2026-04-13).</summary>
    public static readonly Instant Today = Instant.FromUtc(2026, 11, 26, 12, 0);

    public static string RepoRoot => RepoPaths.Root;

    public static string Sample { get; } = Path.Combine(RepoRoot, "samples", "japan-ukraine.ledger.json");

    public static string Iati(string file) => Path.Combine(RepoPaths.IatiTestData, file);

    /// <summary>The lines written to standard error.</summary>
    public string[] ErrorLines =>
        Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs the tool in process with a plain 200-column console, a <see cref="FakeClock"/> and no progress
    /// bar.</summary>
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(Today, args);

    public static Task<CliRun> RunAsync(Instant now, params string[] args) =>
        RunAsync(now, new Dictionary<string, string>(), args);

    /// <summary>Runs the tool with <paramref name="environment"/> as its only environment variables (the other runs see
    /// none).</summary>
    public static async Task<CliRun> RunAsync(
        Instant now,
        IReadOnlyDictionary<string, string> environment,
        params string[] args
    )
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var services = new CliServices(
            PlainConsole.Create(output, 200),
            error,
            new FakeClock(now),
            DateTimeZone.Utc,
            progressConsole: null,
            name => environment.GetValueOrDefault(name)
        );
        int exitCode = await CliApp.RunAsync(args, services, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Parses standard output as JSON.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Out);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts the run failed with <paramref name="exitCode"/>, wrote nothing to standard output, and
    /// explained itself in one line without a stack trace.</summary>
    public CliRun ShouldFailWith(int exitCode, params string[] wildcards)
    {
        ExitCode.Should().Be(exitCode, "stderr was: {0}", Error);
        ErrorLines.Should().ContainSingle("one clear line on standard error; it was: {0}", Error);
        Error.Should().StartWith("aidtracker: ").And.NotContain("   at ").And.NotContain("Exception:");
        foreach (string wildcard in wildcards)
        {
            Error.Should().Match("*" + wildcard + "*");
        }

        return this;
    }

    /// <summary>Asserts the run succeeded and wrote nothing to standard error.</summary>
    public CliRun ShouldSucceed()
    {
        ExitCode.Should().Be(0, "stderr was: {0}", Error);
        Error.Should().BeEmpty();
        return this;
    }
}
