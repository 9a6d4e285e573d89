using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Internal;
using AidTracker.Periods;

namespace AidTracker.Aggregation;

/// <summary>
/// A dimension a summary groups by: donor, recipient, category, instrument, stage, agreement, calendar year, month,
/// fiscal year (one calendar, or each donor's own), a tag (<see cref="Tag"/>: <c>tag:fts:plan</c>), or a key of your
/// own (<see cref="Create"/>). Each key has a
/// <see cref="Name"/> and gives each record a string value; the groups of a summary are the distinct combinations.
/// </summary>
/// <remarks>
/// <para>Values: donor and recipient are the party's id (<c>JPN</c>, or an organisation's identifier); category,
/// instrument and stage the kebab-case names of the ledger format (<c>recovery</c>, <c>in-kind</c>, <c>committed</c>);
/// agreement the agreement id or <c>(none)</c>; year <c>2025</c>; month <c>2025-02</c>; fiscal year <c>FY2024</c>
/// (<see cref="FiscalYear.ToString"/>; a donor without a fiscal calendar of its own falls back to the calendar year,
/// <c>2024</c>). Dates are the records' dates (<see cref="Commitment.Date"/>, <see cref="Disbursement.Date"/>), not
/// value dates. A disbursement takes category, instrument, stage and agreement from the commitment it pays out, or
/// <c>(none)</c>.</para>
/// <para>Tags: a tag <c>NAME=VALUE</c> of a commitment (<see cref="Commitment.Tags"/>) gives the key <c>tag:NAME</c>
/// the
/// value <c>VALUE</c>; a record with several tags of that name (a flow for two clusters) has the distinct values in
/// ordinal
/// order joined by <c> + </c> (<see cref="TagValueSeparator"/>), so each record still counts once, in one group; a
/// record
/// with none has <c>(none)</c>. A disbursement takes the tags of the commitment it pays out.</para>
/// <para>Immutable. Two keys are equal when they are the same dimension with the same calendar (or, for keys of your
/// own, the same name and the same selector instance).</para>
/// </remarks>
public sealed class GroupKey : IEquatable<GroupKey>
{
    /// <summary>The value of a key that a record does not have (no agreement, a disbursement without a
    /// commitment).</summary>
    public const string NoValue = "(none)";

    /// <summary>The prefix of a tag key's name (<c>tag:fts:plan</c>), as <see cref="FromName"/> accepts it.</summary>
    public const string TagPrefix = "tag:";

    /// <summary>What joins the values of a record that has several tags of a tag key's name (<c>Health +
    /// Protection</c>).</summary>
    public const string TagValueSeparator = " + ";

    private GroupKey(
        GroupKeyKind kind,
        string name,
        FiscalYearCalendar? calendar = null,
        DonorFiscalCalendars? calendars = null,
        Func<LedgerRecord, string?>? selector = null,
        string? tagName = null
    )
    {
        TagName = tagName;
        Kind = kind;
        Name = name;
        Calendar = calendar;
        Calendars = calendars;
        Selector = selector;
    }

    /// <summary>Gets the donor's party id (<c>JPN</c>). Name <c>donor</c>.</summary>
    public static GroupKey Donor { get; } = new(GroupKeyKind.Donor, "donor");

    /// <summary>Gets the recipient's party id (<c>UKR</c>). Name <c>recipient</c>.</summary>
    public static GroupKey Recipient { get; } = new(GroupKeyKind.Recipient, "recipient");

    /// <summary>Gets the aid category (<c>recovery</c>). Name <c>category</c>.</summary>
    public static GroupKey Category { get; } = new(GroupKeyKind.Category, "category");

    /// <summary>Gets the instrument (<c>grant</c>, <c>loan</c>). Name <c>instrument</c>.</summary>
    public static GroupKey Instrument { get; } = new(GroupKeyKind.Instrument, "instrument");

    /// <summary>Gets the stage (<c>committed</c>, <c>pledged</c>). Name <c>stage</c>.</summary>
    public static GroupKey Stage { get; } = new(GroupKeyKind.Stage, "stage");

    /// <summary>Gets the agreement id, or <c>(none)</c>. Name <c>agreement</c>.</summary>
    public static GroupKey Agreement { get; } = new(GroupKeyKind.Agreement, "agreement");

    /// <summary>Gets the calendar year of the record's date (<c>2025</c>). Name <c>year</c>.</summary>
    public static GroupKey Year { get; } = new(GroupKeyKind.Year, "year");

    /// <summary>Gets the month of the record's date (<c>2025-02</c>). Name <c>month</c>.</summary>
    public static GroupKey Month { get; } = new(GroupKeyKind.Month, "month");

    /// <summary>
    /// Gets each donor's own fiscal year of the record's date (<see cref="DonorFiscalCalendars.Default"/>: Japan FY2024
    /// = 2024-04-01..2025-03-31, United States FY2025 = 2024-10-01..2025-09-30, others the calendar year). Name
    /// <c>fiscal-year</c>.
    /// </summary>
    public static GroupKey DonorFiscalYear { get; } =
        new(GroupKeyKind.DonorFiscalYear, "fiscal-year", calendars: DonorFiscalCalendars.Default);

    /// <summary>Gets the names of the built-in keys, as <see cref="FromName"/> accepts them.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } =
        ImmutableArray.Create(
            "donor",
            "recipient",
            "category",
            "instrument",
            "stage",
            "agreement",
            "year",
            "month",
            "fiscal-year"
        );

    /// <summary>Gets the key's name, used in the group's key values (<c>donor</c>, <c>fiscal-year</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the fiscal-year calendar of a key made by <see cref="FiscalYear"/>; <c>null</c>
    /// otherwise.</summary>
    public FiscalYearCalendar? Calendar { get; }

    /// <summary>Gets the donor-to-calendar map of a donor fiscal-year key; <c>null</c> otherwise.</summary>
    public DonorFiscalCalendars? Calendars { get; }

    internal GroupKeyKind Kind { get; }

    internal Func<LedgerRecord, string?>? Selector { get; }

    /// <summary>Gets the tag name of a key made by <see cref="Tag"/> (<c>fts:plan</c>); <c>null</c>
    /// otherwise.</summary>
    public string? TagName { get; }

    /// <summary>Returns the key "fiscal year of the record's date in <paramref name="calendar"/>" (name
    /// <c>fiscal-year</c>), the same calendar for every donor.</summary>
    /// <param name="calendar">The fiscal-year calendar.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <c>null</c>.</exception>
    public static GroupKey FiscalYear(FiscalYearCalendar calendar) =>
        new(GroupKeyKind.FiscalYear, "fiscal-year", calendar: Preconditions.CheckNotNull(calendar));

    /// <summary>Returns the key "the donor's own fiscal year of the record's date" with a map of your own (name
    /// <c>fiscal-year</c>).</summary>
    /// <param name="calendars">The donor-to-calendar map.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> is <c>null</c>.</exception>
    public static GroupKey DonorFiscalYearBy(DonorFiscalCalendars calendars) =>
        new(GroupKeyKind.DonorFiscalYear, "fiscal-year", calendars: Preconditions.CheckNotNull(calendars));

    /// <summary>
    /// Returns a key of your own: <paramref name="selector"/> gives each record its value (a <c>null</c> value becomes
    /// <c>(none)</c>). The record is a <see cref="Commitment"/> for the measures Committed and Pledged, a
    /// <see cref="Disbursement"/> for Disbursed and Spent. The selector must be a pure function safe to call from
    /// several threads (parallel summaries call it concurrently).
    /// </summary>
    /// <param name="name">The key's name, e.g. <c>budget</c>.</param>
    /// <param name="selector">Gives each record its value, e.g. <c>r => ((Commitment)r).BudgetLabel</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static GroupKey Create(string name, Func<LedgerRecord, string?> selector) =>
        new(
            GroupKeyKind.Custom,
            Preconditions.CheckNotNullOrWhiteSpace(name),
            selector: Preconditions.CheckNotNull(selector)
        );

    /// <summary>
    /// Returns the key "the value of the record's tags <c>NAME=VALUE</c>" for <paramref name="name"/> = NAME (name
    /// <c>tag:NAME</c>): an importer's dimensions kept as tags, such as FTS's <c>fts:plan</c>, <c>fts:usage-year</c>,
    /// <c>fts:global-cluster</c> or <c>fts:emergency</c>. Several values of one record are joined (see the remarks of
    /// <see cref="GroupKey"/>); tag names are compared ordinally (case matters, as in the ledger).
    /// </summary>
    /// <param name="name">The tag name, without the <c>=</c>: <c>fts:plan</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, has white space at either end, or contains
    /// <c>=</c>.</exception>
    public static GroupKey Tag(string name)
    {
        Preconditions.CheckNotNullOrWhiteSpace(name);
        if (name.Trim().Length != name.Length || name.Contains('=', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{InputText.Shorten(name)}' is not a tag name to group by: it is the text before the '=' of tags "
                        + $"NAME=VALUE, without white space at either end."
                ),
                nameof(name)
            );
        }

        return new(GroupKeyKind.Tag, TagPrefix + name, tagName: name);
    }

    /// <summary>
    /// Returns the built-in key named <paramref name="name"/> (<see cref="BuiltInNames"/>; <c>calendar-year</c> is
    /// accepted
    /// for <c>year</c>), ignoring case, or for <c>tag:NAME</c> the key <see cref="Tag"/>(NAME) (the prefix in any case,
    /// NAME
    /// as written).
    /// </summary>
    /// <param name="name">The name, e.g. <c>donor</c>, <c>fiscal-year</c> or <c>tag:fts:plan</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">No built-in key has that name, or <c>tag:</c> has no valid tag name after
    /// it; the message names it and lists the valid names.</exception>
    public static GroupKey FromName(string name)
    {
        Preconditions.CheckNotNull(name);
        string trimmed = name.Trim();
        if (trimmed.StartsWith(TagPrefix, StringComparison.OrdinalIgnoreCase))
        {
            string tag = trimmed[TagPrefix.Length..].Trim();
            if (tag.Length == 0 || tag.Contains('=', StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"'{InputText.Shorten(name)}' is not a key to group by: tag: is followed by the name of tags "
                            + $"NAME=VALUE, e.g. tag:fts:plan."
                    ),
                    nameof(name)
                );
            }

            return Tag(tag);
        }

        return trimmed.ToUpperInvariant() switch
        {
            "DONOR" => Donor,
            "RECIPIENT" => Recipient,
            "CATEGORY" => Category,
            "INSTRUMENT" => Instrument,
            "STAGE" => Stage,
            "AGREEMENT" => Agreement,
            "YEAR" or "CALENDAR-YEAR" => Year,
            "MONTH" => Month,
            "FISCAL-YEAR" => DonorFiscalYear,
            _ => throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{InputText.Shorten(name)}' is not a key to group by; the keys are "
                        + $"{string.Join(", ", BuiltInNames)}, or tag:NAME for tags NAME=VALUE."
                ),
                nameof(name)
            ),
        };
    }

    /// <summary>Returns whether <paramref name="other"/> is the same dimension (same calendar, or same name and
    /// selector).</summary>
    /// <param name="other">The key to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(GroupKey? other) =>
        other is not null
        && Kind == other.Kind
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Equals(Calendar, other.Calendar)
        && ReferenceEquals(Calendars, other.Calendars)
        && ReferenceEquals(Selector, other.Selector)
        && string.Equals(TagName, other.TagName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GroupKey);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Name, Calendar);

    /// <summary>Returns the key's name (<c>fiscal-year</c>), with the calendar where there is one (<c>fiscal-year
    /// (Japan)</c>).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Calendar is null ? Name : Name + " (" + Calendar.Name + ")";

    /// <summary>The value of this tag key for tags <paramref name="tags"/> (one rule for every path that groups by
    /// tags).</summary>
    internal string TagValue(System.Collections.Immutable.ImmutableArray<string> tags)
    {
        string tagName = TagName!;
        string? single = null;
        List<string>? several = null;
        foreach (string tag in tags)
        {
            if (
                tag.Length > tagName.Length
                && tag[tagName.Length] == '='
                && tag.StartsWith(tagName, StringComparison.Ordinal)
            )
            {
                string value = tag[(tagName.Length + 1)..];
                if (single is null)
                {
                    single = value;
                }
                else if (
                    !string.Equals(single, value, StringComparison.Ordinal) && !(several?.Contains(value) ?? false)
                )
                {
                    several ??= [single];
                    several.Add(value);
                }
            }
        }

        if (several is null)
        {
            return single is null || single.Length == 0 ? NoValue : single;
        }

        several.Sort(StringComparer.Ordinal);
        return string.Join(TagValueSeparator, several);
    }
}
