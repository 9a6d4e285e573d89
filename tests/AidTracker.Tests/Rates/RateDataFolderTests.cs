using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

/// <summary>A folder of downloaded rates: read only when given, absent files mean the embedded data, bad files are
/// errors.</summary>
public sealed class RateDataFolderTests : IDisposable
{
    private readonly string _path = Path.Combine(
        Path.GetTempPath(),
        "aidtracker-folder-" + Guid.NewGuid().ToString("N")[..12]
    );

    public void Dispose()
    {
        if (Directory.Exists(_path))
        {
            Directory.Delete(_path, recursive: true);
        }
    }

    [Fact]
    public void CreateDefault_FolderThatDoesNotExist_IsTheEmbeddedChain()
    {
        var folder = new RateDataFolder(_path);

        folder.Ecb.Should().BeNull();
        folder.Nbu.Should().BeNull();
        folder.Downloads.Should().BeEmpty();
        folder
            .CreateDefault()
            .Sources.Should()
            .Equal(ExchangeRateSources.Ecb, ExchangeRateSources.Nbu, ExchangeRateSources.Imf);
        Directory.Exists(_path).Should().BeFalse("reading never creates the folder");
    }

    [Fact]
    public void RecordDownload_TwoSources_AreReadBackAndTheSameSourceIsReplaced()
    {
        var folder = new RateDataFolder(_path);
        var at = Instant.FromUtc(2026, 11, 26, 12, 0);
        folder.RecordDownload(
            new RateDownload(
                "ECB",
                RateDataFolder.EcbFileName,
                "https://example.org/a.zip",
                at,
                new LocalDate(1999, 1, 4),
                new LocalDate(2026, 4, 15)
            )
        );
        folder.RecordDownload(
            new RateDownload(
                "NBU",
                RateDataFolder.NbuFileName,
                "https://example.org/{yyyyMMdd}",
                at,
                new LocalDate(1996, 9, 2),
                new LocalDate(2023, 5, 15)
            )
        );
        folder.RecordDownload(
            new RateDownload(
                "ECB",
                RateDataFolder.EcbFileName,
                "https://example.org/b.zip",
                at.Plus(Duration.FromHours(1)),
                new LocalDate(1999, 1, 4),
                new LocalDate(2026, 4, 16)
            )
        );

        var reread = new RateDataFolder(_path);

        reread.Downloads.Select(d => d.Source).Should().Equal("ECB", "NBU");
        reread
            .FindDownload("ecb")!
            .Should()
            .Match<RateDownload>(d =>
                d.RetrievedFrom == "https://example.org/b.zip"
                && d.RetrievedAt == at.Plus(Duration.FromHours(1))
                && d.LastDate == new LocalDate(2026, 4, 16)
            );
        Directory.EnumerateFiles(_path).Select(Path.GetFileName).Should().Equal(RateDataFolder.MetadataFileName);
    }

    [Fact]
    public void Downloads_MalformedMetadata_ThrowsNamingTheFile()
    {
        Directory.CreateDirectory(_path);
        File.WriteAllText(
            Path.Combine(_path, RateDataFolder.MetadataFileName),
            "{ \"downloads\": [ { \"source\": \"ECB\" "
        );

        Action act = () => _ = new RateDataFolder(_path).Downloads;

        act.Should().Throw<RateFileException>().WithMessage("*" + RateDataFolder.MetadataFileName + "*cannot be read*");
    }

    [Fact]
    public void Ecb_MalformedFile_ThrowsNamingTheFileLineAndValue()
    {
        Directory.CreateDirectory(_path);
        File.WriteAllText(Path.Combine(_path, RateDataFolder.EcbFileName), "Date,USD,JPY,\n2026-04-15,1.1,x,\n");

        Action act = () => _ = new RateDataFolder(_path).CreateDefault();

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("*" + RateDataFolder.EcbFileName + ", line 2*JPY rate 'x'*");
    }
}
