using System.Globalization;

namespace AidTracker;

/// <summary>
/// The warning <see cref="LedgerProblemCode.AmountsMayOverflow"/>: the amounts of a currency whose total may not fit in
/// a <see cref="decimal"/>, found while the commitments and disbursements are checked.
/// </summary>
internal static partial class LedgerValidator
{
    // decimal.MaxValue / 10^p for p = 0..28: the sum of absolute amounts past which a total may overflow is the entry
    // for the currency's minor units + 6 (room to round, and to convert at a rate up to 1,000,000).
    private static readonly decimal[] OverflowThresholds = BuildOverflowThresholds();

    private static decimal[] BuildOverflowThresholds()
    {
        var thresholds = new decimal[29];
        thresholds[0] = decimal.MaxValue;
        for (int p = 1; p < thresholds.Length; p++)
        {
            thresholds[p] = thresholds[p - 1] / 10m;
        }

        return thresholds;
    }

    private sealed partial class Context
    {
        private readonly Dictionary<Currency, decimal> _magnitudes = [];
        private readonly HashSet<Currency> _overflowWarned = [];
        private readonly Dictionary<int, LedgerProblem> _overflows = [];

        /// <summary>Runs <see cref="CheckMagnitude"/> over every amount in file order (commitments, then
        /// disbursements), before the records' other checks, which add the warnings found here at their
        /// record.</summary>
        private void FindOverflows()
        {
            for (int i = 0; i < commitments.Count; i++)
            {
                if (commitments[i].Amount is QualifiedMoney amount)
                {
                    CheckMagnitude(LedgerRecordKind.Commitment, i, commitments[i].Id, amount.Money);
                }
            }

            for (int i = 0; i < disbursements.Count; i++)
            {
                CheckMagnitude(LedgerRecordKind.Disbursement, i, disbursements[i].Id, disbursements[i].Amount.Money);
            }
        }

        /// <summary>Adds the overflow warning found at this record, if any (read-only: safe on any thread).</summary>
        private void AddOverflowWarning(
            List<(int Order, LedgerProblem Problem)> found,
            LedgerRecordKind kind,
            int index
        )
        {
            if (_overflows.Count > 0 && _overflows.TryGetValue(Order(kind, index), out LedgerProblem? warning))
            {
                found.Add((Order(kind, index), warning));
            }
        }

        /// <summary>
        /// Adds up the absolute amounts of each currency and warns, once per currency at the record where it happens,
        /// when the sum passes decimal.MaxValue / 10^(minor units + 6). Amounts under a trillionth of the threshold
        /// (790 million for USD) are left out: it would take 10^12 of them, more records than fit in memory, to matter.
        /// </summary>
        private void CheckMagnitude(LedgerRecordKind kind, int index, string id, Money amount)
        {
            int places = Math.Min((amount.Currency.MinorUnits ?? 0) + 6, 28);
            decimal threshold = OverflowThresholds[places];
            decimal size = Math.Abs(amount.Amount);
            if (size < OverflowThresholds[Math.Min(places + 12, 28)] || _overflowWarned.Contains(amount.Currency))
            {
                return;
            }

            decimal sum = _magnitudes.GetValueOrDefault(amount.Currency);
            sum = sum > decimal.MaxValue - size ? decimal.MaxValue : sum + size;
            _magnitudes[amount.Currency] = sum;
            if (sum >= threshold)
            {
                _overflowWarned.Add(amount.Currency);
                _overflows[Order(kind, index)] = Problem(
                    LedgerProblemSeverity.Warning,
                    kind,
                    index,
                    id,
                    LedgerProblemCode.AmountsMayOverflow,
                    "amount.value",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"With '{id}', the amounts in {amount.Currency.Code} add up to more than {threshold:G3} in "
                            + $"absolute value: a total of them, rounded to {amount.Currency.Code}'s minor units or "
                            + $"converted at a rate above 1,000,000, may not fit in a decimal (about 7.9E+28), and "
                            + $"a summary would stop there. Check the amounts in {amount.Currency.Code} (is a "
                            + $"value in the wrong unit?)."
                    )
                );
            }
        }
    }
}
