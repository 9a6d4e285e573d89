using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AidTracker.Internal;

namespace AidTracker;

/// <summary>
/// A donor or recipient: a country, identified by its ISO 3166-1 alpha-3 code (<c>JPN</c>, <c>UKR</c>), or an
/// organisation, identified by an identifier (such as an IATI organisation identifier, <c>XM-DAC-41114</c>) and a name.
/// </summary>
/// <remarks>
/// <para>Country codes are checked for their form (three upper-case ASCII letters), not against a list: ISO 3166-1
/// also has user-assigned codes (<c>XKX</c> is widely used for Kosovo), and the library does not guess names.</para>
/// <para>Two parties are equal when they have the same kind, id and name (ordinal comparison). Country parties are
/// cached: <c>Party.Country("JPN")</c> returns the same instance every time.</para>
/// <para>In the JSON ledger format a country is the string <c>"JPN"</c>; an organisation is the object
/// <c>{"id": "XM-DAC-41114", "name": "United Nations Development Programme"}</c>.</para>
/// </remarks>
public sealed class Party : IEquatable<Party>
{
    private static readonly ConcurrentDictionary<string, Party> Countries = new(StringComparer.Ordinal);

    private Party(PartyKind kind, string id, string? name)
    {
        Kind = kind;
        Id = id;
        Name = name;
        CountryNumber =
            kind == PartyKind.Country && id.Length == 3
                ? ((id[0] - 'A') * 676) + ((id[1] - 'A') * 26) + (id[2] - 'A')
                : -1;
    }

    /// <summary>Gets whether this is a country or an organisation.</summary>
    public PartyKind Kind { get; }

    /// <summary>Gets the ISO 3166-1 alpha-3 code of a country (<c>JPN</c>), or the identifier of an
    /// organisation.</summary>
    public string Id { get; }

    /// <summary>Gets the name of an organisation; <c>null</c> for a country.</summary>
    public string? Name { get; }

    /// <summary>Gets a value indicating whether this party is a country.</summary>
    public bool IsCountry => Kind == PartyKind.Country;

    /// <summary>Gets a country's three letters as a number below 26³ (<c>AAA</c> is 0), or -1 for an organisation: a
    /// dense key for lookups by country.</summary>
    internal int CountryNumber { get; }

    /// <summary>Returns the country with ISO 3166-1 alpha-3 code <paramref name="alpha3Code"/>.</summary>
    /// <param name="alpha3Code">Three upper-case ASCII letters, e.g. <c>JPN</c>.</param>
    /// <returns>The country party (one cached instance per code).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alpha3Code"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The code is not three upper-case ASCII letters.</exception>
    public static Party Country(string alpha3Code)
    {
        Preconditions.CheckNotNull(alpha3Code);
        if (Countries.TryGetValue(alpha3Code, out Party? cached))
        {
            return cached;
        }

        if (!IsCountryCode(alpha3Code))
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{InputText.Shorten(alpha3Code)}' is not an ISO 3166-1 alpha-3 country code: expected three "
                        + $"upper-case letters such as 'JPN' or 'UKR'."
                ),
                nameof(alpha3Code)
            );
        }

        return Countries.GetOrAdd(alpha3Code, static code => new Party(PartyKind.Country, code, name: null));
    }

    /// <summary>Returns the country for a code of the right form, without throwing.</summary>
    /// <param name="alpha3Code">The candidate code.</param>
    /// <param name="party">The country when the code has the right form.</param>
    /// <returns><c>true</c> when <paramref name="alpha3Code"/> is three upper-case ASCII letters.</returns>
    public static bool TryCountry(string? alpha3Code, [NotNullWhen(true)] out Party? party)
    {
        if (alpha3Code is not null && IsCountryCode(alpha3Code))
        {
            party = Country(alpha3Code);
            return true;
        }

        party = null;
        return false;
    }

    /// <summary>Returns an organisation with identifier <paramref name="id"/> and name
    /// <paramref name="name"/>.</summary>
    /// <param name="id">An identifier such as an IATI organisation identifier (<c>XM-DAC-41114</c>).</param>
    /// <param name="name">The organisation's name.</param>
    /// <returns>The organisation party.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">An argument is empty, only white space, starts or ends with white space, or
    /// has control characters.</exception>
    public static Party Organisation(string id, string name) =>
        new(
            PartyKind.Organisation,
            RecordChecks.Text(id, "organisation id"),
            RecordChecks.Text(name, "organisation name")
        );

    /// <summary>Returns whether <paramref name="code"/> has the form of an ISO 3166-1 alpha-3 code: three upper-case
    /// ASCII letters.</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns><c>true</c> when the form is right.</returns>
    public static bool IsCountryCode(ReadOnlySpan<char> code) =>
        code.Length == 3
        && char.IsAsciiLetterUpper(code[0])
        && char.IsAsciiLetterUpper(code[1])
        && char.IsAsciiLetterUpper(code[2]);

    /// <summary>Returns whether <paramref name="other"/> has the same kind, id and name.</summary>
    /// <param name="other">The party to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Party? other) =>
        ReferenceEquals(this, other)
        || (
            other is not null
            && Kind == other.Kind
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
        );

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Party);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            Kind,
            StringComparer.Ordinal.GetHashCode(Id),
            Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name)
        );

    /// <summary>Returns the country code (<c>JPN</c>), or the organisation's name and id (<c>United Nations Development
    /// Programme (XM-DAC-41114)</c>).</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() => IsCountry ? Id : FormattableString.Invariant($"{Name} ({Id})");

    /// <summary>Returns whether two parties are equal.</summary>
    /// <param name="left">The first party.</param>
    /// <param name="right">The second party.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(Party? left, Party? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two parties differ.</summary>
    /// <param name="left">The first party.</param>
    /// <param name="right">The second party.</param>
    /// <returns><c>true</c> when not equal.</returns>
    public static bool operator !=(Party? left, Party? right) => !(left == right);
}
