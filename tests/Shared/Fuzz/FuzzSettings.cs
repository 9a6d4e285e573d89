using System.Globalization;

namespace AidTracker.Tests.Shared.Fuzz;

/// <summary>
/// How much the fuzz tests run and what they allow. CI runs <see cref="DefaultIterations"/> cases per parser (a few
/// seconds in all); <c>AIDTRACKER_FUZZ_ITERATIONS=100000 dotnet test ...</c> runs longer (docs/testing.md), and
/// <c>AIDTRACKER_FUZZ_SEED</c> replays the seed a failure printed.
/// </summary>
internal static class FuzzSettings
{
    public const string IterationsVariable = "AIDTRACKER_FUZZ_ITERATIONS";

    public const string SeedVariable = "AIDTRACKER_FUZZ_SEED";

    /// <summary>Cases per parser and format in a normal test run.</summary>
    public const int DefaultIterations = 250;

    /// <summary>
    /// The most characters an exception message may have, whatever the input held: a message names at most three pieces
    /// of input (a JSON path, a record id, a name or value), each cut to 80 characters by InputText, beside the file
    /// and line and what was expected (a commitment's twenty property names are about 200 characters).
    /// </summary>
    public const int MaxMessageLength = 600;

    /// <summary>The fixed part of the allocation bound: buffers, tables, the parser's own state.</summary>
    public const long AllocationAllowance = 48L * 1024 * 1024;

    /// <summary>How many bytes a case may allocate per byte of input, on top of
    /// <see cref="AllocationAllowance"/>.</summary>
    public const long AllocationPerInputByte = 48;

    /// <summary>Gets the cases to run per parser and format (<see cref="IterationsVariable"/>, else
    /// <see cref="DefaultIterations"/>).</summary>
    public static long Iterations { get; } =
        long.TryParse(
            Environment.GetEnvironmentVariable(IterationsVariable),
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out long n
        )
        && n > 0
            ? n
            : DefaultIterations;

    /// <summary>Gets the CsCheck seed to start from (<see cref="SeedVariable"/>), or <c>null</c> for a random
    /// one.</summary>
    public static string? Seed { get; } =
        Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } seed ? seed : null;

    /// <summary>The most bytes a case of <paramref name="inputBytes"/> bytes may allocate.</summary>
    public static long MaxAllocatedBytes(long inputBytes) =>
        AllocationAllowance + (AllocationPerInputByte * inputBytes);
}
