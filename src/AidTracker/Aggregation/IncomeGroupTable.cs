using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Internal;

namespace AidTracker.Aggregation;

/// <summary>
/// Which <see cref="LoanDiscountRule"/> applies to a loan: one rule for every recipient
/// (<see cref="ForAll(IncomeGroup)"/>), or a small table the user supplies of each recipient's income group by year
/// (<see cref="Parse"/>, <see cref="Load"/>). The income group is always an input: a recipient or year the table does
/// not cover has no rule, and its loans' grant equivalents are unknown (never guessed).
/// </summary>
/// <remarks>
/// <para><b>File format</b> (CSV, UTF-8, RFC 4180 quoting): a header <c>recipient,year,income-group</c>, then one row
/// per recipient and year from which a group applies: the recipient's party id (a country code such as <c>UKR</c>, or
/// an organisation's id), the first year (a calendar year, compared with the year of the loan's date), and the group's
/// short name (<c>ldc</c>, <c>lic</c>, <c>lmic</c>, <c>umic</c> or <c>multilateral</c>). A row applies from its year
/// until the next row of the same recipient; years before a recipient's first row are not covered. Blank lines and
/// lines starting with <c>#</c> are skipped.</para>
/// <code>
/// recipient,year,income-group
/// UKR,2022,lmic
/// UKR,2025,umic
/// </code>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class IncomeGroupTable
{
    private readonly LoanDiscountRule? _all;
    private readonly ImmutableDictionary<string, ImmutableArray<(int Year, LoanDiscountRule Rule)>> _byRecipient;

    private IncomeGroupTable(
        LoanDiscountRule? all,
        ImmutableDictionary<string, ImmutableArray<(int Year, LoanDiscountRule Rule)>> byRecipient,
        string description
    )
    {
        _all = all;
        _byRecipient = byRecipient;
        Description = description;
    }

    /// <summary>Gets what the table says, for reports: <c>lmic for every recipient</c>, or <c>income groups from
    /// groups.csv (2 rows)</c>.</summary>
    public string Description { get; }

    /// <summary>Returns a table that gives every recipient, every year, the DAC rule of
    /// <paramref name="incomeGroup"/>.</summary>
    /// <param name="incomeGroup">The income group.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="incomeGroup"/> is not defined.</exception>
    public static IncomeGroupTable ForAll(IncomeGroup incomeGroup) =>
        new(
            LoanDiscountRule.Dac(incomeGroup),
            ImmutableDictionary<string, ImmutableArray<(int, LoanDiscountRule)>>.Empty,
            LoanDiscountRule.ShortName(incomeGroup) + " for every recipient"
        );

    /// <summary>Returns a table that gives every loan <paramref name="rule"/> (a discount rate given directly:
    /// <see cref="LoanDiscountRule.Custom"/>).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <c>null</c>.</exception>
    public static IncomeGroupTable ForAll(LoanDiscountRule rule) =>
        new(
            Preconditions.CheckNotNull(rule),
            ImmutableDictionary<string, ImmutableArray<(int, LoanDiscountRule)>>.Empty,
            rule.Name + " for every recipient"
        );

    /// <summary>Reads a table from CSV text (see the remarks for the format).</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="fileName">The file's name for messages, or <c>null</c>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <c>null</c>.</exception>
    /// <exception cref="FormatException">The header, a year or a group is not as expected, or a recipient has two rows
    /// for one year; the message names the file, line and value.</exception>
    public static IncomeGroupTable Parse(string text, string? fileName = null)
    {
        Preconditions.CheckNotNull(text);
        string where = fileName ?? "income groups";
        var rows = new Dictionary<string, List<(int Year, LoanDiscountRule Rule)>>(StringComparer.Ordinal);
        var fields = new List<string>();
        bool header = false;
        int count = 0;
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string at = string.Create(CultureInfo.InvariantCulture, $"{where}, line {i + 1}");
            if (!Csv.TrySplit(line, fields) || fields.Count != 3)
            {
                throw new FormatException(
                    FormattableString.Invariant($"{at}: expected 3 fields recipient,year,income-group; found '{line}'.")
                );
            }

            if (!header)
            {
                if (
                    !(
                        fields[0].Trim() == "recipient"
                        && fields[1].Trim() == "year"
                        && fields[2].Trim() == "income-group"
                    )
                )
                {
                    throw new FormatException(
                        FormattableString.Invariant(
                            $"{at}: expected the header recipient,year,income-group; found '{line}'."
                        )
                    );
                }

                header = true;
                continue;
            }

            string recipient = fields[0].Trim();
            if (recipient.Length == 0)
            {
                throw new FormatException(
                    FormattableString.Invariant($"{at}: the recipient is empty; expected a party id such as UKR.")
                );
            }

            if (
                !int.TryParse(fields[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                || year is < 1 or > 9999
            )
            {
                throw new FormatException(
                    FormattableString.Invariant(
                        $"{at}: '{fields[1].Trim()}' is not a year; expected a calendar year such as 2022."
                    )
                );
            }

            IncomeGroup group = LoanDiscountRule.ParseShortName(fields[2])
                ?? throw new FormatException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{at}: '{fields[2].Trim()}' is not an income group; expected ldc, lic, lmic, umic or "
                            + $"multilateral."
                    )
                );
            if (!rows.TryGetValue(recipient, out List<(int Year, LoanDiscountRule Rule)>? list))
            {
                rows[recipient] = list = [];
            }

            if (list.Any(r => r.Year == year))
            {
                throw new FormatException(
                    FormattableString.Invariant(
                        $"{at}: {recipient} has a row for {year} already; give one income group per recipient and year."
                    )
                );
            }

            list.Add((year, LoanDiscountRule.Dac(group)));
            count++;
        }

        if (!header)
        {
            throw new FormatException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{where}: the file is empty; expected the header recipient,year,income-group and a row per "
                        + $"recipient and year."
                )
            );
        }

        ImmutableDictionary<string, ImmutableArray<(int, LoanDiscountRule)>> byRecipient = rows.ToImmutableDictionary(
            r => r.Key,
            r => r.Value.OrderBy(x => x.Year).ToImmutableArray(),
            StringComparer.Ordinal
        );
        return new IncomeGroupTable(
            null,
            byRecipient,
            string.Create(
                CultureInfo.InvariantCulture,
                $"income groups from {where} ({count} row{(count == 1 ? string.Empty : "s")})"
            )
        );
    }

    /// <summary>Reads a table from a CSV file (see the remarks for the format).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">The file is not as expected (see <see cref="Parse"/>).</exception>
    public static IncomeGroupTable Load(string path)
    {
        Preconditions.CheckNotNull(path);
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Returns the rule for a loan to <paramref name="recipient"/> dated in <paramref name="year"/>, or
    /// <c>null</c> when the table does not cover them.</summary>
    /// <param name="recipient">The loan's recipient.</param>
    /// <param name="year">The calendar year of the loan's date.</param>
    /// <returns>The rule, or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is <c>null</c>.</exception>
    public LoanDiscountRule? Find(Party recipient, int year)
    {
        Preconditions.CheckNotNull(recipient);
        if (_all is not null)
        {
            return _all;
        }

        if (!_byRecipient.TryGetValue(recipient.Id, out ImmutableArray<(int Year, LoanDiscountRule Rule)> rows))
        {
            return null;
        }

        LoanDiscountRule? found = null;
        foreach ((int from, LoanDiscountRule rule) in rows)
        {
            if (from <= year)
            {
                found = rule;
            }
        }

        return found;
    }

    /// <summary>Returns <see cref="Description"/>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;
}
