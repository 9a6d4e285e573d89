using System.Globalization;
using System.Text.Json.Serialization;
using AidTracker.Serialization;
using NodaTime;

namespace AidTracker.Benchmarks;

/// <summary>Generated ledgers for the JSON benchmarks, shaped like the sample (sources, stated equivalents, parents,
/// budgets).</summary>
public static class LedgerBenchmarkData
{
    /// <summary>A clock well after every generated date.</summary>
    public static readonly IClock Clock = new FixedClock(Instant.FromUtc(2026, 1, 1, 0, 0));

    /// <summary>
    /// The ledger sizes to run: from the environment variable AIDTRACKER_LEDGER_SIZES (comma-separated), default
    /// 100,000 (a 1,000,000 run takes minutes on a shared 2-core machine: run it with AIDTRACKER_LEDGER_SIZES=1000000).
    /// </summary>
    public static IEnumerable<int> Sizes =>
        (Environment.GetEnvironmentVariable("AIDTRACKER_LEDGER_SIZES") ?? "100000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    /// <summary>Builds a ledger of <paramref name="count"/> commitments (every tenth a parent of the nine after
    /// it), dated over the <paramref name="months"/> months up to December 2024 (all in 2024 by default), of Japan
    /// alone or, with <paramref name="manyDonors"/>, of five donors on four fiscal years (JPN, USA, GBR, AUS, DEU; a
    /// parent and its parts have the same donor).</summary>
    public static Ledger Build(int count, int months = 12, bool manyDonors = false)
    {
        string[] donors = manyDonors ? ["JPN", "USA", "GBR", "AUS", "DEU"] : ["JPN"];
        string[] currencies = ["JPY", "USD", "EUR", "UAH"];
        AidCategory[] categories =
        [
            AidCategory.Financial,
            AidCategory.Humanitarian,
            AidCategory.Recovery,
            AidCategory.Economic,
        ];
        var sources = Enumerable
            .Range(0, 10)
            .Select(i => new SourceReference
            {
                Title = "Press release " + i.ToString(CultureInfo.InvariantCulture),
                Url = new Uri(
                    "https://www.mofa.go.jp/press/release/press" + i.ToString(CultureInfo.InvariantCulture) + ".html"
                ),
                Publisher = "Ministry of Foreign Affairs of Japan",
                Date = new LocalDate(2025, 3, 5),
            })
            .ToArray();
        var builder = new LedgerBuilder();
        for (int i = 0; i < count; i++)
        {
            string id = "c-" + i.ToString(CultureInfo.InvariantCulture);
            bool isParent = i % 10 == 0;
            builder.Add(
                new Commitment
                {
                    Id = id,
                    Title = "Commitment number " + i.ToString(CultureInfo.InvariantCulture),
                    Donor = Party.Country(donors[i / 10 % donors.Length]),
                    Recipient = Party.Country("UKR"),
                    Amount = isParent
                        ? null
                        : new QualifiedMoney(
                            new Money(1_000_000m + (i * 7919m) + ((i % 100) / 100m), currencies[i % 4]),
                            (AmountQualifier)(i % 4)
                        ),
                    Stage = (CommitmentStage)(i % 2),
                    Date = new LocalDate(2024 - (i % months / 12), (i % 12) + 1, (i % 28) + 1),
                    Category = categories[i % 4],
                    Instrument = AidInstrument.Grant,
                    ParentId = isParent ? null : "c-" + (i - (i % 10)).ToString(CultureInfo.InvariantCulture),
                    BudgetLabel = i % 2 == 0 ? "FY2024 supplementary" : null,
                    StatedEquivalents =
                        i % 3 == 0 && !isParent && i % 4 != 1
                            ? [new QualifiedMoney(new Money(63_300_000m, Currency.USD), AmountQualifier.Approximately)]
                            : [],
                    Sources = [sources[i % 10]],
                }
            );
        }

        return builder.Build(Clock);
    }

    /// <summary>The ledger written by <see cref="LedgerJson"/>.</summary>
    public static byte[] Write(Ledger ledger)
    {
        using var stream = new MemoryStream();
        LedgerJson.WriteAsync(ledger, stream).GetAwaiter().GetResult();
        return stream.ToArray();
    }
}

/// <summary>A clock that always says the same instant.</summary>
/// <param name="now">The instant.</param>
internal sealed class FixedClock(Instant now) : IClock
{
    /// <inheritdoc />
    public Instant GetCurrentInstant() => now;
}

/// <summary>The baseline's plain ledger: what a developer would deserialize with System.Text.Json and no domain
/// types.</summary>
public sealed class PlainLedger
{
    /// <summary>Gets or sets the version.</summary>
    public int SchemaVersion { get; set; }

    /// <summary>Gets or sets the agreements.</summary>
    public List<PlainAgreement> Agreements { get; set; } = [];

    /// <summary>Gets or sets the commitments.</summary>
    public List<PlainCommitment> Commitments { get; set; } = [];

    /// <summary>Gets or sets the disbursements.</summary>
    public List<PlainCommitment> Disbursements { get; set; } = [];
}

/// <summary>A plain agreement.</summary>
public sealed class PlainAgreement
{
    /// <summary>Gets or sets the id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Gets or sets the kind.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Gets or sets the title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Gets or sets the date.</summary>
    public DateOnly? SignedOn { get; set; }
}

/// <summary>A plain commitment: strings, decimals and dates.</summary>
public sealed class PlainCommitment
{
    /// <summary>Gets or sets the id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Gets or sets the title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Gets or sets the donor.</summary>
    public string Donor { get; set; } = "";

    /// <summary>Gets or sets the recipient.</summary>
    public string Recipient { get; set; } = "";

    /// <summary>Gets or sets the amount.</summary>
    public PlainAmount? Amount { get; set; }

    /// <summary>Gets or sets the qualifier.</summary>
    public string? Qualifier { get; set; }

    /// <summary>Gets or sets the stage.</summary>
    public string Stage { get; set; } = "";

    /// <summary>Gets or sets the date.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Gets or sets the value date.</summary>
    public DateOnly? ValueDate { get; set; }

    /// <summary>Gets or sets the category.</summary>
    public string Category { get; set; } = "";

    /// <summary>Gets or sets the instrument.</summary>
    public string Instrument { get; set; } = "";

    /// <summary>Gets or sets the agreement id.</summary>
    public string? Agreement { get; set; }

    /// <summary>Gets or sets the parent id.</summary>
    public string? Parent { get; set; }

    /// <summary>Gets or sets the supplemented id.</summary>
    public string? Supplements { get; set; }

    /// <summary>Gets or sets the budget.</summary>
    public string? Budget { get; set; }

    /// <summary>Gets or sets the stated equivalents.</summary>
    public List<PlainStated>? Stated { get; set; }

    /// <summary>Gets or sets the sources.</summary>
    public List<PlainSource>? Sources { get; set; }

    /// <summary>Gets or sets the tags.</summary>
    public List<string>? Tags { get; set; }

    /// <summary>Gets or sets the note.</summary>
    public string? Note { get; set; }
}

/// <summary>A plain amount.</summary>
public sealed class PlainAmount
{
    /// <summary>Gets or sets the value.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public decimal Value { get; set; }

    /// <summary>Gets or sets the currency.</summary>
    public string Currency { get; set; } = "";
}

/// <summary>A plain stated equivalent.</summary>
public sealed class PlainStated
{
    /// <summary>Gets or sets the value.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public decimal Value { get; set; }

    /// <summary>Gets or sets the currency.</summary>
    public string Currency { get; set; } = "";

    /// <summary>Gets or sets the qualifier.</summary>
    public string? Qualifier { get; set; }
}

/// <summary>A plain source.</summary>
public sealed class PlainSource
{
    /// <summary>Gets or sets the title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Gets or sets the URL.</summary>
    public string? Url { get; set; }

    /// <summary>Gets or sets the publisher.</summary>
    public string? Publisher { get; set; }

    /// <summary>Gets or sets the date.</summary>
    public DateOnly? Date { get; set; }
}

/// <summary>The baseline's source-generated context (the same kind of serializer the library uses).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true
)]
[JsonSerializable(typeof(PlainLedger))]
public sealed partial class PlainLedgerContext : JsonSerializerContext;
