using System.Globalization;

namespace AidTracker;

/// <summary>
/// The locations of a ledger's records, stored compactly: a file name once, and per record either the line it starts on
/// (its path follows from its kind and position: <c>$.commitments[3]</c>) or a location given explicitly.
/// </summary>
internal sealed class RecordLocations
{
    private readonly List<int>[] _lines =
    [
        [],
        [],
        [],
    ];
    private Dictionary<(LedgerRecordKind Kind, int Index), RecordLocation>? _explicit;
    private bool _any;

    public RecordLocations(string? fileName) => FileName = fileName;

    public string? FileName { get; set; }

    public bool IsEmpty => !_any;

    /// <summary>The JSON name of the array that holds records of <paramref name="kind"/>.</summary>
    public static string ArrayName(LedgerRecordKind kind) =>
        kind switch
        {
            LedgerRecordKind.Agreement => "agreements",
            LedgerRecordKind.Commitment => "commitments",
            _ => "disbursements",
        };

    public static string PathOf(LedgerRecordKind kind, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"$.{ArrayName(kind)}[{index}]");

    /// <summary>Records the location of the record at <paramref name="index"/> (records are added in order).</summary>
    public void Add(LedgerRecordKind kind, int index, int line, RecordLocation? explicitLocation)
    {
        List<int> lines = _lines[(int)kind];
        while (lines.Count < index)
        {
            lines.Add(0);
        }

        lines.Add(line);
        if (explicitLocation is not null)
        {
            (_explicit ??= [])[(kind, index)] = explicitLocation;
        }

        _any |= line > 0 || explicitLocation is not null;
    }

    public RecordLocation? Get(LedgerRecordKind kind, int index)
    {
        if (!_any)
        {
            return null;
        }

        if (_explicit is not null && _explicit.TryGetValue((kind, index), out RecordLocation? location))
        {
            return location;
        }

        List<int> lines = _lines[(int)kind];
        int line = index < lines.Count ? lines[index] : 0;
        return line > 0 ? new RecordLocation(FileName, PathOf(kind, index), line) : null;
    }

    public RecordLocations Copy()
    {
        var copy = new RecordLocations(FileName) { _any = _any };
        for (int k = 0; k < _lines.Length; k++)
        {
            copy._lines[k].AddRange(_lines[k]);
        }

        if (_explicit is not null)
        {
            copy._explicit = new(_explicit);
        }

        return copy;
    }
}
