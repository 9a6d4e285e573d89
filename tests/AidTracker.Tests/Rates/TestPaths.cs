using AidTracker.Tests.Shared;

namespace AidTracker.Tests.Rates;

/// <summary>Where the repository's reference data (<c>data/</c>) and this folder's test data are.</summary>
internal static class TestPaths
{
    public static string DataDir => RepoPaths.Data;

    public static string TestData => RepoPaths.RatesTestData;
}
