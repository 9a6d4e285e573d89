namespace AidTracker.Cli.Infrastructure;

/// <summary>The tool's exit codes (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work.</summary>
    public const int Success = 0;

    /// <summary>Invalid data: validation errors, rates that cannot be found, unreadable files.</summary>
    public const int InvalidData = 1;

    /// <summary>A usage error: unknown command or option, a malformed option value.</summary>
    public const int Usage = 2;

    /// <summary>A bug in the tool (reported in one line, never as a stack trace); EX_SOFTWARE of sysexits.h.</summary>
    public const int InternalError = 70;

    /// <summary>The run was cancelled (Ctrl+C): 128 + SIGINT.</summary>
    public const int Cancelled = 130;

    /// <summary>The run was stopped by SIGTERM: 128 + SIGTERM.</summary>
    public const int Terminated = 143;
}
