using System.Globalization;
using System.Text.Json;
using AidTracker.Serialization;
using DuckDB.NET.Data;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Cli.Tests.Commands;

public class ExportCommandTests
{
    [Fact]
    public async Task Export_Sample_DuckDbReadsEveryRecordWithDecimalAmountsAndTheEcbRate()
    {
        using var folder = new TempFolder();
        string file = folder.File("sample.parquet");

        CliRun run = await CliRun.RunAsync("export", CliRun.Sample, "--to", "USD", "-o", file);

        run.ShouldSucceed();
        run.Out.Should().Contain("Wrote 4 records (1 counted) to " + file);
        using DuckDBConnection db = Open();
        List<string[]> rows = Query(
            db,
            $"""
            SELECT id, status, CAST(counted AS VARCHAR), CAST(amount AS VARCHAR), currency, qualifier,
                   CAST(converted AS VARCHAR), CAST(rate_date AS VARCHAR), rate_basis, rate_source, typeof(amount),
                   typeof(converted), CAST(year AS VARCHAR)
            FROM read_parquet('{file}') ORDER BY id
            """
        );
        rows.Select(r => r[0])
            .Should()
            .Equal("jp-ua-cumulative-2025-03", "jp-ua-dpl-2022", "jp-ua-dpl-2022-top-up", "jp-ua-erp-4");
        rows[0]
            .Should()
            .Equal(
                "jp-ua-cumulative-2025-03",
                "counted",
                "true",
                "12400000000.0000000000",
                "USD",
                "at-least",
                "12400000000.0000000000",
                null,
                null,
                null,
                "DECIMAL(38,10)",
                "DECIMAL(38,10)",
                "2025"
            );
        rows[3]
            .Should()
            .Equal(
                "jp-ua-erp-4",
                "inside-counted-parent",
                "false",
                "8800000000.0000000000",
                "JPY",
                "exact",
                "58825751.2920308811",
                "2025-02-27",
                "daily",
                "ECB",
                "DECIMAL(38,10)",
                "DECIMAL(38,10)",
                "2025"
            );
    }

    [Fact]
    public async Task Export_DonorYearSumInDuckDb_EqualsSummarizeToTheCent()
    {
        using var folder = new TempFolder();
        string ledger = await WriteLedgerAsync(folder.File("mixed.ledger.json"));
        string file = folder.File("mixed.parquet");

        (await CliRun.RunAsync("export", ledger, "--to", "USD", "-o", file)).ShouldSucceed();
        CliRun summary = await CliRun.RunAsync(
            "summarize",
            ledger,
            "--to",
            "USD",
            "--by",
            "donor,year",
            "--format",
            "json"
        );

        summary.ShouldSucceed();
        Dictionary<string, string> expected = summary
            .Json()
            .GetProperty("groups")
            .EnumerateArray()
            .ToDictionary(
                g =>
                    g.GetProperty("key").GetProperty("donor").GetString()
                    + "/"
                    + g.GetProperty("key").GetProperty("year").GetString(),
                g => g.GetProperty("totals")[0].GetProperty("value").GetString()!
            );
        expected.Should().HaveCountGreaterThan(15, "the ledger spreads over 4 donors and 8 years");
        using DuckDBConnection db = Open();
        Dictionary<string, string> actual = Query(
                db,
                $"""
                SELECT donor || '/' || CAST(year AS VARCHAR), CAST(round(sum(converted), 2) AS VARCHAR)
                FROM read_parquet('{file}') WHERE counted GROUP BY donor, year
                """
            )
            .ToDictionary(r => r[0]!, r => NormaliseCents(r[1]!));
        actual.Should().Equal(expected);
    }

    [Fact]
    public async Task Export_NoOutputFile_IsAUsageError()
    {
        CliRun run = await CliRun.RunAsync("export", CliRun.Sample, "--to", "USD");

        run.ShouldFailWith(2, "-o FILE.parquet");
    }

    [Fact]
    public async Task Export_NoRateForACountedAmount_WritesNothingAndNamesTheRecord()
    {
        using var folder = new TempFolder();
        string rates = folder.Write("rates.csv", "date,base,quote,rate\n2020-01-02,EUR,USD,1.1193\n");
        string file = folder.File("out.parquet");

        CliRun run = await CliRun.RunAsync("export", CliRun.Sample, "--to", "EUR", "--rates", rates, "-o", file);

        run.ShouldFailWith(1, "could not be converted into EUR", "'jp-ua-cumulative-2025-03'", "nothing was written");
        File.Exists(file).Should().BeFalse();
    }

    private static DuckDBConnection Open()
    {
        var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        return db;
    }

    private static List<string[]> Query(DuckDBConnection db, string sql)
    {
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([
                .. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null! : reader.GetString(i)),
            ]);
        }

        return rows;
    }

    /// <summary>DuckDB's rounded DECIMAL(38,10) as the contract writes USD: two decimals.</summary>
    private static string NormaliseCents(string value) =>
        decimal.Parse(value, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// A ledger of 400 commitments from 4 donors over 2017-2024 in USD, EUR, JPY, GBP and UAH (UAH only the NBU and IMF
    /// have): blocks of eight, alternately a parent without an amount of its own with seven children of other years
    /// (their amounts count under the parent's year) and eight commitments on their own, plus Japan's sample, whose
    /// "over $12.4 billion" counts and whose parts do not.
    /// </summary>
    private static async Task<string> WriteLedgerAsync(string path)
    {
        var clock = new FakeClock(CliRun.Today);
        Ledger sample = await LedgerJson.ReadFileAsync(CliRun.Sample, clock, TestContext.Current.CancellationToken);
        var builder = new LedgerBuilder();
        foreach (Agreement agreement in sample.Agreements)
        {
            builder.Add(agreement);
        }

        foreach (Commitment commitment in sample.Commitments)
        {
            builder.Add(commitment);
        }

        string[] donors = ["JPN", "USA", "DEU", "GBR"];
        string[] currencies = ["USD", "EUR", "JPY", "GBP", "UAH"];
        for (int i = 0; i < 400; i++)
        {
            int block = i / 8;
            bool inTree = block % 2 == 0;
            bool isParent = inTree && i % 8 == 0;
            int parent = i - (i % 8);
            int year = 2017 + (inTree && !isParent ? i * 3 % 8 : (block * 3 + i) % 8);
            var date = new LocalDate(year, 1 + (i % 12), 1 + (i * 13 % 28));
            builder.Add(
                new Commitment
                {
                    Id = "m-" + i.ToString(CultureInfo.InvariantCulture),
                    Title = "Mixed " + i.ToString(CultureInfo.InvariantCulture),
                    Donor = Party.Country(donors[(inTree ? block / 2 : i) % donors.Length]),
                    Recipient = Party.Country("UKR"),
                    Amount = isParent
                        ? null
                        : new QualifiedMoney(
                            new Money(
                                1_000m + (i * 7919 % 9_000_000) + (i % 100 / 100m),
                                currencies[i % currencies.Length]
                            )
                        ),
                    Stage = CommitmentStage.Committed,
                    Date = date,
                    Category = AidCategory.Humanitarian,
                    Instrument = AidInstrument.Grant,
                    ParentId = inTree && !isParent ? "m-" + parent.ToString(CultureInfo.InvariantCulture) : null,
                }
            );
        }

        await LedgerJson.WriteFileAsync(builder.Build(clock), path, TestContext.Current.CancellationToken);
        return path;
    }
}
