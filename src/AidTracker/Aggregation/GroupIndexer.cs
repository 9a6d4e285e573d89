using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AidTracker.Periods;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// Gives each record the dense id of its group (its combination of key values) without building strings per record:
/// each key maps the record to the id of its value (parties by reference, years by number, texts interned once), and
/// the ids of several keys combine pairwise into group ids. Mutable: one per partition (thread).
/// </summary>
internal sealed class GroupIndexer
{
    private readonly Dimension[] _dimensions;
    private readonly PairMap[] _levels;
    private bool _anyNoKeyGroup;
    private readonly Ledger _ledger;

    // The commonest shapes, one or two keys, read without a loop over the dimensions (see GroupOf).
    private readonly Dimension? _first;
    private readonly Dimension? _second;
    private readonly PairMap? _pairs;

    public GroupIndexer(Ledger ledger, IReadOnlyList<GroupKey> keys)
    {
        _ledger = ledger;
        _dimensions = [.. keys.Select(Dimension.For)];
        _levels = [.. Enumerable.Range(0, Math.Max(0, _dimensions.Length - 1)).Select(_ => new PairMap())];
        if (_dimensions.Length is 1 or 2)
        {
            _first = _dimensions[0];
            _second = _dimensions.Length == 2 ? _dimensions[1] : null;
            _pairs = _dimensions.Length == 2 ? _levels[0] : null;
        }
    }

    /// <summary>Gets the number of groups seen so far (ids are 0 to Count - 1).</summary>
    public int Count =>
        _dimensions.Length switch
        {
            0 => _anyNoKeyGroup ? 1 : 0,
            1 => _dimensions[0].Count,
            _ => _levels[^1].Count,
        };

    /// <summary>Returns the group id of a commitment: one or two keys inline (the summary's hot loop), none or more out
    /// of line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GroupOf(Commitment commitment)
    {
        Dimension? first = _first;
        if (first is null)
        {
            return GroupOfOther(commitment);
        }

        int id = ValueOf(first, commitment);
        Dimension? second = _second;
        return second is null ? id : _pairs!.GetOrAdd(id, ValueOf(second, commitment));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int GroupOfOther(Commitment commitment)
    {
        Dimension[] dimensions = _dimensions;
        if (dimensions.Length == 0)
        {
            return NoKeyGroup();
        }

        int group = dimensions[0].ValueOf(commitment, _ledger);
        for (int k = 1; k < dimensions.Length; k++)
        {
            group = _levels[k - 1].GetOrAdd(group, dimensions[k].ValueOf(commitment, _ledger));
        }

        return group;
    }

    /// <summary>The value id of a commitment: the two commonest keys inline (a type check instead of a virtual call),
    /// the others virtual.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ValueOf(Dimension dimension, Commitment commitment) =>
        dimension switch
        {
            YearDimension year => year.Of(commitment.Date.Year),
            PartyDimension party => party.Of(commitment),
            _ => dimension.ValueOf(commitment, _ledger),
        };

    public int GroupOf(Disbursement disbursement)
    {
        if (_dimensions.Length == 0)
        {
            return NoKeyGroup();
        }

        int group = _dimensions[0].ValueOf(disbursement, _ledger);
        for (int k = 1; k < _dimensions.Length; k++)
        {
            group = _levels[k - 1].GetOrAdd(group, _dimensions[k].ValueOf(disbursement, _ledger));
        }

        return group;
    }

    /// <summary>Returns the key values of group <paramref name="group"/>, in the order of the keys.</summary>
    public ImmutableArray<string> KeyValues(int group)
    {
        if (_dimensions.Length == 0)
        {
            return [];
        }

        if (_dimensions.Length == 1)
        {
            return [_dimensions[0].Text(group)];
        }

        string[] texts = new string[_dimensions.Length];
        int id = group;
        for (int k = _dimensions.Length - 1; k > 0; k--)
        {
            (int left, int right) = _levels[k - 1].PairOf(id);
            texts[k] = _dimensions[k].Text(right);
            id = left;
        }

        texts[0] = _dimensions[0].Text(id);
        return ImmutableArray.Create(texts);
    }

    private int NoKeyGroup()
    {
        _anyNoKeyGroup = true;
        return 0;
    }

    /// <summary>One key: maps a record to the id of its value; ids are dense and each has its text.</summary>
    private abstract class Dimension
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _texts = [];

        public int Count => _texts.Count;

        public static Dimension For(GroupKey key) =>
            key.Kind switch
            {
                GroupKeyKind.Donor => new PartyDimension(donor: true),
                GroupKeyKind.Recipient => new PartyDimension(donor: false),
                GroupKeyKind.Year => new YearDimension(),
                GroupKeyKind.Month => new MonthDimension(),
                GroupKeyKind.DonorFiscalYear or GroupKeyKind.FiscalYear => new FiscalYearDimension(
                    key.Calendar,
                    key.Calendars
                ),
                _ => new TextDimension(key),
            };

        public string Text(int id) => _texts[id];

        public abstract int ValueOf(Commitment commitment, Ledger ledger);

        public abstract int ValueOf(Disbursement disbursement, Ledger ledger);

        protected int Intern(string text)
        {
            ref int id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                _ids,
                text,
                out bool exists
            );
            if (!exists)
            {
                id = _texts.Count;
                _texts.Add(text);
            }

            return id;
        }
    }

    private sealed class PartyDimension : Dimension
    {
        private readonly bool _donor;
        private readonly DirectIdCache<Party> _ids;

        public PartyDimension(bool donor)
        {
            _donor = donor;
            // equal organisations with distinct instances share the id of their text
            _ids = new DirectIdCache<Party>(26 * 26 * 26, party => Intern(party.Id));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override int ValueOf(Commitment commitment, Ledger ledger) => Of(commitment);

        /// <summary>The id of the commitment's party: countries by their letters' number (checked by reference), others
        /// by identity.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Of(Commitment commitment)
        {
            Party party = _donor ? commitment.Donor : commitment.Recipient;
            return _ids.Get(party, party.CountryNumber);
        }

        public override int ValueOf(Disbursement disbursement, Ledger ledger)
        {
            Party party = _donor ? disbursement.Donor : disbursement.Recipient;
            return _ids.Get(party, party.CountryNumber);
        }
    }

    private sealed class YearDimension : Dimension
    {
        private const int FirstYear = 1800;
        private readonly int[] _byYear = new int[400]; // id + 1 of years 1800..2199; 0 = not seen
        private readonly Dictionary<int, int> _otherYears = [];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override int ValueOf(Commitment commitment, Ledger ledger) => Of(commitment.Date.Year);

        public override int ValueOf(Disbursement disbursement, Ledger ledger) => Of(disbursement.Date.Year);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Of(int year)
        {
            uint offset = (uint)(year - FirstYear);
            if (offset < (uint)_byYear.Length && _byYear[offset] > 0)
            {
                return _byYear[offset] - 1;
            }

            return Slow(year);
        }

        private int Slow(int year)
        {
            uint offset = (uint)(year - FirstYear);
            if (offset < (uint)_byYear.Length)
            {
                return (_byYear[offset] = Intern(KeyText.Year(year)) + 1) - 1;
            }

            if (!_otherYears.TryGetValue(year, out int id))
            {
                id = Intern(KeyText.Year(year));
                _otherYears[year] = id;
            }

            return id;
        }
    }

    private sealed class MonthDimension : Dimension
    {
        private readonly Dictionary<int, int> _byMonth = [];

        public override int ValueOf(Commitment commitment, Ledger ledger) => Of(commitment.Date);

        public override int ValueOf(Disbursement disbursement, Ledger ledger) => Of(disbursement.Date);

        private int Of(LocalDate date)
        {
            int key = DayNumbers.MonthOf(date);
            if (!_byMonth.TryGetValue(key, out int id))
            {
                id = Intern(KeyText.Month(date));
                _byMonth[key] = id;
            }

            return id;
        }
    }

    private sealed class FiscalYearDimension(FiscalYearCalendar? calendar, DonorFiscalCalendars? calendars) : Dimension
    {
        private readonly Dictionary<Party, FiscalYearCalendar> _calendarOf = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(FiscalYearCalendar, int), int> _ids = [];

        public override int ValueOf(Commitment commitment, Ledger ledger) => Of(commitment.Donor, commitment.Date);

        public override int ValueOf(Disbursement disbursement, Ledger ledger) =>
            Of(disbursement.Donor, disbursement.Date);

        private int Of(Party donor, LocalDate date)
        {
            FiscalYearCalendar cal = calendar ?? CalendarOf(donor);
            FiscalYear year = cal.GetFiscalYear(date);
            if (!_ids.TryGetValue((cal, year.Label), out int id))
            {
                id = Intern(year.ToString());
                _ids[(cal, year.Label)] = id;
            }

            return id;
        }

        private FiscalYearCalendar CalendarOf(Party donor)
        {
            if (!_calendarOf.TryGetValue(donor, out FiscalYearCalendar? cal))
            {
                cal = calendars!.For(donor.Id);
                _calendarOf[donor] = cal;
            }

            return cal;
        }
    }

    private sealed class TextDimension(GroupKey key) : Dimension
    {
        public override int ValueOf(Commitment commitment, Ledger ledger) => Intern(TextOf(commitment, commitment));

        public override int ValueOf(Disbursement disbursement, Ledger ledger) =>
            Intern(TextOf(disbursement, ledger.GetCommitmentOf(disbursement)));

        private string TextOf(LedgerRecord record, Commitment? commitment) =>
            key.Kind switch
            {
                GroupKeyKind.Category => commitment is null ? GroupKey.NoValue : KeyText.Category(commitment.Category),
                GroupKeyKind.Instrument => commitment is null
                    ? GroupKey.NoValue
                    : KeyText.Instrument(commitment.Instrument),
                GroupKeyKind.Stage => commitment is null ? GroupKey.NoValue : KeyText.Stage(commitment.Stage),
                GroupKeyKind.Agreement => commitment?.AgreementId ?? GroupKey.NoValue,
                GroupKeyKind.Tag => commitment is null ? GroupKey.NoValue : key.TagValue(commitment.Tags),
                _ => key.Selector!(record) ?? GroupKey.NoValue,
            };
    }
}
