using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker;

/// <summary>The argument checks of the ledger's records. Messages are full, culture-invariant sentences naming the
/// value.</summary>
internal static class RecordChecks
{
    /// <summary>An id, a title, a label, a tag: not empty, no white space at either end, no control
    /// characters.</summary>
    public static string Text(string? value, string what)
    {
        ArgumentNullException.ThrowIfNull(value, what);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The {what} must not be empty or white space."),
                what
            );
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new ArgumentException(
                FormattableString.Invariant(
                    $"The {what} '{InputText.Shorten(value)}' must not start or end with white space."
                ),
                what
            );
        }

        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {what} '{InputText.Shorten(value)}' must not contain control characters (line breaks "
                            + $"belong in a note)."
                    ),
                    what
                );
            }
        }

        return value;
    }

    /// <summary>A free note: <c>null</c> (absent) or text that is not only white space; line breaks are
    /// allowed.</summary>
    public static string? Note(string? value)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(
                "The note must not be empty or white space; leave it out instead.",
                nameof(value)
            );
        }

        return value;
    }

    /// <summary>Like <see cref="Text"/>, but <c>null</c> (absent) is allowed.</summary>
    public static string? OptionalText(string? value, string what) => value is null ? null : Text(value, what);

    /// <summary>A date in the ISO calendar (the only one the ledger and its exchange rates use).</summary>
    public static LocalDate Date(LocalDate value, string what)
    {
        if (value.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                FormattableString.Invariant(
                    $"The {what} {value} must be in the ISO calendar, not {value.Calendar.Id}."
                ),
                what
            );
        }

        return value;
    }

    /// <summary>Like <see cref="Date(LocalDate, string)"/>, but <c>null</c> (absent) is allowed.</summary>
    public static LocalDate? Date(LocalDate? value, string what) => value is LocalDate date ? Date(date, what) : null;

    /// <summary>A defined value of an enum.</summary>
    public static TEnum Defined<TEnum>(TEnum value, string what)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(
                what,
                value,
                FormattableString.Invariant($"{value} is not a defined {what}.")
            );
        }

        return value;
    }

    /// <summary>A list without null items; the default (uninitialised) array becomes empty.</summary>
    public static ImmutableArray<T> List<T>(ImmutableArray<T> value, string what)
        where T : class
    {
        if (value.IsDefault)
        {
            return [];
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] is null)
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"The {what} must not contain null (item {i})."),
                    what
                );
            }
        }

        return value;
    }

    /// <summary>Tags: each a non-empty text without white space at either end.</summary>
    public static ImmutableArray<string> Tags(ImmutableArray<string> value)
    {
        if (value.IsDefault)
        {
            return [];
        }

        foreach (string tag in value)
        {
            Text(tag, "tag");
        }

        return value;
    }

    /// <summary>Stated equivalents: the default (uninitialised) array becomes empty; qualifiers are checked by
    /// <see cref="QualifiedMoney"/>.</summary>
    public static ImmutableArray<QualifiedMoney> Stated(ImmutableArray<QualifiedMoney> value) =>
        value.IsDefault ? [] : value;

    /// <summary>Compares two arrays item by item (the default array counts as empty).</summary>
    public static bool SequenceEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        ReadOnlySpan<T> a = left.IsDefault ? default : left.AsSpan();
        ReadOnlySpan<T> b = right.IsDefault ? default : right.AsSpan();
        if (a.Length != b.Length)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of an array's items.</summary>
    public static int SequenceHash<T>(ImmutableArray<T> value)
    {
        var hash = default(HashCode);
        if (!value.IsDefault)
        {
            foreach (T item in value)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }
}
