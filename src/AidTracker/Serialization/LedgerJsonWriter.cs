using System.Text.Encodings.Web;
using System.Text.Json;

namespace AidTracker.Serialization;

/// <summary>
/// Writes a ledger as version 1 of the JSON ledger format: the outer object with a <see cref="Utf8JsonWriter"/>, each
/// record with the source-generated serializer, flushing to the stream as it goes. The output is deterministic: same
/// ledger, same bytes (fixed property order, two-space indentation, "\n" line ends, a final newline).
/// </summary>
internal static class LedgerJsonWriter
{
    private const int FlushThreshold = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Files are read by people (titles in Japanese or Ukrainian stay readable) and never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public static async Task WriteAsync(Ledger ledger, Stream stream, CancellationToken cancellationToken)
    {
        Utf8JsonWriter writer = new(stream, Options);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion"u8, LedgerJson.SchemaVersion);

            writer.WriteStartArray("agreements"u8);
            foreach (Agreement agreement in ledger.Agreements)
            {
                JsonSerializer.Serialize(
                    writer,
                    LedgerJsonMapper.ToDto(agreement),
                    LedgerJsonContext.Default.AgreementDto
                );
                await FlushIfFullAsync(writer, cancellationToken).ConfigureAwait(false);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("commitments"u8);
            foreach (Commitment commitment in ledger.Commitments)
            {
                JsonSerializer.Serialize(
                    writer,
                    LedgerJsonMapper.ToDto(commitment),
                    LedgerJsonContext.Default.CommitmentDto
                );
                await FlushIfFullAsync(writer, cancellationToken).ConfigureAwait(false);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("disbursements"u8);
            foreach (Disbursement disbursement in ledger.Disbursements)
            {
                JsonSerializer.Serialize(
                    writer,
                    LedgerJsonMapper.ToDto(disbursement),
                    LedgerJsonContext.Default.DisbursementDto
                );
                await FlushIfFullAsync(writer, cancellationToken).ConfigureAwait(false);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask FlushIfFullAsync(Utf8JsonWriter writer, CancellationToken cancellationToken) =>
        writer.BytesPending >= FlushThreshold
            ? new ValueTask(writer.FlushAsync(cancellationToken))
            : ValueTask.CompletedTask;
}
