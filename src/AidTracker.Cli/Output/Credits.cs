using AidTracker.Serialization;

namespace AidTracker.Cli.Output;

/// <summary>The credits the reference data's terms ask for, wherever its rates are shown (the core's rule, linked
/// in).</summary>
internal static class Credits
{
    /// <summary>Returns the credit lines for the sources named (a cross of two sources is named <c>ECB+IMF</c>), in a
    /// stable order.</summary>
    public static IReadOnlyList<string> For(IEnumerable<string> sourceNames, string? rateFile = null) =>
        RateCredits.For(sourceNames, rateFile);
}
