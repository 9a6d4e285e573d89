using Spectre.Console;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Output;

/// <summary>One line of text that is never wrapped, whatever the console's width: problem lines stay one line each for
/// scripts and editors.</summary>
internal sealed class Line(string text, Style? style = null) : Renderable
{
    protected override Measurement Measure(RenderOptions options, int maxWidth) => new(text.Length, text.Length);

    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
        [new Segment(text, style ?? Style.Plain), Segment.LineBreak];
}
