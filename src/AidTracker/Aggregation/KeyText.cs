using System.Globalization;
using System.Text;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>The texts of key values: enum names in kebab-case (as in the JSON ledger format), years and
/// months.</summary>
internal static class KeyText
{
    private static readonly string[] Categories = Names<AidCategory>();
    private static readonly string[] Instruments = Names<AidInstrument>();
    private static readonly string[] Stages = Names<CommitmentStage>();
    private const int FirstCachedYear = 1900;
    private static readonly string[] Years =
    [
        .. Enumerable.Range(FirstCachedYear, 300).Select(y => y.ToString("D4", CultureInfo.InvariantCulture)),
    ];

    public static string Category(AidCategory value) => Categories[(int)value];

    public static string Instrument(AidInstrument value) => Instruments[(int)value];

    public static string Stage(CommitmentStage value) => Stages[(int)value];

    public static string Year(int year) =>
        (uint)(year - FirstCachedYear) < (uint)Years.Length
            ? Years[year - FirstCachedYear]
            : year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Month(LocalDate date) =>
        Year(date.Year) + "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture);

    public static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string[] Names<T>()
        where T : struct, Enum
    {
        T[] values = Enum.GetValues<T>();
        string[] names = new string[values.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1];
        foreach (T value in values)
        {
            names[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = Kebab(value.ToString());
        }

        return names;
    }
}
