#:project ../../src/AidTracker/AidTracker.csproj
#:package DuckDB.NET.Data.Full
#:property TreatWarningsAsErrors=false

// The DuckDB side of the comparison in docs/benchmarks.md ("Issue 16: summarize against DuckDB"): the job of
// `aidtracker summarize LEDGER --to USD --by donor,year` done the way an analyst would do it in DuckDB 1.5
// (DuckDB.NET): the records as newline-delimited JSON, the rates from the same ECB and IMF files, an ASOF join on the
// value date, DECIMAL(38,10) amounts, GROUP BY donor, year.
//   dotnet run -c Release benchmarks/cli-speed/duckdb-compare.cs -- ndjson LEDGER.json OUT.ndjson   (prepares, once)
//   dotnet run -c Release benchmarks/cli-speed/duckdb-compare.cs -- query OUT.ndjson [SUMMARY.csv]   (the timed job)
// "query" prints the time from opening DuckDB to the last result row (the process's start is not counted, which
// favours DuckDB), and with SUMMARY.csv (aidtracker's --format csv of the same job) the largest difference per group.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AidTracker;
using AidTracker.Serialization;
using DuckDB.NET.Data;
using NodaTime;

if (args.Length >= 3 && args[0] == "ndjson")
{
    Ledger ledger = await LedgerJson.ReadFileAsync(args[1], SystemClock.Instance);
    await using var output = new FileStream(args[2], FileMode.Create);
    await using var json = new Utf8JsonWriter(output);
    foreach (Commitment c in ledger.Commitments)
    {
        json.WriteStartObject();
        json.WriteString("id", c.Id);
        json.WriteString("donor", c.Donor.Id);
        json.WriteString("parent", c.ParentId);
        json.WriteString("stage", c.Stage.ToString().ToLowerInvariant());
        json.WriteString("date", c.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("value_date", c.ValueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("amount", c.Amount?.Amount.ToString(CultureInfo.InvariantCulture));
        json.WriteString("currency", c.Amount?.Currency.Code);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
        json.Reset();
    }

    Console.WriteLine($"{args[2]}: {ledger.Commitments.Length:N0} records");
    return;
}

if (args.Length < 2 || args[0] != "query")
{
    Console.Error.WriteLine("usage: duckdb-compare.cs ndjson LEDGER.json OUT.ndjson | query OUT.ndjson [SUMMARY.csv]");
    Environment.Exit(2);
}

string root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
string data = Directory.Exists("data") ? "data" : Path.Combine(root, "data");
string[] sql =
[
        // Loaded as an analyst would: the records and the rate tables into tables, then one query.
        $$"""
        CREATE TABLE records AS SELECT * FROM read_json('{{args[1]}}', format = 'newline_delimited', columns = {
            id: 'VARCHAR', donor: 'VARCHAR', parent: 'VARCHAR', stage: 'VARCHAR', date: 'DATE',
            value_date: 'DATE', amount: 'DECIMAL(38,10)', currency: 'VARCHAR'})
        """,
    $$"""
        CREATE TABLE ecb AS
        SELECT CAST("Date" AS DATE) AS day, currency, CAST(per_eur AS DECIMAL(38,10)) AS per_eur
        FROM (UNPIVOT (SELECT * FROM read_csv('{{data}}/ecb-eurofxref-hist.csv', header = true, all_varchar = true))
              ON COLUMNS(* EXCLUDE ("Date")) INTO NAME currency VALUE per_eur)
        WHERE per_eur NOT IN ('N/A', '')
        """,
    """
        -- USD per unit as USD per euro over units per euro, by day (ECB cross rates through the euro)
        CREATE TABLE ecb_usd AS
        SELECT e.day, e.currency, u.per_eur AS num, e.per_eur AS den
        FROM ecb e JOIN ecb u ON u.day = e.day AND u.currency = 'USD'
        UNION ALL
        SELECT day, 'EUR', per_eur, CAST(1 AS DECIMAL(38,10)) FROM ecb WHERE currency = 'USD'
        """,
    $$"""
        -- units per USD, by year (IMF annual averages, for what the ECB does not have); the euro is listed per country
        CREATE TABLE imf AS
        SELECT year(CAST("Date" AS DATE)) AS year, "Currency" AS currency, min(CAST("Rate" AS DECIMAL(38,10))) AS per_usd
        FROM read_csv('{{data}}/imf-annual-average-per-usd.csv', header = true, all_varchar = true)
        WHERE TRY_CAST("Rate" AS DECIMAL(38,10)) > 0
        GROUP BY ALL
        """,
    """
        WITH counted AS (
            -- the counting rule: a record with an amount counts; a part of a parent without one counts under the parent
            SELECT coalesce(p.donor, r.donor) AS donor, year(coalesce(p.date, r.date)) AS year,
                   r.amount, r.currency, r.value_date
            FROM records r LEFT JOIN records p ON r.parent = p.id
            WHERE r.stage = 'committed' AND r.amount IS NOT NULL AND (r.parent IS NULL OR p.amount IS NULL)
        ),
        converted AS (
            SELECT c.donor, c.year,
                   CASE WHEN c.currency = 'USD' THEN c.amount
                        WHEN e.den IS NOT NULL THEN CAST(c.amount * e.num / e.den AS DECIMAL(38,10))
                        ELSE CAST(c.amount / i.per_usd AS DECIMAL(38,10)) END AS usd
            FROM counted c
            ASOF LEFT JOIN ecb_usd e ON c.currency = e.currency AND c.value_date >= e.day
            LEFT JOIN imf i ON c.currency = i.currency AND year(c.value_date) = i.year
        )
        SELECT donor, year, CAST(round(sum(usd), 2) AS VARCHAR) AS total, count(*) AS records, count(usd) AS converted
        FROM converted GROUP BY donor, year ORDER BY donor, year
        """,
];

var clock = Stopwatch.StartNew();
var results = new Dictionary<string, decimal>();
long records = 0;
long unconverted = 0;
using (var db = new DuckDBConnection("Data Source=:memory:"))
{
    db.Open();
    using DuckDBCommand command = db.CreateCommand();
    foreach (string statement in sql[..^1])
    {
        command.CommandText = statement;
        command.ExecuteNonQuery();
    }

    command.CommandText = sql[^1];
    using var reader = command.ExecuteReader();
    while (reader.Read())
    {
        results[reader.GetString(0) + "," + reader.GetInt32(1).ToString(CultureInfo.InvariantCulture)] =
            reader.IsDBNull(2) ? 0m : decimal.Parse(reader.GetString(2), CultureInfo.InvariantCulture);
        records += reader.GetInt64(3);
        unconverted += reader.GetInt64(3) - reader.GetInt64(4);
    }
}

clock.Stop();
Console.WriteLine(
    string.Create(
        CultureInfo.InvariantCulture,
        $"duckdb query: {clock.Elapsed.TotalSeconds:0.00} s wall, {results.Count} groups, {records:N0} records, "
            + $"{unconverted:N0} without a rate"
    )
);
if (args.Length >= 3)
{
    // aidtracker's CSV: donor,year,count,value,currency,qualifier,complete
    decimal largest = 0m;
    string? where = null;
    foreach (string line in File.ReadLines(args[2]).Skip(1))
    {
        string[] f = line.Split(',');
        decimal ours = decimal.Parse(f[3], CultureInfo.InvariantCulture);
        decimal theirs = results.GetValueOrDefault(f[0] + "," + f[1]);
        if (Math.Abs(ours - theirs) > largest)
        {
            largest = Math.Abs(ours - theirs);
            where = f[0] + " " + f[1];
        }
    }

    Console.WriteLine(
        string.Create(
            CultureInfo.InvariantCulture,
            $"largest difference from aidtracker: {largest:N2} USD ({where ?? "none"}): UAH is converted at the NBU's "
                + $"daily rate by aidtracker, at the IMF's annual average here"
        )
    );
}
