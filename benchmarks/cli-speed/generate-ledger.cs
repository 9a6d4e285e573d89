#:project ../../src/AidTracker/AidTracker.csproj
#:property TreatWarningsAsErrors=false

// Writes a large JSON ledger for the CLI speed measurement (docs/benchmarks.md, "CLI (issue 6)"):
//   dotnet run benchmarks/cli-speed/generate-ledger.cs -- OUTPUT.json [COUNT]
// COUNT commitments (default 1,000,000) from 20 donors to 30 recipients in 12 currencies (ECB currencies and UAH, which
// only the IMF has), value dates on weekdays 2001-2024, every tenth a parent without an amount of its own whose nine
// children follow it. Deterministic: the same COUNT gives the same bytes.
using System.Globalization;
using AidTracker;
using AidTracker.Serialization;
using NodaTime;

string output = args.Length > 0 ? args[0] : "large.ledger.json";
int count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;

string[] donors =
[
    "JPN",
    "USA",
    "GBR",
    "DEU",
    "FRA",
    "ITA",
    "CAN",
    "AUS",
    "NOR",
    "SWE",
    "DNK",
    "NLD",
    "CHE",
    "KOR",
    "ESP",
    "BEL",
    "AUT",
    "FIN",
    "IRL",
    "NZL",
];
string[] recipients =
[
    "UKR",
    "AFG",
    "ETH",
    "SYR",
    "YEM",
    "SOM",
    "SSD",
    "COD",
    "NGA",
    "BGD",
    "PAK",
    "KEN",
    "UGA",
    "TZA",
    "MOZ",
    "MLI",
    "NER",
    "TCD",
    "HTI",
    "JOR",
    "LBN",
    "TUR",
    "IRQ",
    "MMR",
    "SDN",
    "ZWE",
    "MWI",
    "ZMB",
    "BFA",
    "CAF",
];
string[] currencies = ["USD", "EUR", "JPY", "GBP", "CHF", "SEK", "NOK", "DKK", "CAD", "AUD", "KRW", "UAH"];
AidCategory[] categories =
[
    AidCategory.Financial,
    AidCategory.Humanitarian,
    AidCategory.Recovery,
    AidCategory.Economic,
    AidCategory.Other,
];
AidInstrument[] instruments = [AidInstrument.Grant, AidInstrument.Loan, AidInstrument.Grant, AidInstrument.Guarantee];
var firstDay = new LocalDate(2001, 1, 1);
int days = Period.Between(firstDay, new LocalDate(2024, 12, 31), PeriodUnits.Days).Days;

var builder = new LedgerBuilder();
for (int i = 0; i < count; i++)
{
    bool isParent = i % 10 == 0;
    int parent = i - (i % 10);
    int seed = (int)((uint)(i * 2654435761u) >> 4); // scrambled, deterministic
    LocalDate date = firstDay.PlusDays(seed % days);
    while (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
    {
        date = date.PlusDays(1);
    }

    int donor = (isParent ? i : parent) / 10 % donors.Length;
    builder.Add(
        new Commitment
        {
            Id = "c-" + i.ToString(CultureInfo.InvariantCulture),
            Title = "Commitment number " + i.ToString(CultureInfo.InvariantCulture),
            Donor = Party.Country(donors[donor]),
            Recipient = Party.Country(recipients[seed % recipients.Length]),
            Amount = isParent
                ? null
                : new QualifiedMoney(
                    new Money(10_000m + (seed % 50_000_000) + (i % 100 / 100m), currencies[seed % currencies.Length]),
                    i % 7 == 0 ? AmountQualifier.Approximately : AmountQualifier.Exact
                ),
            Stage = CommitmentStage.Committed,
            Date = date,
            Category = categories[seed % categories.Length],
            Instrument = instruments[seed % instruments.Length],
            ParentId = isParent ? null : "c-" + parent.ToString(CultureInfo.InvariantCulture),
        }
    );
}

Ledger ledger = builder.Build(new FixedClock());
await LedgerJson.WriteFileAsync(ledger, output);
Console.WriteLine(
    string.Create(
        CultureInfo.InvariantCulture,
        $"{output}: {count:N0} commitments, {new FileInfo(output).Length:N0} bytes"
    )
);

internal sealed class FixedClock : IClock
{
    public Instant GetCurrentInstant() => Instant.FromUtc(2026, 1, 1, 0, 0);
}
