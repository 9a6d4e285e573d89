using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using AidTracker.Tests.Shared;

namespace AidTracker.Cli.Tests.EndToEnd;

/// <summary>
/// <c>eng/update-reference-data.sh</c> (data/README.md) against local copies of the publishers' files, no network: a
/// data folder whose ECB and NBU files lack their newest days is refreshed from the repository's full ECB file and the
/// NBU API answer of 2022-07-21; a truncated, malformed or wrongly dated source is refused and the folder is left as it
/// was. The script reads the new ECB file with the tool built next to these tests.
/// </summary>
public class UpdateReferenceDataScriptTests
{
    private const string Ecb = "ecb-eurofxref-hist.csv";
    private const string Nbu = "nbu-official-uah-rates.csv.gz";
    private static readonly string ToolPath = Path.Combine(AppContext.BaseDirectory, "AidTracker.Cli.dll");
    private static readonly string NbuApiAnswers = Path.Combine(RepoPaths.RatesTestData, "nbu-api");

    [Fact]
    public async Task UpdateReferenceData_NewerLocalCopies_InstallsThemAndUpdatesTheReadme()
    {
        using var folder = new TempFolder();
        string data = OutdatedDataFolder(folder);

        Run run = await RunAsync(
            "--data-dir",
            data,
            "--ecb",
            RepoPaths.DataFile(Ecb),
            "--nbu",
            NbuApiAnswers,
            "--until",
            "2022-07-21"
        );

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllBytes(Path.Combine(data, Ecb))
            .Should()
            .Equal(File.ReadAllBytes(RepoPaths.DataFile(Ecb)), "the full ECB history replaced the outdated one");
        NbuText(Path.Combine(data, Nbu))
            .Should()
            .Be(
                NbuText(RepoPaths.DataFile(Nbu)),
                "the API answer of 2022-07-21 adds the archive's own row for that day"
            );
        File.ReadAllBytes(Path.Combine(data, Nbu))
            .Should()
            .Equal(File.ReadAllBytes(RepoPaths.DataFile(Nbu)), "gzip -9n is deterministic");
        string readme = File.ReadAllText(Path.Combine(data, "README.md"));
        readme
            .Should()
            .MatchRegex(
                @"\n- `ecb-eurofxref-hist\.csv`: \d{4}-\d\d-\d\d, covering 1999-01-04 \.\. 2026-04-13 \(6,983 "
                    + @"days\)\.\n"
            )
            .And.MatchRegex(
                @"\n- `nbu-official-uah-rates\.csv\.gz`: \d{4}-\d\d-\d\d, covering 1996-09-02 \.\. 2022-07-21 \(9,453 "
                    + @"days\)\.\n"
            )
            .And.Contain("| 1999-01-04 .. 2026-04-13, 6,983 days |");
        run.Output.Should()
            .Contain("NBU: checked 1 new days 2022-07-21 .. 2022-07-21")
            .And.Contain("the aidtracker tool reads the new file completely (41 currencies");
        Directory
            .EnumerateFileSystemEntries(data)
            .Select(Path.GetFileName)
            .Should()
            .BeEquivalentTo([Ecb, Nbu, "README.md"], "no staging folder is left behind");
    }

    [Fact]
    public async Task UpdateReferenceData_TruncatedEcbCopy_IsRefusedAndChangesNothing()
    {
        using var folder = new TempFolder();
        string data = OutdatedDataFolder(folder);
        string truncated = folder.Write(
            "truncated.csv",
            string.Join('\n', File.ReadLines(RepoPaths.DataFile(Ecb)).Take(101)) + "\n"
        );
        Dictionary<string, string> before = Hashes(data);

        Run run = await RunAsync("--source", "ecb", "--data-dir", data, "--ecb", truncated);

        run.ExitCode.Should().Be(1);
        run.Error.Should()
            .Contain(
                "covers 2025-11-18 .. 2026-04-13 and lacks 6883 dates of the file it would replace (1999-01-04 .. "
                    + "2026-04-07)"
            )
            .And.EndWith("Nothing was replaced.\n");
        Hashes(data).Should().Equal(before);
    }

    [Fact]
    public async Task UpdateReferenceData_NegativeRateInTheEcbCopy_IsRefusedNamingTheLine()
    {
        using var folder = new TempFolder();
        string data = OutdatedDataFolder(folder);
        string[] lines = File.ReadAllLines(RepoPaths.DataFile(Ecb));
        lines[2] = lines[2].Replace("2026-04-10,1.", "2026-04-10,-1.", StringComparison.Ordinal);
        string malformed = folder.Write("malformed.csv", string.Join('\n', lines) + "\n");
        Dictionary<string, string> before = Hashes(data);

        Run run = await RunAsync("--source", "ecb", "--data-dir", data, "--ecb", malformed);

        run.ExitCode.Should().Be(1);
        run.Error.Should()
            .Contain("line 3 (2026-04-10) has USD '-1.")
            .And.Contain("neither N/A nor a positive decimal");
        Hashes(data).Should().Equal(before);
    }

    [Fact]
    public async Task UpdateReferenceData_NbuAnswerForAnotherDay_IsRefusedAndTheGoodEcbFileIsNotInstalledEither()
    {
        using var folder = new TempFolder();
        string data = OutdatedDataFolder(folder);
        string answers = Directory.CreateDirectory(folder.File("nbu-api")).FullName;
        File.Copy(
            Path.Combine(NbuApiAnswers, "exchange-20220607.json"),
            Path.Combine(answers, "exchange-20220721.json")
        );
        Dictionary<string, string> before = Hashes(data);

        Run run = await RunAsync(
            "--data-dir",
            data,
            "--ecb",
            RepoPaths.DataFile(Ecb),
            "--nbu",
            answers,
            "--until",
            "2022-07-21"
        );

        run.ExitCode.Should().Be(1);
        run.Error.Should()
            .Match("*NBU 2022-07-21: the * entry is for '07.06.2022', not 21.07.2022.*Nothing was replaced.*");
        Hashes(data)
            .Should()
            .Equal(before, "the ECB file passed its checks but is installed only when every source has");
    }

    [Fact]
    public async Task UpdateReferenceData_UnknownSource_IsAUsageError()
    {
        Run run = await RunAsync("--source", "imf");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--source must be ecb, nbu or all, not 'imf'.");
    }

    /// <summary>A data folder whose ECB file lacks its four newest days and whose NBU file lacks 2022-07-21, with the
    /// README.</summary>
    private static string OutdatedDataFolder(TempFolder folder)
    {
        string data = Directory.CreateDirectory(folder.File("data")).FullName;
        File.Copy(RepoPaths.DataFile("README.md"), Path.Combine(data, "README.md"));
        List<string> ecb = [.. File.ReadLines(RepoPaths.DataFile(Ecb))];
        File.WriteAllText(Path.Combine(data, Ecb), string.Join('\n', ecb.Take(1).Concat(ecb.Skip(5))) + "\n");
        List<string> nbu = [.. NbuText(RepoPaths.DataFile(Nbu)).Split('\n')];
        nbu[1].Should().StartWith("2022-07-21,");
        using FileStream output = File.Create(Path.Combine(data, Nbu));
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize);
        gzip.Write(Encoding.UTF8.GetBytes(string.Join('\n', nbu.Take(1).Concat(nbu.Skip(2)))));
        return data;
    }

    private static string NbuText(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory
            .EnumerateFileSystemEntries(folder)
            .ToDictionary(
                f => Path.GetFileName(f),
                f => File.Exists(f) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) : "folder"
            );

    private static async Task<Run> RunAsync(params string[] args)
    {
        File.Exists(ToolPath).Should().BeTrue($"the tool is built next to the tests ({ToolPath})");
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host
            ? host
            : "dotnet";
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "eng", "update-reference-data.sh"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--cli");
        start.ArgumentList.Add($"{dotnet} {ToolPath}");

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        Task<string> output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        Task<string> error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await output, await error);
    }

    private sealed record Run(int ExitCode, string Output, string Error);
}
