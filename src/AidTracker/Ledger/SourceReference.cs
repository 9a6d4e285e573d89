using AidTracker.Internal;
using NodaTime;

namespace AidTracker;

/// <summary>
/// Where a record's facts come from: a title and, when known, a URL, a publisher and a date
/// ("Speech of the Ambassador of Japan to Ukraine, Fifth Ukraine-Japan Forum", 2025-03-05).
/// </summary>
/// <remarks>
/// <para>Build it with an object initializer; every property validates its value when set (also through
/// <c>with</c>): <c>new SourceReference { Title = "...", Date = new LocalDate(2025, 3, 5) }</c>.</para>
/// <para>Equality compares every property; URLs compare by their original text (ordinal).</para>
/// </remarks>
public sealed record SourceReference
{
    /// <summary>Gets the title of the source (a speech, a press release, a report).</summary>
    /// <exception cref="ArgumentException">On set: empty, only white space, white space at either end, or control
    /// characters.</exception>
    public required string Title
    {
        get;
        init => field = RecordChecks.Text(value, "source title");
    }

    /// <summary>Gets the address of the source, or <c>null</c>.</summary>
    /// <exception cref="ArgumentException">On set: the URI is not absolute.</exception>
    public Uri? Url
    {
        get;
        init
        {
            if (value is not null && !value.IsAbsoluteUri)
            {
                throw new ArgumentException(
                    FormattableString.Invariant(
                        $"The source URL '{InputText.Shorten(value.OriginalString)}' must be an absolute URI."
                    ),
                    nameof(Url)
                );
            }

            field = value;
        }
    }

    /// <summary>Gets who published the source (<c>Ministry of Foreign Affairs of Japan</c>), or <c>null</c>.</summary>
    /// <exception cref="ArgumentException">On set: empty, only white space, white space at either end, or control
    /// characters.</exception>
    public string? Publisher
    {
        get;
        init => field = RecordChecks.OptionalText(value, "source publisher");
    }

    /// <summary>Gets the date of the source (published, spoken), or <c>null</c>.</summary>
    /// <exception cref="ArgumentException">On set: the date is not in the ISO calendar.</exception>
    public LocalDate? Date
    {
        get;
        init => field = RecordChecks.Date(value, "source date");
    }

    /// <summary>Returns whether every property is equal (URLs by original text).</summary>
    /// <param name="other">The source to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(SourceReference? other) =>
        ReferenceEquals(this, other)
        || (
            other is not null
            && string.Equals(Title, other.Title, StringComparison.Ordinal)
            && string.Equals(Url?.OriginalString, other.Url?.OriginalString, StringComparison.Ordinal)
            && string.Equals(Publisher, other.Publisher, StringComparison.Ordinal)
            && Date == other.Date
        );

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Url?.OriginalString, Publisher, Date);

    /// <summary>Returns the title, publisher and date: <c>Speech of the Ambassador ... (2025-03-05)</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString()
    {
        string text = Publisher is null ? Title : Title + ", " + Publisher;
        return Date is LocalDate date ? FormattableString.Invariant($"{text} ({date:uuuu-MM-dd})") : text;
    }
}
