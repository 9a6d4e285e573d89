using System.Globalization;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.RateUpdates.Internal;

/// <summary>
/// The NBU's official rates as one wide CSV (<c>Date,AED,AMD,...,ZAR</c>, hryvnias per unit, newest first, <c>N/A</c>
/// where there is no rate), held as text so that the values stay exactly as published: the file to extend with the days
/// fetched. A day on which the NBU published nothing is a row of <c>N/A</c>, so it is held and not asked for again.
/// </summary>
internal sealed class NbuWideCsv
{
    private const string Missing = "N/A";
    private readonly List<string> _columns = [];
    private readonly Dictionary<string, int> _columnIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string?[]> _rows = [];

    public int DayCount => _rows.Count;

    /// <summary>Gets the last day held (with rates or without), or <c>null</c> when none is.</summary>
    public LocalDate? LastDay => _rows.Count == 0 ? null : FromDayNumber(_rows.Keys.Max());

    public static NbuWideCsv Parse(TextReader reader, string fileName)
    {
        var csv = new NbuWideCsv();
        string header = (reader.ReadLine() ?? string.Empty).TrimStart('\uFEFF');
        string[] names = header.Split(',');
        if (names.Length < 2 || names[0].Trim() != "Date")
        {
            throw new InvalidDataException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{fileName}, line 1: the header '{Shorten(header)}' is not that of the NBU's rates "
                        + $"('Date,AED,AMD,...')."
                )
            );
        }

        int count = names[^1].Length == 0 ? names.Length - 2 : names.Length - 1;
        string? repeated = names
            .Skip(1)
            .Take(count)
            .GroupBy(n => n.Trim(), StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() > 1)
            ?.Key;
        if (repeated is not null)
        {
            throw new InvalidDataException(
                FormattableString.Invariant($"{fileName}, line 1: the column '{repeated}' appears twice.")
            );
        }

        for (int i = 1; i <= count; i++)
        {
            csv.ColumnOf(names[i].Trim());
        }

        int lineNumber = 1;
        while (reader.ReadLine() is string line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] fields = line.Split(',');
            int cells = fields[^1].Length == 0 && fields.Length == count + 2 ? count : fields.Length - 1;
            if (cells != count || !LocalDateText.TryParse(fields[0].Trim(), out LocalDate date))
            {
                throw new InvalidDataException(
                    FormattableString.Invariant(
                        $"{fileName}, line {lineNumber}: the row '{Shorten(line)}' is not a date and {count} rates."
                    )
                );
            }

            var row = new string?[count];
            for (int i = 0; i < count; i++)
            {
                string cell = fields[i + 1].Trim();
                row[i] = cell.Length == 0 || cell == Missing ? null : cell;
            }

            if (!csv._rows.TryAdd(ToDayNumber(date), row))
            {
                throw new InvalidDataException(
                    FormattableString.Invariant(
                        $"{fileName}, line {lineNumber}: the date {LocalDateText.Format(date)} appears twice."
                    )
                );
            }
        }

        return csv;
    }

    public bool Contains(LocalDate day) => _rows.ContainsKey(ToDayNumber(day));

    /// <summary>Adds a day's rates (currency code and the rate's text as published); none for a day without
    /// rates.</summary>
    public void AddDay(LocalDate day, IReadOnlyList<(string Code, string Rate)> rates)
    {
        var row = new string?[_columns.Count + rates.Count];
        foreach ((string code, string rate) in rates)
        {
            int column = ColumnOf(code);
            if (column >= row.Length)
            {
                Array.Resize(ref row, column + 1);
            }

            row[column] = rate;
        }

        _rows[ToDayNumber(day)] = row;
    }

    /// <summary>Writes the CSV: columns in ordinal order of their codes, newest day first, <c>N/A</c> where there is no
    /// rate.</summary>
    public void Write(TextWriter writer)
    {
        int[] order = [.. Enumerable.Range(0, _columns.Count).OrderBy(i => _columns[i], StringComparer.Ordinal)];
        writer.Write("Date");
        foreach (int i in order)
        {
            writer.Write(',');
            writer.Write(_columns[i]);
        }

        writer.Write('\n');
        foreach (int day in _rows.Keys.OrderDescending())
        {
            string?[] row = _rows[day];
            writer.Write(LocalDateText.Format(FromDayNumber(day)));
            foreach (int i in order)
            {
                writer.Write(',');
                writer.Write(i < row.Length && row[i] is string value ? value : Missing);
            }

            writer.Write('\n');
        }
    }

    private static int ToDayNumber(LocalDate date) => RateTable.ToDayNumber(date);

    private static LocalDate FromDayNumber(int day) => RateTable.FromDayNumber(day);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private int ColumnOf(string code)
    {
        if (!_columnIndex.TryGetValue(code, out int index))
        {
            index = _columns.Count;
            _columns.Add(code);
            _columnIndex.Add(code, index);
        }

        return index;
    }
}
