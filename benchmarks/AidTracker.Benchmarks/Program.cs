using BenchmarkDotNet.Running;

namespace AidTracker.Benchmarks;

/// <summary>Runs the suites: <c>dotnet run -c Release --project benchmarks/AidTracker.Benchmarks -- --filter
/// '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
