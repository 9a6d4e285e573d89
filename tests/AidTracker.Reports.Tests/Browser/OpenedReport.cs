using Microsoft.Playwright;
using SkiaSharp;

namespace AidTracker.Reports.Tests.Browser;

/// <summary>A report written to a temporary file and opened in a page of its own, with every request the page
/// made.</summary>
internal sealed class OpenedReport : IAsyncDisposable
{
    private readonly string _folder;

    private OpenedReport(string folder, IPage page, List<string> requests)
    {
        _folder = folder;
        Page = page;
        Requests = requests;
    }

    public IPage Page { get; }

    /// <summary>Gets the URL of every request the page made (the report's own file:// URL first).</summary>
    public List<string> Requests { get; }

    /// <summary>Writes the report of <paramref name="ledger"/> and opens it at <paramref name="width"/> x
    /// <paramref name="height"/>, offline.</summary>
    public static async Task<OpenedReport> OpenAsync(
        IBrowser browser,
        Ledger ledger,
        ReportOptions options,
        int width = 1280,
        int height = 800
    )
    {
        string folder = Path.Combine(
            Path.GetTempPath(),
            "aidtracker-report-tests-" + Guid.NewGuid().ToString("N")[..12]
        );
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, "report.html");
        await using (FileStream stream = File.Create(file))
        {
            await new ReportBuilder(ledger, options).WriteHtmlAsync(stream);
        }

        IBrowserContext context = await browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height },
                Offline = true,
                JavaScriptEnabled = true, // for the test's own evaluations; the report has no script
            }
        );
        IPage page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return new OpenedReport(folder, page, requests);
    }

    /// <summary>Gets whether the page is wider than its window (a horizontal scroll bar).</summary>
    public Task<bool> ScrollsHorizontallyAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    /// <summary>Names the elements that reach past the window's right edge (for failure messages).</summary>
    public Task<string> OverflowingAsync() =>
        Page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .slice(0, 8).map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
                + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')
            """
        );

    /// <summary>Takes a screenshot of the window and returns it with the share of its pixels that are not white and its
    /// distinct colours (sampled).</summary>
    public async Task<(byte[] Png, double InkShare, int Colours)> ScreenshotAsync()
    {
        byte[] png = await Page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
        using SKBitmap bitmap = SKBitmap.Decode(png);
        int ink = 0;
        int samples = 0;
        var colours = new HashSet<uint>();
        for (int y = 0; y < bitmap.Height; y += 4)
        {
            for (int x = 0; x < bitmap.Width; x += 4)
            {
                SKColor c = bitmap.GetPixel(x, y);
                samples++;
                colours.Add((uint)c);
                if (c.Red < 235 || c.Green < 235 || c.Blue < 235)
                {
                    ink++;
                }
            }
        }

        return (png, (double)ink / samples, colours.Count);
    }

    public async ValueTask DisposeAsync()
    {
        await Page.Context.CloseAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException) { }
    }
}
