namespace AidTracker.Tests.Shared;

/// <summary>
/// Where the repository's files are, for the tests and benchmarks that read them: the reference data the build embeds
/// (<c>data/</c>), the test data the test projects own, the samples and docs. Found from the running assembly's folder
/// (tests and benchmarks run from their <c>bin/</c> folders inside the repository), so nothing outside the
/// repository is ever read. Compiled into every test project and the benchmarks (tests/Directory.Build.props).
/// </summary>
internal static class RepoPaths
{
    /// <summary>The repository's root folder: the nearest folder above the running assembly that holds
    /// AidTracker.sln.</summary>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>The reference data the build embeds (<c>data/</c>: ECB, IMF, NBU, ISO 4217; see
    /// data/README.md).</summary>
    public static string Data => Path.Combine(Root, "data");

    /// <summary>The IATI activity files of the IATI tests (<c>tests/AidTracker.Iati.Tests/TestData/</c>).</summary>
    public static string IatiTestData => Path.Combine(Root, "tests", "AidTracker.Iati.Tests", "TestData");

    /// <summary>The FTS fixtures (<c>tests/TestData/fts/</c>: one real search, three pages).</summary>
    public static string FtsTestData => Path.Combine(Root, "tests", "TestData", "fts");

    /// <summary>The test data of the rates tests (<c>tests/AidTracker.Tests/Rates/TestData/</c>, NBU API answers in
    /// <c>nbu-api/</c>).</summary>
    public static string RatesTestData => Path.Combine(Root, "tests", "AidTracker.Tests", "Rates", "TestData");

    /// <summary>A file of the reference data, e.g. <c>imf-annual-average-per-usd.csv</c>.</summary>
    public static string DataFile(string fileName) => Path.Combine(Data, fileName);

    private static string FindRoot(string start)
    {
        for (DirectoryInfo? folder = new(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AidTracker.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above '{start}' holds AidTracker.sln: the tests run from inside the repository."
        );
    }
}
