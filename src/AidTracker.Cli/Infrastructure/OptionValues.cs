using System.Collections.Immutable;
using AidTracker.Aggregation;
using AidTracker.Internal;
using AidTracker.Rates;
using NodaTime;
using NodaTime.Text;

namespace AidTracker.Cli.Infrastructure;

/// <summary>Reads option values given as text; a malformed value is a usage error naming the option and the
/// value.</summary>
internal static class OptionValues
{
    public static LocalDate Date(string option, string text)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success && result.Value.Year is >= 1 and <= 9999
            ? result.Value
            : throw CliException.Usage(
                $"{option} '{InputText.Shorten(text)}' is not a date; write it as yyyy-MM-dd with a year from 0001 to "
                    + $"9999, e.g. 2025-02-27."
            );
    }

    /// <summary>The keys of a <c>--by</c> comma list, in order; an unknown or repeated key is a usage error naming
    /// it.</summary>
    public static ImmutableArray<GroupKey> GroupKeys(string? by)
    {
        var keys = ImmutableArray.CreateBuilder<GroupKey>();
        foreach (
            string name in (by ?? string.Empty).Split(
                ',',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            )
        )
        {
            GroupKey key;
            try
            {
                key = GroupKey.FromName(name);
            }
            catch (ArgumentException)
            {
                throw CliException.Usage(
                    $"--by '{name}' is not a key to group by; use a comma list of "
                        + $"{string.Join(", ", GroupKey.BuiltInNames)}, "
                        + "or tag:NAME (tags NAME=VALUE, e.g. tag:fts:plan)."
                );
            }

            if (keys.Contains(key))
            {
                throw CliException.Usage($"--by names '{name}' twice.");
            }

            keys.Add(key);
        }

        return keys.ToImmutable();
    }

    public static LocalDate? OptionalDate(string option, string? text) => text is null ? null : Date(option, text);

    public static Currency Currency(string option, string text)
    {
        string code = text.Trim().ToUpperInvariant();
        return AidTracker.Currency.TryFromCode(code, out Currency? currency)
            ? currency
            : throw CliException.Usage(
                $"{option} '{InputText.Shorten(text)}' is not a known currency code; "
                    + (Suggestions.Currency(text) is string meant ? $"did you mean {meant}? " : string.Empty)
                    + "Use an ISO 4217 code such as USD, EUR or JPY."
            );
    }

    public static Currency? OptionalCurrency(string option, string? text) =>
        text is null ? null : Currency(option, text);

    /// <summary>Reads <c>--basis</c>: <c>daily</c>, <c>monthly-average</c> or <c>annual-average</c>; <c>null</c> for
    /// any basis.</summary>
    public static RateBasis? Basis(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "daily" => RateBasis.Daily,
            "monthly-average" => RateBasis.MonthlyAverage,
            "annual-average" => RateBasis.AnnualAverage,
            _ => throw CliException.Usage(
                $"--basis '{text}' is not a rate basis; use daily, annual-average or (summarize) stated."
            ),
        };

    /// <summary>Reads <c>--format</c> against the formats a command offers (the first is the default).</summary>
    public static OutputFormat Format(string? text, params OutputFormat[] allowed)
    {
        if (text is null)
        {
            return allowed[0];
        }

        OutputFormat? format = text.Trim().ToLowerInvariant() switch
        {
            "table" => OutputFormat.Table,
            "json" => OutputFormat.Json,
            "csv" => OutputFormat.Csv,
            _ => null,
        };
        return format is OutputFormat f && allowed.Contains(f)
            ? f
            : throw CliException.Usage(
                $"--format '{text}' is not offered here; use {string.Join(" or ", allowed.Select(Name))}."
            );
    }

    public static string Name(OutputFormat format) =>
        format switch
        {
            OutputFormat.Json => "json",
            OutputFormat.Csv => "csv",
            _ => "table",
        };

    /// <summary>Reads <c>--tolerance DAYS</c>: a whole number of days, 0 or more; <c>null</c> when not given.</summary>
    public static int? Tolerance(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return
            int.TryParse(
                text.Trim(),
                System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture,
                out int days
            )
            && days <= 3660
            ? days
            : throw CliException.Usage(
                $"--tolerance '{text}' is not a number of days; give a whole number from 0 to 3660 (e.g. --tolerance "
                    + $"7)."
            );
    }
}
