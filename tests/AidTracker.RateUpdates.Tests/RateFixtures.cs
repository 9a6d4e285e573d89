using System.Globalization;
using System.IO.Compression;
using System.Text;
using AidTracker.RateUpdates.Tests.TestServer;
using AidTracker.Tests.Shared;
using NodaTime;

namespace AidTracker.RateUpdates.Tests;

/// <summary>
/// What the stand-in publishers serve. The ECB history is the one the build embeds (real) with two rows added on top
/// for 2026-04-14 and 2026-04-15 that repeat the rates of 2026-04-13 (synthetic: the days after the embedded data). NBU
/// days are the NBU API's own answers where the test data has them (2022-02-24, 2022-04-28, 2022-06-07, 2022-07-21),
/// and for later days the answer of 2022-07-21 re-dated (synthetic).
/// </summary>
internal static class RateFixtures
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 26, 12, 0);

    public static string DataDir => RepoPaths.Data;

    public static string NbuApiFolder => Path.Combine(RepoPaths.RatesTestData, "nbu-api");

    /// <summary>The embedded ECB history with 2026-04-14 and 2026-04-15 on top (the rates of 2026-04-13
    /// again).</summary>
    public static string EcbCsvWithTwoNewDays()
    {
        string embedded = Embedded("ecb-eurofxref-hist.csv");
        int headerEnd = embedded.IndexOf('\n', StringComparison.Ordinal) + 1;
        string header = embedded[..headerEnd];
        string newest = embedded[headerEnd..embedded.IndexOf('\n', headerEnd)].TrimEnd('\r');
        newest.Should().StartWith("2026-04-13,");
        string rest = newest["2026-04-13".Length..];
        return header + "2026-04-15" + rest + "\n" + "2026-04-14" + rest + "\n" + embedded[headerEnd..];
    }

    /// <summary>Returns the text of a reference data file the build embeds (from the data folder it embeds them
    /// from).</summary>
    public static string Embedded(string fileName)
    {
        using Stream file = File.OpenRead(Path.Combine(DataDir, fileName));
        using var reader = new StreamReader(
            fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file
        );
        return reader.ReadToEnd();
    }

    public static byte[] Zip(string csv, string entryName = "eurofxref-hist.csv")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using Stream entry = zip.CreateEntry(entryName).Open();
            entry.Write(Encoding.UTF8.GetBytes(csv));
        }

        return buffer.ToArray();
    }

    /// <summary>The NBU API's answer for <paramref name="day"/>: its own where the test data has it, else 2022-07-21's
    /// re-dated.</summary>
    public static byte[] NbuDay(LocalDate day)
    {
        string real = Path.Combine(
            NbuApiFolder,
            "exchange-" + day.ToString("uuuuMMdd", CultureInfo.InvariantCulture) + ".json"
        );
        if (File.Exists(real))
        {
            return File.ReadAllBytes(real);
        }

        string july21 = File.ReadAllText(Path.Combine(NbuApiFolder, "exchange-20220721.json"));
        return Encoding.UTF8.GetBytes(
            july21.Replace(
                "21.07.2022",
                day.ToString("dd.MM.uuuu", CultureInfo.InvariantCulture),
                StringComparison.Ordinal
            )
        );
    }

    /// <summary>Serves the NBU days at <c>/nbu?json&amp;date=yyyyMMdd</c> through <paramref name="answer"/> and returns
    /// the URL template.</summary>
    public static string MapNbu(
        FixtureServer server,
        Func<LocalDate, int, Microsoft.AspNetCore.Http.HttpContext, Task> answer
    )
    {
        server.Map("/nbu", (context, before) =>
        {
            string text = context.Request.Query["date"].ToString();
            LocalDate day = NodaTime
                .Text.LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd")
                .Parse(text)
                .GetValueOrThrow();
            return answer(day, before, context);
        });
        return server.BaseUrl + "/nbu?json&date={yyyyMMdd}";
    }

    public static Task SendNbuDay(Microsoft.AspNetCore.Http.HttpContext context, LocalDate day) =>
        FixtureServer.Send(context, NbuDay(day), "application/json; charset=utf-8");

    /// <summary>Writes the embedded NBU rates up to <paramref name="lastDay"/> into the folder, as an earlier update
    /// would have.</summary>
    public static void WriteNbuFolderFile(string folder, LocalDate lastDay)
    {
        string[] lines = Embedded(AidTracker.Rates.RateDataFolder.NbuFileName)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string cut = lastDay.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        string csv =
            lines[0]
            + "\n"
            + string.Join("\n", lines.Skip(1).Where(l => string.CompareOrdinal(l[..10], cut) <= 0))
            + "\n";
        Directory.CreateDirectory(folder);
        using var file = File.Create(Path.Combine(folder, AidTracker.Rates.RateDataFolder.NbuFileName));
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(csv));
    }

    /// <summary>The files of a folder with their contents' hashes, to assert that a failed update left it as it
    /// was.</summary>
    public static Dictionary<string, string> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory
                .EnumerateFiles(folder)
                .ToDictionary(
                    f => Path.GetFileName(f)!,
                    f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))
                )
            : [];
}
