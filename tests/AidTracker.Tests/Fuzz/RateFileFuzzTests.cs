using System.Text;
using AidTracker.Rates;
using AidTracker.Tests.Rates;
using AidTracker.Tests.Shared.Fuzz;

namespace AidTracker.Tests.Fuzz;

/// <summary>The three rate file formats (<see cref="RateFileReader"/>) under mutated real files: only
/// <see cref="RateFileException"/> escapes.</summary>
public class RateFileFuzzTests
{
    private static readonly string[] Tokens =
    [
        ",",
        ",,",
        "\n",
        "\r\n",
        "\"",
        "N/A",
        "0",
        "-1",
        "1e5",
        "1.0.2",
        "79228162514264337593543950336",
        "0.00000000000000000000000000001",
        "9999-12-31",
        "0000-01-01",
        "2025-02-29",
        "2024-02-29",
        "-0001-01-01",
        "EUR",
        "USD",
        "XYZ",
        "usd",
        "Date",
        "date,base,quote,rate",
        "\0",
        "\uFEFF",
        "\u2028",
        " ",
    ];

    private static readonly Type[] Documented = [typeof(RateFileException)];

    public static TheoryData<string> Formats => ["ecb", "long", "imf"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_MutatedRealFiles_ThrowOnlyRateFileExceptionWithShortMessages(string format) =>
        FuzzOracle.Sample(Mutator.Cases(Seeds(format), Tokens), c =>
            FuzzOracle.Check(c, x => Read(format, x.Bytes), Documented)
        );

    /// <summary>The real files of each format, cut to a size a case parses in a moment.</summary>
    private static FuzzSeed[] Seeds(string format) =>
        format switch
        {
            "ecb" =>
            [
                FuzzSeed.Head(Path.Combine(TestPaths.DataDir, "ecb-eurofxref-hist.csv"), 40),
                FuzzSeed.File(Path.Combine(TestPaths.TestData, "ecb-published-format.csv")),
            ],
            "long" =>
            [
                FuzzSeed.File(Path.Combine(TestPaths.TestData, "long-format.csv")),
                FuzzSeed.Text("long rows from the ECB file", LongFromEcb()),
            ],
            _ => [FuzzSeed.Head(Path.Combine(TestPaths.DataDir, "imf-annual-average-per-usd.csv"), 150)],
        };

    /// <summary>The ECB file's latest rows in the long format, so that the long seed has real rates too.</summary>
    private static string LongFromEcb()
    {
        string[] lines = [.. File.ReadLines(Path.Combine(TestPaths.DataDir, "ecb-eurofxref-hist.csv")).Take(4)];
        string[] codes = lines[0].Split(',');
        var text = new StringBuilder("date,base,quote,rate\n");
        foreach (string line in lines.Skip(1))
        {
            string[] cells = line.Split(',');
            for (int i = 1; i < Math.Min(cells.Length, codes.Length); i++)
            {
                if (codes[i].Length == 3 && cells[i] is { Length: > 0 } and not "N/A")
                {
                    text.Append(cells[0]).Append(",EUR,").Append(codes[i]).Append(',').Append(cells[i]).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Reads the bytes as a file would be read (<see cref="StreamReader"/> detecting a byte-order
    /// mark).</summary>
    private static RateTable Read(string format, byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes));
        return format switch
        {
            "ecb" => RateFileReader.ReadEcbCsv(reader, "fuzz.csv"),
            "long" => RateFileReader.ReadLongCsv(reader, "fuzz.csv"),
            _ => RateFileReader.ReadImfCsv(reader, "fuzz.csv"),
        };
    }
}
