namespace AidTracker.Cli.Infrastructure;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work.</summary>
    public const int Success = 0;

    /// <summary>Invalid data: validation errors, rates that cannot be found, unreadable files.</summary>
    public const int InvalidData = 1;

    /// <summary>A usage error: unknown command or option, a malformed option value.</summary>
    public const int Usage = 2;
}
