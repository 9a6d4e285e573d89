using System.Globalization;
using AidTracker.Internal;

namespace AidTracker.Iati;

/// <summary>
/// Thrown when an <c>iati-activities</c> file declares a version other than 2.01, 2.02 or 2.03 (for example 1.03):
/// older versions use other codes (letter transaction types) and other structures, so they are refused rather than
/// misread. The message says which version was found.
/// </summary>
public sealed class IatiVersionNotSupportedException : IatiFormatException
{
    /// <summary>Initializes a new instance for the <paramref name="version"/> found in
    /// <paramref name="fileName"/>.</summary>
    /// <param name="version">The value of the <c>version</c> attribute.</param>
    /// <param name="fileName">The file's name or path, or <c>null</c>.</param>
    /// <param name="lineNumber">The 1-based line of the <c>iati-activities</c> element, or 0 when unknown.</param>
    /// <param name="linePosition">The 1-based position in the line, or 0 when unknown.</param>
    public IatiVersionNotSupportedException(string version, string? fileName, int lineNumber, int linePosition)
        : base(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The IATI file '{fileName ?? "<input>"}' has version {InputText.Shorten(version)}; only "
                    + $"iati-activities versions {string.Join(", ", IatiReader.SupportedVersions)} are read (version 1 "
                    + $"files use other codes and structures: convert them to 2.03 first)."
            ),
            fileName,
            lineNumber,
            linePosition
        )
    {
        Version = version;
    }

    /// <summary>Gets the value of the file's <c>version</c> attribute, e.g. <c>1.03</c>.</summary>
    public string Version { get; }
}
