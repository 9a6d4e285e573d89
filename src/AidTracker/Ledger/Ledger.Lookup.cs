using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AidTracker.Internal;

namespace AidTracker;

public sealed partial class Ledger
{
    /// <summary>Looks up a record of any kind by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="record">The record when found.</param>
    /// <returns><c>true</c> when the ledger has a record with that id.</returns>
    public bool TryGetRecord(string? id, [NotNullWhen(true)] out LedgerRecord? record)
    {
        if (id is not null && _index.Ids.TryGetValue(id, out RecordRef found))
        {
            record = RecordAt(found);
            return true;
        }

        record = null;
        return false;
    }

    /// <summary>Looks up an agreement by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="agreement">The agreement when found.</param>
    /// <returns><c>true</c> when the ledger has an agreement with that id.</returns>
    public bool TryGetAgreement(string? id, [NotNullWhen(true)] out Agreement? agreement)
    {
        agreement = TryGetRef(id, LedgerRecordKind.Agreement, out int index) ? Agreements[index] : null;
        return agreement is not null;
    }

    /// <summary>Looks up a commitment by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="commitment">The commitment when found.</param>
    /// <returns><c>true</c> when the ledger has a commitment with that id.</returns>
    public bool TryGetCommitment(string? id, [NotNullWhen(true)] out Commitment? commitment)
    {
        commitment = TryGetRef(id, LedgerRecordKind.Commitment, out int index) ? Commitments[index] : null;
        return commitment is not null;
    }

    /// <summary>Looks up a disbursement by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="disbursement">The disbursement when found.</param>
    /// <returns><c>true</c> when the ledger has a disbursement with that id.</returns>
    public bool TryGetDisbursement(string? id, [NotNullWhen(true)] out Disbursement? disbursement)
    {
        disbursement = TryGetRef(id, LedgerRecordKind.Disbursement, out int index) ? Disbursements[index] : null;
        return disbursement is not null;
    }

    /// <summary>Returns the agreement with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <c>null</c>.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no agreement with that id.</exception>
    public Agreement GetAgreement(string id) =>
        TryGetAgreement(Preconditions.CheckNotNull(id), out Agreement? agreement)
            ? agreement
            : throw NotFound(id, LedgerRecordKind.Agreement);

    /// <summary>Returns the commitment with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The commitment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <c>null</c>.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no commitment with that id.</exception>
    public Commitment GetCommitment(string id) =>
        TryGetCommitment(Preconditions.CheckNotNull(id), out Commitment? commitment)
            ? commitment
            : throw NotFound(id, LedgerRecordKind.Commitment);

    /// <summary>Returns the disbursement with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The disbursement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <c>null</c>.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no disbursement with that id.</exception>
    public Disbursement GetDisbursement(string id) =>
        TryGetDisbursement(Preconditions.CheckNotNull(id), out Disbursement? disbursement)
            ? disbursement
            : throw NotFound(id, LedgerRecordKind.Disbursement);

    /// <summary>Returns where the record with id <paramref name="id"/> was read from (file, JSON path, line), or
    /// <c>null</c>.</summary>
    /// <param name="id">The record's id.</param>
    /// <returns>The location, or <c>null</c> when the record is not in the ledger or was not read from a
    /// file.</returns>
    public RecordLocation? GetLocation(string? id) =>
        id is not null && _index.Ids.TryGetValue(id, out RecordRef found)
            ? Locations.Get(found.Kind, found.Index)
            : null;

    private bool TryGetRef(string? id, LedgerRecordKind kind, out int index)
    {
        if (id is not null && _index.Ids.TryGetValue(id, out RecordRef found) && found.Kind == kind)
        {
            index = found.Index;
            return true;
        }

        index = -1;
        return false;
    }

    private LedgerRecord RecordAt(RecordRef found) =>
        found.Kind switch
        {
            LedgerRecordKind.Agreement => Agreements[found.Index],
            LedgerRecordKind.Commitment => Commitments[found.Index],
            _ => Disbursements[found.Index],
        };

    private KeyNotFoundException NotFound(string id, LedgerRecordKind kind)
    {
        string kindName = kind.ToString().ToLowerInvariant();
        return _index.Ids.TryGetValue(id, out RecordRef other)
            ? new KeyNotFoundException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The ledger has no {kindName} '{InputText.Shorten(id)}': '{InputText.Shorten(id)}' is a "
                        + $"{other.Kind.ToString().ToLowerInvariant()}."
                )
            )
            : new KeyNotFoundException(
                FormattableString.Invariant($"The ledger has no {kindName} '{InputText.Shorten(id)}'.")
            );
    }
}
