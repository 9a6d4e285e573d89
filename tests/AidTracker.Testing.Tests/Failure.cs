namespace AidTracker.Testing.Tests;

/// <summary>Runs an assertion that must fail and returns its message, so a test can compare the whole text.</summary>
internal static class Failure
{
    public static string Of(Action assertion)
    {
        try
        {
            assertion();
        }
        catch (Xunit.Sdk.XunitException exception)
        {
            return exception.Message;
        }

        throw new Xunit.Sdk.XunitException("Expected the assertion to fail, but it passed.");
    }
}
