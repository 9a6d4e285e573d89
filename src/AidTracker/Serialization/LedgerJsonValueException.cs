using System.Text.Json;

namespace AidTracker.Serialization;

/// <summary>A value of the right JSON type but the wrong form; the converters throw it with a full sentence, and the
/// serializer adds the path and line.</summary>
internal sealed class LedgerJsonValueException(string message) : JsonException(message);
