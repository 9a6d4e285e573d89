using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AidTracker.Docs.Tests;

/// <summary>
/// Compiles a doc snippet in memory with Roslyn, as a console app of a user would be compiled: the .NET SDK's implicit
/// usings, nullable enabled, the latest C#, against the framework and the AidTracker packages (the assemblies of this
/// test run, loaded once). A snippet without using directives is a fragment of a program and also gets the packages'
/// namespaces (<see cref="FragmentUsings"/>); one that shows its usings gets only those.
/// </summary>
public static partial class SnippetCompiler
{
    /// <summary>The usings of every snippet: those of a new console app (the SDK's implicit usings).</summary>
    public static readonly ImmutableArray<string> ImplicitUsings =
    [
        "System",
        "System.Collections.Generic",
        "System.IO",
        "System.Linq",
        "System.Net.Http",
        "System.Threading",
        "System.Threading.Tasks",
    ];

    /// <summary>The further usings of a fragment (a snippet that shows no using directive).</summary>
    public static readonly ImmutableArray<string> FragmentUsings =
    [
        "AidTracker",
        "AidTracker.Aggregation",
        "AidTracker.Fts",
        "AidTracker.Iati",
        "AidTracker.Periods",
        "AidTracker.Rates",
        "AidTracker.RateUpdates",
        "AidTracker.Reports",
        "AidTracker.Serialization",
        "AidTracker.Testing",
        "FluentAssertions",
        "NodaTime",
        "System.Text.Json",
    ];

    // As the .NET SDK does (NoWarn CS1701;CS1702): a package built against an older framework's assembly versions.
    private static readonly Dictionary<string, ReportDiagnostic> SdkSuppressedWarnings = new()
    {
        ["CS1701"] = ReportDiagnostic.Suppress,
        ["CS1702"] = ReportDiagnostic.Suppress,
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>Compiles <paramref name="snippet"/> (its setup first): the assembly's bytes, or the compiler's
    /// diagnostics (errors and warnings, at the doc's lines) as <see cref="SnippetCompilation.Errors"/>.</summary>
    public static SnippetCompilation Compile(DocSnippet snippet)
    {
        (string snippetUsings, string snippetBody, int bodyLine) = SplitUsings(snippet.Code, snippet.Line + 1);
        (string setupUsings, string setupBody, int setupBodyLine) = SplitUsings(snippet.Setup, snippet.SetupLine);
        bool fragment = snippetUsings.Length == 0;
        IEnumerable<string> usings = fragment ? ImplicitUsings.Concat(FragmentUsings) : ImplicitUsings;
        var source = new StringBuilder();
        foreach (string name in usings)
        {
            source.Append("global using ").Append(name).Append(";\n");
        }

        string file = snippet.File;
        source.Append($"#line {snippet.Line + 1} \"{file}\"\n").Append(snippetUsings).Append('\n');
        if (snippet.Setup.Length > 0)
        {
            source.Append($"#line {snippet.SetupLine} \"{file}\"\n").Append(setupUsings).Append('\n');
            source.Append($"#line {setupBodyLine} \"{file}\"\n").Append(setupBody).Append('\n');
        }

        source.Append($"#line {bodyLine} \"{file}\"\n").Append(snippetBody).Append('\n');

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(
            source.ToString(),
            parseOptions,
            path: file,
            encoding: Encoding.UTF8
        );
        bool hasStatements = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(
            hasStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            specificDiagnosticOptions: SdkSuppressedWarnings
        );
        CSharpCompilation compilation = CSharpCompilation.Create(
            "DocSnippet_" + Guid.NewGuid().ToString("N"),
            [tree],
            References.Value,
            options
        );
        using var assembly = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(assembly);
        string[] problems = result
            .Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToArray();
        return new SnippetCompilation(
            result.Success && problems.Length == 0 ? assembly.ToArray() : null,
            hasStatements,
            problems
        );
    }

    /// <summary>Splits the leading using directives (and blank or comment lines among them) from the rest.</summary>
    private static (string Usings, string Body, int BodyLine) SplitUsings(string code, int firstLine)
    {
        string[] lines = code.Split('\n');
        int end = 0;
        int lastUsing = -1;
        while (
            end < lines.Length
            && (
                UsingDirective().IsMatch(lines[end])
                || lines[end].Trim().Length == 0
                || lines[end].TrimStart().StartsWith("//", StringComparison.Ordinal)
            )
        )
        {
            if (UsingDirective().IsMatch(lines[end]))
            {
                lastUsing = end;
            }

            end++;
        }

        int split = lastUsing + 1;
        return (string.Join('\n', lines[..split]), string.Join('\n', lines[split..]), firstLine + split);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The trusted platform assemblies: the framework and every assembly of this test run (its deps.json), which
        // includes the AidTracker packages and their dependencies.
        string paths = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return
        [
            .. paths
                .Split(Path.PathSeparator)
                .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && IsManaged(path))
                .Select(path => MetadataReference.CreateFromFile(path)),
        ];
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\s*using\s+(?:static\s+)?[A-Za-z_][\w.]*(?:\s*=\s*[\w.<>, ]+)?\s*;\s*(?://.*)?$")]
    private static partial Regex UsingDirective();
}

/// <summary>The result of compiling a snippet.</summary>
/// <param name="Assembly">The assembly's bytes, or null when it did not compile without warnings.</param>
/// <param name="HasStatements">Whether the snippet has top-level statements (a program to run).</param>
/// <param name="Errors">The compiler's errors and warnings, each with the doc's file and line.</param>
public sealed record SnippetCompilation(byte[]? Assembly, bool HasStatements, IReadOnlyList<string> Errors);
