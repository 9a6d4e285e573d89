namespace AidTracker.Testing.Internal;

/// <summary>
/// Text that goes into a FluentAssertions failure message as it is: FluentAssertions quotes strings and writes decimals
/// with an <c>M</c> suffix, which an amount such as <c>USD 58,825,751.29</c> must not get.
/// </summary>
internal sealed class Verbatim
{
    private readonly string _text;

    private Verbatim(string text) => _text = text;

    public static Verbatim Of(string text) => new(text);

    public override string ToString() => _text;
}
