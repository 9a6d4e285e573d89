using AidTracker.Tests.Shared.Fuzz;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Iati.Tests.Fuzz;

/// <summary>
/// The IATI reader and importer under mutated real IATI files: the reader throws only <see cref="IatiFormatException"/>
/// (and its <see cref="IatiVersionNotSupportedException"/>), the importer never throws for bad data, and every message
/// and problem is short.
/// </summary>
public class IatiFuzzTests
{
    private static readonly IatiImporter Importer = new(new FakeClock(Instant.FromUtc(2026, 4, 13, 0, 0)));

    private static readonly string[] Tokens =
    [
        "<",
        ">",
        "</",
        "/>",
        "&",
        "&amp;",
        "&#0;",
        "&#x1F;",
        "&#xD800;",
        "&bogus;",
        "<![CDATA[",
        "]]>",
        "<!-- -->",
        "<?pi x?>",
        "<!DOCTYPE x>",
        "\"",
        "'",
        "=",
        "xmlns:p=\"urn:p\"",
        "<p:x/>",
        "<narrative>",
        "</narrative>",
        "<value>",
        "1e5",
        "-0",
        "79228162514264337593543950336",
        "<transaction>",
        "<transaction-type code=\"2\"/>",
        "currency=\"XYZ\"",
        "iso-date=\"-0001-01-01\"",
        "version=\"1.03\"",
        "\0",
        "\uFEFF",
    ];

    private static readonly FuzzSeed[] Seeds =
    [
        .. new[]
        {
            IatiData.Fixture,
            IatiData.Annotated,
            IatiData.Acf,
            IatiData.UsaidBb,
            IatiData.Wri,
            IatiData.OldV103,
        }.Select(FuzzSeed.File),
        .. Directory.EnumerateFiles(IatiData.SchemaTests, "*.xml").Order(StringComparer.Ordinal).Select(FuzzSeed.File),
    ];

    [Fact]
    public void ReadActivities_MutatedRealFiles_ThrowOnlyIatiFormatExceptionWithShortMessages() =>
        FuzzOracle.Sample(Mutator.Cases(Seeds, Tokens), c =>
            FuzzOracle.Check(c, Read, [typeof(IatiFormatException)], Messages)
        );

    [Fact]
    public void Import_MutatedRealFiles_NeverThrowsAndReportsShortProblems() =>
        FuzzOracle.Sample(Mutator.Cases(Seeds, Tokens), c =>
            FuzzOracle.Check(c, Import, [], result => result.Report.Problems.Select(p => p.Message))
        );

    private static List<IatiActivity> Read(FuzzCase input)
    {
        using IatiReader reader = IatiReader.Create(new MemoryStream(input.Bytes), "fuzz.xml", leaveOpen: false);
        return [.. reader.ReadActivities()];
    }

    private static IEnumerable<string> Messages(List<IatiActivity> activities) =>
        activities.SelectMany(a => a.Problems).Select(p => p.Message);

    private static IatiImportResult Import(FuzzCase input) =>
        Importer.Import(new MemoryStream(input.Bytes), "fuzz.xml");
}
