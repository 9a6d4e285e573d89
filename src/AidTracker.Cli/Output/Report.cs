using Spectre.Console;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Output;

/// <summary>
/// A command's finished result, built completely before anything is written (so a failure writes nothing): either
/// renderables for people (tables, lines) or a text document (JSON, CSV).
/// </summary>
internal sealed class Report
{
    private readonly IReadOnlyList<IRenderable>? _parts;
    private readonly string? _text;

    private Report(IReadOnlyList<IRenderable>? parts, string? text)
    {
        _parts = parts;
        _text = text;
    }

    public static Report Renderables(IReadOnlyList<IRenderable> parts) => new(parts, null);

    public static Report Text(string text) => new(null, text);

    /// <summary>Writes the report to a console: renderables through Spectre, text verbatim (never wrapped).</summary>
    public void WriteTo(IAnsiConsole console)
    {
        if (_text is not null)
        {
            console.Profile.Out.Writer.Write(_text);
            console.Profile.Out.Writer.Flush();
            return;
        }

        foreach (IRenderable part in _parts!)
        {
            console.Write(part);
        }
    }

    /// <summary>Returns the report as plain text (no colours), tables rendered <paramref name="width"/> columns wide at
    /// most.</summary>
    public string ToPlainText(int width = 200)
    {
        if (_text is not null)
        {
            return _text;
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        IAnsiConsole console = PlainConsole.Create(writer, width);
        WriteTo(console);
        return writer.ToString();
    }
}
