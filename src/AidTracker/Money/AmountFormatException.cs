namespace AidTracker;

/// <summary>
/// Thrown when a text is not an amount phrase that can be read: the message names the text and the position (a
/// zero-based index into the text) where it stopped making sense, and says what was expected there.
/// </summary>
/// <remarks>An amount too large for <see cref="decimal"/> is reported with this exception too, with an
/// <see cref="OverflowException"/> as its inner exception: an overflow is an error, never a wrong number.</remarks>
public sealed class AmountFormatException : FormatException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="text">The text that was parsed.</param>
    /// <param name="position">The zero-based index in <paramref name="text"/> where parsing stopped.</param>
    /// <param name="message">The full message.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public AmountFormatException(string text, int position, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Text = text;
        Position = position;
    }

    /// <summary>Gets the text that was parsed.</summary>
    public string Text { get; }

    /// <summary>Gets the zero-based index in <see cref="Text"/> where parsing stopped making sense.</summary>
    public int Position { get; }
}
