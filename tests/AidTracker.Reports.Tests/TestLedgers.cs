using System.Globalization;
using System.Text;
using AidTracker.Serialization;
using AidTracker.Tests.Shared;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Reports.Tests;

/// <summary>The ledgers of the tests: the repository's sample, and small ledgers written as JSON ledger text.</summary>
internal static class TestLedgers
{
    /// <summary>"Today" for validation: after every date of the tests.</summary>
    public static FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 26, 12, 0));

    public static string SamplePath => Path.Combine(RepoPaths.Root, "samples", "japan-ukraine.ledger.json");

    public static Ledger Sample() => LedgerJson.ReadFileAsync(SamplePath, Clock).GetAwaiter().GetResult();

    /// <summary>A ledger of commitments <c>(id, donor, date, amount, currency)</c> and disbursements of the same
    /// shape.</summary>
    public static Ledger Of(
        IEnumerable<(string Id, string Donor, string Date, string Amount, string Currency)> commitments,
        IEnumerable<(string Id, string Donor, string Date, string Amount, string Currency)>? disbursements = null,
        string? title = null,
        string? url = null
    )
    {
        var json = new StringBuilder("{\"schemaVersion\": 1, \"commitments\": [");
        json.AppendJoin(
            ",",
            commitments.Select(c =>
                string.Create(
                    CultureInfo.InvariantCulture,
                    $$"""{"id": "{{c.Id}}", "title": {{Quote(title ?? "Package " + c.Id)}}, "donor": "{{c.Donor}}", "recipient": "UKR", "amount": {"value": "{{c.Amount}}", "currency": "{{c.Currency}}"}, "stage": "committed", "date": "{{c.Date}}", "category": "recovery", "instrument": "grant", "sources": [{"title": {{Quote(title ?? "Notice")}}{{(url is null ? string.Empty : ", \"url\": " + Quote(url))}}}]}"""
                )
            )
        );
        json.Append("], \"disbursements\": [");
        json.AppendJoin(
            ",",
            (disbursements ?? []).Select(d =>
                string.Create(
                    CultureInfo.InvariantCulture,
                    $$"""{"id": "{{d.Id}}", "donor": "{{d.Donor}}", "recipient": "UKR", "amount": {"value": "{{d.Amount}}", "currency": "{{d.Currency}}"}, "date": "{{d.Date}}"}"""
                )
            )
        );
        json.Append("]}");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json.ToString()));
        return LedgerJson.ReadAsync(stream, Clock, "test.ledger.json").GetAwaiter().GetResult();
    }

    /// <summary>Ten donors, each committing every year from 1995 to 2024 (300 commitments), half of it
    /// disbursed.</summary>
    public static Ledger TenDonorsThirtyYears()
    {
        string[] donors = ["AUS", "CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "NLD", "NOR", "USA"];
        var commitments = new List<(string, string, string, string, string)>();
        var disbursements = new List<(string, string, string, string, string)>();
        foreach (string donor in donors)
        {
            for (int year = 1995; year <= 2024; year++)
            {
                string amount = (1_000_000 * (Array.IndexOf(donors, donor) + 1)).ToString(CultureInfo.InvariantCulture);
                commitments.Add(($"{donor}-{year}", donor, $"{year}-06-15", amount, "USD"));
                disbursements.Add(($"{donor}-{year}-d", donor, $"{year}-09-15", amount[..^1], "USD"));
            }
        }

        return Of(commitments, disbursements);
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
