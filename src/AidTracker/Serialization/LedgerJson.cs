using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Serialization;

/// <summary>
/// Reads and writes version 1 of the JSON ledger format (see <c>docs/ledger.schema.json</c>): <c>schemaVersion</c>,
/// <c>agreements</c>, <c>commitments</c>, <c>disbursements</c>; amounts as exact decimals in JSON strings (read from
/// strings or numbers, never through <see cref="double"/>), dates <c>yyyy-MM-dd</c>, enum names in kebab-case.
/// </summary>
/// <remarks>
/// <para><b>Strict.</b> An unknown property, a missing required property, a value of the wrong type or form, an unknown
/// enum name or an unsupported <c>schemaVersion</c> stops reading with a <see cref="LedgerFormatException"/> naming the
/// file, line, JSON path and record id. <c>schemaVersion</c> must be the first property (so a reader can tell the
/// version before anything else). A <c>null</c> optional property counts as left out.</para>
/// <para><b>Validated.</b> After reading, the ledger is validated as a whole (unknown currencies included) and every
/// problem carries the JSON path and the line where its record starts; errors throw
/// <see cref="LedgerValidationException"/> listing them all. <see cref="ReadBuilderAsync"/> reads without validating,
/// to report problems without throwing.</para>
/// <para><b>Streaming, on every core.</b> Reading holds a few batches of records' bytes at a time (plus the records
/// read) and turns the batches into records on worker threads while it reads on; records are added in file order and
/// the first error in the file is the one reported, as if read one by one. Writing flushes as it goes.
/// Writing is deterministic: the same ledger gives the same bytes, and reading them back gives an equal ledger.</para>
/// </remarks>
public static class LedgerJson
{
    /// <summary>The version of the format this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Reads and validates a ledger from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to read (it is not closed).</param>
    /// <param name="clock">The clock that says which value dates are in the future.</param>
    /// <param name="fileName">The name to give in error messages and locations, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The ledger, carrying the warnings validation found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="clock"/> is
    /// <c>null</c>.</exception>
    /// <exception cref="LedgerFormatException">The data is not a valid JSON ledger of version 1.</exception>
    /// <exception cref="LedgerValidationException">The ledger has validation errors; the exception lists them
    /// all.</exception>
    public static async Task<Ledger> ReadAsync(
        Stream utf8Json,
        IClock clock,
        string? fileName = null,
        CancellationToken cancellationToken = default
    )
    {
        Preconditions.CheckNotNull(clock);
        LedgerBuilder builder = await ReadBuilderAsync(utf8Json, fileName, cancellationToken).ConfigureAwait(false);
        return builder.Build(clock);
    }

    /// <summary>Reads and validates a ledger file.</summary>
    /// <param name="path">The file's path (named in error messages).</param>
    /// <param name="clock">The clock that says which value dates are in the future.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The ledger, carrying the warnings validation found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="LedgerFormatException">The file is not a valid JSON ledger of version 1.</exception>
    /// <exception cref="LedgerValidationException">The ledger has validation errors; the exception lists them
    /// all.</exception>
    public static async Task<Ledger> ReadFileAsync(
        string path,
        IClock clock,
        CancellationToken cancellationToken = default
    )
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(clock);
        FileStream stream = OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, clock, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads a ledger's records without validating them as a whole: call <see cref="LedgerBuilder.Validate(IClock)"/>
    /// to get every problem without an exception, or <see cref="LedgerBuilder.Build"/>. Unknown currencies are among
    /// the problems.
    /// </summary>
    /// <param name="utf8Json">The stream to read (it is not closed).</param>
    /// <param name="fileName">The name to give in error messages and locations, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>A builder holding the records and their locations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <c>null</c>.</exception>
    /// <exception cref="LedgerFormatException">The data is not a valid JSON ledger of version 1.</exception>
    public static Task<LedgerBuilder> ReadBuilderAsync(
        Stream utf8Json,
        string? fileName = null,
        CancellationToken cancellationToken = default
    )
    {
        Preconditions.CheckNotNull(utf8Json);
        return new LedgerJsonReader(utf8Json, fileName).ReadAsync(cancellationToken);
    }

    /// <summary>Writes a ledger as UTF-8 JSON (deterministic: same ledger, same bytes).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="utf8Json">The stream to write to (it is not closed).</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static Task WriteAsync(Ledger ledger, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(utf8Json);
        return LedgerJsonWriter.WriteAsync(ledger, utf8Json, cancellationToken);
    }

    /// <summary>Writes a ledger to a file, replacing it.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static async Task WriteFileAsync(Ledger ledger, string path, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(path);
        var stream = new FileStream(
            path,
            FileMode.Create,
            FileAccess.Write,
            FileShare.None,
            bufferSize: 1,
            FileOptions.Asynchronous
        );
        await using (stream.ConfigureAwait(false))
        {
            await LedgerJsonWriter.WriteAsync(ledger, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    private static FileStream OpenRead(string path) =>
        new(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            bufferSize: 1,
            FileOptions.Asynchronous | FileOptions.SequentialScan
        );
}
