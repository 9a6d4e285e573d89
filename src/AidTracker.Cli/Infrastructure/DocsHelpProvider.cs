using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Infrastructure;

/// <summary>Spectre's help, ending with the URL of the command's documentation (<see cref="DocsLinks"/>).</summary>
internal sealed class DocsHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        var path = new List<string>();
        for (ICommandInfo? c = command; c is not null; c = c.Parent)
        {
            path.Insert(0, c.Name);
        }

        return
        [
            .. base.GetFooter(model, command),
            new Text("DOCUMENTATION:\n    " + DocsLinks.ForCommand(string.Join(' ', path)) + "\n"),
        ];
    }
}
