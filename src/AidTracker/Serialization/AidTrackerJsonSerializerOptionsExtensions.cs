using System.Text.Json;
using System.Text.Json.Serialization;
using AidTracker.Internal;

namespace AidTracker.Serialization;

/// <summary>
/// Configures System.Text.Json for AidTracker's values, as NodaTime's <c>ConfigureForNodaTime</c> does for its own:
/// <c>new JsonSerializerOptions().ConfigureForAidTracker()</c>.
/// </summary>
public static class AidTrackerJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds the converters for <see cref="Money"/> (<see cref="MoneyJsonConverter"/>), <see cref="QualifiedMoney"/>,
    /// <see cref="Currency"/>, <see cref="Rates.ExchangeRate"/>, <see cref="Rates.Conversion"/> and
    /// <see cref="Aggregation.Summary"/> (<see cref="SummaryJsonConverter"/>: the document of <c>summarize --format
    /// json</c>, write-only) to
    /// <paramref name="options"/>, skipping any type that already has a converter of the same kind there (so calling it
    /// twice adds nothing). Works the same for reflection and for source-generated contexts
    /// (<c>new MyContext(options)</c>), and in ASP.NET Core (<c>builder.Services.ConfigureHttpJsonOptions(o =&gt;
    /// o.SerializerOptions.ConfigureForAidTracker())</c>).
    /// </summary>
    /// <remarks>
    /// Nullable values (<c>Money?</c>) use the same converters; <c>null</c> stays <c>null</c>.
    /// </remarks>
    /// <param name="options">The options to configure; not yet used for serialization (then they are
    /// read-only).</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> are read-only (already used).</exception>
    public static JsonSerializerOptions ConfigureForAidTracker(this JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        Add(options, new MoneyJsonConverter());
        Add(options, new QualifiedMoneyJsonConverter());
        Add(options, new CurrencyJsonConverter());
        Add(options, new ExchangeRateJsonConverter());
        Add(options, new ConversionJsonConverter());
        Add(options, new SummaryJsonConverter());
        return options;
    }

    private static void Add(JsonSerializerOptions options, JsonConverter converter)
    {
        foreach (JsonConverter existing in options.Converters)
        {
            if (existing.GetType() == converter.GetType())
            {
                return;
            }
        }

        options.Converters.Add(converter);
    }
}
