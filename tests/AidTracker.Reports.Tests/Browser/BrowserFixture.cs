using Microsoft.Playwright;

namespace AidTracker.Reports.Tests.Browser;

/// <summary>
/// One headless Chromium for the browser tests: the system's (Debian's <c>chromium</c> package, which .ci/run installs
/// when missing), driven by Playwright; Playwright's own browser download is never used. Without a Chromium the tests
/// are skipped saying why, except when <c>AIDTRACKER_REQUIRE_CHROMIUM=1</c> (set by .ci/run): then they fail.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Candidates =
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    private IPlaywright? _playwright;

    /// <summary>Gets the browser, or <c>null</c> when there is no Chromium (see <see cref="MissingReason"/>).</summary>
    public IBrowser? Browser { get; private set; }

    /// <summary>Gets why there is no browser.</summary>
    public string MissingReason { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        string? executable = FindChromium();
        if (executable is null)
        {
            MissingReason =
                "Chromium is not installed (no chromium, chromium-browser or google-chrome on the PATH, and "
                + "AIDTRACKER_CHROMIUM is not set); "
                + "install it with 'apt-get install -y chromium' to run the browser tests (.ci/run does).";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = ["--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
            }
        );
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Returns the browser, or skips the test (fails it when Chromium is required) when there is
    /// none.</summary>
    public IBrowser Require()
    {
        if (Browser is not null)
        {
            return Browser;
        }

        if (Environment.GetEnvironmentVariable("AIDTRACKER_REQUIRE_CHROMIUM") == "1")
        {
            throw new InvalidOperationException("AIDTRACKER_REQUIRE_CHROMIUM=1 but " + MissingReason);
        }

        Assert.Skip(MissingReason);
        return null!;
    }

    private static string? FindChromium()
    {
        string? configured = Environment.GetEnvironmentVariable("AIDTRACKER_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"AIDTRACKER_CHROMIUM is '{configured}', which is not a file.");
        }

        string[] folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(
            Path.PathSeparator,
            StringSplitOptions.RemoveEmptyEntries
        );
        return Candidates
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
