using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker;

/// <summary>
/// Validates a ledger's records and reports every problem at once, ordered by record. See
/// <see cref="LedgerProblemCode"/> for the checks and their severities.
/// </summary>
/// <remarks>
/// <para>"Today" is the date in the earliest time zone on Earth (UTC+14): a value date is in the future only when it
/// has not begun anywhere yet, so a ledger kept in Tokyo does not fail on a machine in UTC.</para>
/// <para>Sums (children against their parent, disbursements against their commitment) are checked only when every
/// amount involved is in one currency: validation has no exchange rates; aggregation with rates reconciles the rest.
/// A parent qualified "at least" has no ceiling and is not checked; children qualified "at most" give no lower bound
/// and are left out of the sum; children without an amount of their own are left out.</para>
/// </remarks>
internal static partial class LedgerValidator
{
    private const int MaxListedIds = 10;

    private static readonly DateTimeZone EarliestZone = DateTimeZone.ForOffset(Offset.FromHours(14));

    public static (LedgerValidationResult Result, LedgerIndex Index) Validate(
        IReadOnlyList<Agreement> agreements,
        IReadOnlyList<Commitment> commitments,
        IReadOnlyList<Disbursement> disbursements,
        RecordLocations locations,
        IEnumerable<(LedgerRecordKind Kind, int Index, LedgerProblem Problem)>? readProblems,
        IClock clock,
        CancellationToken cancellationToken = default
    ) =>
        Validate(
            agreements,
            commitments,
            disbursements,
            locations,
            readProblems,
            clock,
            Environment.ProcessorCount,
            RecordChunkSize,
            cancellationToken
        );

    /// <summary>Validates with the records' own checks on up to <paramref name="parallelism"/> threads, in chunks of
    /// <paramref name="chunkSize"/> records (1 thread: the plain path, in file order, that tests compare
    /// with).</summary>
    internal static (LedgerValidationResult Result, LedgerIndex Index) Validate(
        IReadOnlyList<Agreement> agreements,
        IReadOnlyList<Commitment> commitments,
        IReadOnlyList<Disbursement> disbursements,
        RecordLocations locations,
        IEnumerable<(LedgerRecordKind Kind, int Index, LedgerProblem Problem)>? readProblems,
        IClock clock,
        int parallelism,
        int chunkSize,
        CancellationToken cancellationToken
    )
    {
        var context = new Context(agreements, commitments, disbursements, locations, clock, cancellationToken);
        if (readProblems is not null)
        {
            foreach ((LedgerRecordKind kind, int index, LedgerProblem problem) in readProblems)
            {
                context.Add(kind, index, problem);
            }
        }

        context.IndexIds();
        context.CheckRecords(parallelism, chunkSize);
        cancellationToken.ThrowIfCancellationRequested();
        context.CheckCycles(context.Index.ParentOf, LedgerProblemCode.ParentCycle, "parent", "its own parent");
        context.CheckCycles(
            context.Index.SupplementedBy,
            LedgerProblemCode.SupplementCycle,
            "supplements",
            "a supplement of itself"
        );
        cancellationToken.ThrowIfCancellationRequested();
        context.CheckChildrenSums();
        cancellationToken.ThrowIfCancellationRequested();
        context.CheckDisbursementSums();
        return (context.Result(), context.Index);
    }

    private sealed partial class Context(
        IReadOnlyList<Agreement> agreements,
        IReadOnlyList<Commitment> commitments,
        IReadOnlyList<Disbursement> disbursements,
        RecordLocations locations,
        IClock clock,
        CancellationToken cancellationToken
    )
    {
        private readonly List<(int Order, int Sequence, LedgerProblem Problem)> _problems = [];
        private readonly LocalDate _today = clock.GetCurrentInstant().InZone(EarliestZone).Date;

        /// <summary>Names a test clock in the future-date message: a fixed fake "today" otherwise looks like a data
        /// error.</summary>
        private readonly string _clockNote = string.Equals(
            clock.GetType().FullName,
            "NodaTime.Testing.FakeClock",
            StringComparison.Ordinal
        )
            ? " by the test clock (NodaTime.Testing.FakeClock) the ledger was validated with: give it a later date for "
                + "newer records"
            : string.Empty;

        public LedgerIndex Index { get; } = new(agreements.Count, commitments.Count, disbursements.Count);

        public void Add(LedgerRecordKind kind, int index, LedgerProblem problem) =>
            _problems.Add((Order(kind, index), _problems.Count, problem));

        public LedgerValidationResult Result()
        {
            if (_problems.Count == 0)
            {
                return LedgerValidationResult.Valid;
            }

            _problems.Sort(
                static (a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Sequence.CompareTo(b.Sequence)
            );
            return new LedgerValidationResult(_problems.Select(p => p.Problem));
        }

        public void IndexIds()
        {
            Dictionary<string, RecordRef> ids = Index.Ids;
            IndexIds(ids, agreements, LedgerRecordKind.Agreement);
            IndexIds(ids, commitments, LedgerRecordKind.Commitment);
            IndexIds(ids, disbursements, LedgerRecordKind.Disbursement);
        }

        /// <summary>Finds cycles in a link (parent, supplements) and reports each once, at its first member in file
        /// order.</summary>
        public void CheckCycles(int[] next, LedgerProblemCode code, string property, string selfWords)
        {
            // 0 = not visited, 1 = on the current path, 2 = done.
            var state = new byte[next.Length];
            var path = new List<int>();
            for (int start = 0; start < next.Length; start++)
            {
                if (state[start] != 0 || next[start] < 0)
                {
                    continue;
                }

                path.Clear();
                int node = start;
                while (node >= 0 && state[node] == 0)
                {
                    state[node] = 1;
                    path.Add(node);
                    node = next[node];
                }

                if (node >= 0 && state[node] == 1)
                {
                    ReportCycle(path, path.IndexOf(node), code, property, selfWords);
                }

                foreach (int visited in path)
                {
                    state[visited] = 2;
                }
            }
        }

        public void CheckChildrenSums()
        {
            int[] parentOf = Index.ParentOf;
            var sums = new Dictionary<int, (decimal Sum, int Count, bool Mixed)>();
            for (int i = 0; i < parentOf.Length; i++)
            {
                int p = parentOf[i];
                if (
                    p < 0
                    || p == i
                    || commitments[p].Amount is not QualifiedMoney parentAmount
                    || parentAmount.Qualifier == AmountQualifier.AtLeast
                )
                {
                    continue;
                }

                if (commitments[i].Amount is not QualifiedMoney child || child.Qualifier == AmountQualifier.AtMost)
                {
                    continue;
                }

                (decimal sum, int count, bool mixed) = sums.GetValueOrDefault(p);
                sums[p] = child.Currency.Equals(parentAmount.Currency)
                    ? (sum + child.Amount, count + 1, mixed)
                    : (sum, count, true);
            }

            foreach ((int p, (decimal sum, int count, bool mixed)) in sums.OrderBy(s => s.Key))
            {
                QualifiedMoney parentAmount = commitments[p].Amount!.Value;
                if (mixed || sum <= parentAmount.Amount)
                {
                    continue;
                }

                var children = new List<string>();
                for (int i = 0; i < parentOf.Length && children.Count <= MaxListedIds; i++)
                {
                    if (parentOf[i] == p && i != p)
                    {
                        children.Add(commitments[i].Id);
                    }
                }

                Warning(
                    LedgerRecordKind.Commitment,
                    p,
                    commitments[p].Id,
                    LedgerProblemCode.ChildrenExceedParent,
                    "amount",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {count} children of commitment '{InputText.Shorten(commitments[p].Id)}' "
                            + $"({ListIds(children)}) add up to {new Money(sum, parentAmount.Currency)}, more than its "
                            + $"own amount {parentAmount}."
                    )
                );
            }
        }

        public void CheckDisbursementSums()
        {
            int[] commitmentOf = Index.CommitmentOf;
            var sums = new Dictionary<int, (decimal Sum, bool Mixed)>();
            for (int i = 0; i < commitmentOf.Length; i++)
            {
                int c = commitmentOf[i];
                if (
                    c < 0
                    || commitments[c].Amount is not QualifiedMoney committed
                    || committed.Qualifier == AmountQualifier.AtLeast
                )
                {
                    continue;
                }

                (decimal sum, bool mixed) = sums.GetValueOrDefault(c);
                Money paid = disbursements[i].Amount.Money;
                sums[c] = paid.Currency.Equals(committed.Currency) ? (sum + paid.Amount, mixed) : (sum, true);
            }

            foreach ((int c, (decimal sum, bool mixed)) in sums.OrderBy(s => s.Key))
            {
                QualifiedMoney committed = commitments[c].Amount!.Value;
                if (!mixed && sum > committed.Amount)
                {
                    Warning(
                        LedgerRecordKind.Commitment,
                        c,
                        commitments[c].Id,
                        LedgerProblemCode.DisbursementsExceedCommitment,
                        "amount",
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"The disbursements of commitment '{InputText.Shorten(commitments[c].Id)}' add up to "
                                + $"{new Money(sum, committed.Currency)}, more than the commitment's {committed}."
                        )
                    );
                }
            }
        }

        private static int Order(LedgerRecordKind kind, int index) => ((int)kind << 28) + index;

        private static string Prop(string list, int index, string property) =>
            string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{property}");

        private static string ListIds(List<string> ids) =>
            string.Join(", ", ids.Take(MaxListedIds).Select(InputText.Shorten))
            + (ids.Count > MaxListedIds ? ", ..." : string.Empty);

        private static string KindName(LedgerRecordKind kind) =>
            kind switch
            {
                LedgerRecordKind.Agreement => "agreement",
                LedgerRecordKind.Commitment => "commitment",
                _ => "disbursement",
            };

        private void IndexIds<T>(Dictionary<string, RecordRef> ids, IReadOnlyList<T> records, LedgerRecordKind kind)
            where T : LedgerRecord
        {
            for (int i = 0; i < records.Count; i++)
            {
                string id = records[i].Id;
                if (!ids.TryAdd(id, new RecordRef(kind, i)))
                {
                    RecordRef first = ids[id];
                    RecordLocation? firstLocation = locations.Get(first.Kind, first.Index);
                    string where = firstLocation is null ? string.Empty : " (" + firstLocation + ")";
                    Error(
                        kind,
                        i,
                        id,
                        LedgerProblemCode.DuplicateId,
                        "id",
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"The id '{InputText.Shorten(id)}' of this {KindName(kind)} is already the id of "
                                + $"{KindName(first.Kind)} number {first.Index + 1}{where}; ids must be unique across "
                                + $"the ledger."
                        )
                    );
                }
            }
        }

        private void ReportCycle(
            List<int> path,
            int cycleStart,
            LedgerProblemCode code,
            string property,
            string selfWords
        )
        {
            List<int> cycle = path.GetRange(cycleStart, path.Count - cycleStart);
            int first = cycle.Min();
            string id = commitments[first].Id;
            if (cycle.Count == 1)
            {
                Error(
                    LedgerRecordKind.Commitment,
                    first,
                    id,
                    code,
                    property,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The commitment '{InputText.Shorten(id)}' is {selfWords}: its {property} is "
                            + $"'{InputText.Shorten(id)}'."
                    )
                );
                return;
            }

            int at = cycle.IndexOf(first);
            IEnumerable<string> loop = cycle
                .Skip(at)
                .Concat(cycle.Take(at))
                .Append(first)
                .Select(i => "'" + commitments[i].Id + "'");
            Error(
                LedgerRecordKind.Commitment,
                first,
                id,
                code,
                property,
                FormattableString.Invariant(
                    $"The {property} links of commitments form a cycle: {string.Join(" -> ", loop)}."
                )
            );
        }

        private void Error(
            LedgerRecordKind kind,
            int index,
            string id,
            LedgerProblemCode code,
            string property,
            string message
        ) => Add(kind, index, Problem(LedgerProblemSeverity.Error, kind, index, id, code, property, message));

        private void Warning(
            LedgerRecordKind kind,
            int index,
            string id,
            LedgerProblemCode code,
            string property,
            string message
        ) => Add(kind, index, Problem(LedgerProblemSeverity.Warning, kind, index, id, code, property, message));

        private LedgerProblem Problem(
            LedgerProblemSeverity severity,
            LedgerRecordKind kind,
            int index,
            string id,
            LedgerProblemCode code,
            string property,
            string message
        ) => new(severity, code, id, message, locations.Get(kind, index)?.WithProperty(property));
    }
}
