using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace AidTracker.RateUpdates.Internal;

/// <summary>
/// Reads one day of the NBU's API (<c>statdirectory/exchange?json&amp;date=YYYYMMDD</c>): a JSON array of
/// <c>{"r030":840,"txt":"Долар США","rate":29.2549,"cc":"USD","exchangedate":"28.04.2022"}</c>, one per currency,
/// hryvnias per unit; <c>[]</c> when the NBU set no rate that day. Each rate's text is kept as published.
/// </summary>
internal static class NbuDay
{
    private static readonly LocalDatePattern ExchangeDate = LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu");

    public static List<(string Code, string Rate)> Parse(byte[] json, LocalDate day, string url)
    {
        var rates = new List<(string Code, string Rate)>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw Bad(
                    url,
                    FormattableString.Invariant(
                        $"the answer is a JSON {document.RootElement.ValueKind}, not the array of rates the NBU sends"
                    )
                );
            }

            int index = 0;
            foreach (JsonElement item in document.RootElement.EnumerateArray())
            {
                string code =
                    item.TryGetProperty("cc", out JsonElement cc) && cc.ValueKind == JsonValueKind.String
                        ? cc.GetString()!
                        : string.Empty;
                if (code.Length != 3 || !code.All(c => char.IsAsciiLetterUpper(c) || c == '_'))
                {
                    throw Bad(
                        url,
                        FormattableString.Invariant(
                            $"item {index} has the currency code '{code}', not three capital letters"
                        )
                    );
                }

                if (
                    !item.TryGetProperty("rate", out JsonElement rate)
                    || rate.ValueKind != JsonValueKind.Number
                    || !decimal.TryParse(
                        rate.GetRawText(),
                        NumberStyles.Float,
                        CultureInfo.InvariantCulture,
                        out decimal value
                    )
                    || value <= 0m
                )
                {
                    string text = item.TryGetProperty("rate", out JsonElement r) ? r.GetRawText() : "(none)";
                    throw Bad(
                        url,
                        FormattableString.Invariant($"the {code} rate {text} is not a number greater than zero")
                    );
                }

                string dateText =
                    item.TryGetProperty("exchangedate", out JsonElement d) && d.ValueKind == JsonValueKind.String
                        ? d.GetString()!
                        : string.Empty;
                ParseResult<LocalDate> date = ExchangeDate.Parse(dateText);
                if (!date.Success || date.Value != day)
                {
                    throw Bad(
                        url,
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"the {code} rate is for '{dateText}', not for "
                                + $"{day.ToString("dd.MM.uuuu", CultureInfo.InvariantCulture)}, the day asked for"
                        )
                    );
                }

                if (!codes.Add(code))
                {
                    throw Bad(url, FormattableString.Invariant($"{code} has two rates"));
                }

                rates.Add((code, rate.GetRawText()));
                index++;
            }
        }
        catch (JsonException e)
        {
            throw Bad(url, "it is not valid JSON (" + e.Message.ReplaceLineEndings(" ") + ")");
        }

        return rates;
    }

    private static RateUpdateException Bad(string url, string problem) =>
        new("NBU", FormattableString.Invariant($"The NBU's answer for {url} cannot be used: {problem}."));
}
