namespace AidTracker.Cli.Infrastructure;

/// <summary>How a command writes its result.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned tables for people, with the rates used and the data credits underneath.</summary>
    Table,

    /// <summary>JSON, the stable contract documented in <c>docs/cli.md</c>.</summary>
    Json,

    /// <summary>Comma-separated values (RFC 4180), one row per group.</summary>
    Csv,
}
