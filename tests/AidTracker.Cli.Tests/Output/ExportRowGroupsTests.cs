using System.Collections;
using System.Globalization;
using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Rates;
using AidTracker.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Cli.Tests.Output;

/// <summary>
/// The rows of <c>export</c> filled a row group at a time on several threads (<see cref="ExportRowGroups"/>) against
/// the plain path (<see cref="ExportRows.Build"/>, every row in order on one thread): the same rows, and the same first
/// error in file order.
/// </summary>
public class ExportRowGroupsTests
{
    private static readonly FakeClock Clock = new(CliRun.Today);

    private static readonly SummaryQuery InUsd = new() { ReportingCurrency = Currency.USD };

    [Theory]
    [InlineData(1, 2)]
    [InlineData(3, 4)]
    [InlineData(1_000, 2)]
    public async Task CompleteAsync_Sample_SameRowsAsThePlainPath(int groupSize, int ahead)
    {
        Ledger sample = await LedgerJson.ReadFileAsync(CliRun.Sample, Clock, TestContext.Current.CancellationToken);

        RecordRows plain = ExportRows.Build(sample, InUsd, ExchangeRateSources.Default, CancellationToken.None);
        RecordRows grouped = await FillInGroupsAsync(sample, InUsd, groupSize, ahead);

        plain
            .Status.Should()
            .Equal("counted", "inside-counted-parent", "inside-counted-parent", "inside-counted-parent");
        Columns(grouped).Should().Equal(Columns(plain));
    }

    [Theory]
    [InlineData(7, 2)]
    [InlineData(64, 3)]
    [InlineData(1_000, 8)]
    public async Task CompleteAsync_GeneratedLedger_SameRowsAsThePlainPath(int groupSize, int ahead)
    {
        Ledger ledger = Generate(3_000, oddAmountsAt: []);
        var pledged = new SummaryQuery { ReportingCurrency = Currency.EUR, Measure = Measure.Pledged };

        foreach (
            SummaryQuery query in new[]
            {
                InUsd,
                pledged,
                new SummaryQuery { Measure = Measure.Disbursed },
            }
        )
        {
            RecordRows plain = ExportRows.Build(ledger, query, ExchangeRateSources.Default, CancellationToken.None);
            RecordRows grouped = await FillInGroupsAsync(ledger, query, groupSize, ahead);

            Columns(grouped).Should().Equal(Columns(plain));
            plain.Status.Distinct().Should().Contain([ExportRows.Counted, ExportRows.OtherMeasure]);
        }

        ExportRows
            .Build(ledger, InUsd, ExchangeRateSources.Default, CancellationToken.None)
            .Status.Distinct()
            .Should()
            .Contain([ExportRows.InsideCountedParent, ExportRows.CountedByParts, ExportRows.NoRate]);
    }

    [Fact]
    public async Task CompleteAsync_AmountsThatDoNotFitLateInTheFile_ThrowsTheFirstLikeThePlainPath()
    {
        Ledger ledger = Generate(3_000, oddAmountsAt: [2_950, 2_990]);

        Action plain = () => ExportRows.Build(ledger, InUsd, ExchangeRateSources.Default, CancellationToken.None);
        Func<Task> grouped = () => FillInGroupsAsync(ledger, InUsd, groupSize: 20, ahead: 4);

        string message = plain.Should().Throw<CliException>().Which.Message;
        message.Should().Contain("'g-2950'").And.Contain("does not fit DECIMAL(38,10)");
        (await grouped.Should().ThrowAsync<CliException>()).Which.Message.Should().Be(message);
    }

    private static async Task<RecordRows> FillInGroupsAsync(Ledger ledger, SummaryQuery query, int groupSize, int ahead)
    {
        var groups = new ExportRowGroups(
            new ExportRowFill(ledger, query, query.ReportingCurrency is null ? null : ExchangeRateSources.Default),
            groupSize,
            ahead,
            CancellationToken.None
        );

        // As the Parquet writer does: each group in order, then the rest.
        for (int g = 0; g * groupSize < groups.Rows.Count; g += 2)
        {
            await groups.ReadyAsync(g);
        }

        await groups.CompleteAsync();
        return groups.Rows;
    }

    /// <summary>Every column of the rows, each as one line of its values.</summary>
    private static List<string> Columns(RecordRows rows) =>
        [
            .. typeof(RecordRows)
                .GetProperties()
                .Where(p => p.PropertyType.IsArray)
                .Select(p =>
                    p.Name
                    + ": "
                    + string.Join(
                        '|',
                        ((IEnumerable)p.GetValue(rows)!)
                            .Cast<object?>()
                            .Select(v =>
                                v is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : v?.ToString()
                            )
                    )
                ),
        ];

    /// <summary>
    /// Commitments in USD, EUR, JPY, GBP, and every 40 records a parent in gold (XAU) in 1900, which no default source
    /// converts (no-rate); a parent without an amount every 20 records, each parent with its parts, pledges, and a
    /// disbursement every 7 records; the commitments at <paramref name="oddAmountsAt"/> have amounts with 11 decimals
    /// (not exportable).
    /// </summary>
    internal static Ledger Generate(int count, int[] oddAmountsAt)
    {
        string[] currencies = ["USD", "EUR", "JPY", "GBP"];
        var builder = new LedgerBuilder();
        for (int i = 0; i < count; i++)
        {
            string id = "g-" + i.ToString(CultureInfo.InvariantCulture);
            bool parent = i % 10 == 0;
            decimal value = oddAmountsAt.Contains(i)
                ? 1.00000000001m
                : 1_000m + (i * 7919 % 900_000) + (i % 100 / 100m);
            bool noRate = i % 40 == 10;
            builder.Add(
                new Commitment
                {
                    Id = id,
                    Title = "Generated " + id,
                    Donor = Party.Country(i % 3 == 0 ? "JPN" : "DEU"),
                    Recipient = Party.Country("UKR"),
                    Amount =
                        parent && i % 20 == 0
                            ? null
                            : new QualifiedMoney(new Money(value, noRate ? "XAU" : currencies[i % currencies.Length])),
                    Stage = i % 11 == 3 ? CommitmentStage.Pledged : CommitmentStage.Committed,
                    Date = noRate
                        ? new LocalDate(1900, 6, 1)
                        : new LocalDate(2015 + (i % 10), 1 + (i % 12), 1 + (i % 28)),
                    Category = AidCategory.Humanitarian,
                    Instrument = AidInstrument.Grant,
                    ParentId = parent ? null : "g-" + (i - (i % 10)).ToString(CultureInfo.InvariantCulture),
                }
            );
            if (i % 7 == 2)
            {
                builder.Add(
                    new Disbursement
                    {
                        Id = "p-" + id,
                        CommitmentId = id,
                        Donor = Party.Country("JPN"),
                        Recipient = Party.Country("UKR"),
                        Amount = new Money(10m + i, currencies[i % currencies.Length]),
                        Date = new LocalDate(2020, 1 + (i % 12), 2),
                    }
                );
            }
        }

        return builder.Build(Clock);
    }
}
