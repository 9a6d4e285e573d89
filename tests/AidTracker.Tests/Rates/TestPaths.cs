using System.Reflection;

namespace AidTracker.Tests.Rates;

/// <summary>Where the shared reference data and this project's test data are.</summary>
internal static class TestPaths
{
    public static string DataDir { get; } = Metadata("AidTrackerDataDir");

    public static string TestData { get; } = Path.Combine(Metadata("AidTrackerRepoRoot"), "tests", "AidTracker.Tests", "Rates", "TestData");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;
}
