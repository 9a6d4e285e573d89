using System.Globalization;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Runtime.Loader;

namespace AidTracker.Docs.Tests;

/// <summary>
/// Runs a compiled snippet's program with the console captured (standard output is what it prints; standard error is
/// captured apart and not compared, so problems a snippet lists there stay out of the test log), the invariant
/// culture, and its working directory: the repository root, or a temporary copy of the folder its marking names (so
/// a snippet that writes files never writes into the repository). Console and working directory are the process's:
/// the doc tests run one at a time (SnippetRuns).
/// </summary>
public static class SnippetRunner
{
    /// <summary>Runs the program of <paramref name="assembly"/> and returns what it wrote to standard output.</summary>
    /// <param name="assembly">The bytes of a compiled snippet with an entry point.</param>
    /// <param name="root">The repository root.</param>
    /// <param name="folder">The folder of the repository to run in a temporary copy of, or null for the root.</param>
    /// <exception cref="Exception">Whatever the snippet throws, unwrapped.</exception>
    public static string Run(byte[] assembly, string root, string? folder)
    {
        var context = new AssemblyLoadContext("DocSnippet", isCollectible: true);
        string? copy = folder is null ? null : CopyFolder(Path.Combine(root, folder));
        TextWriter stdout = Console.Out;
        TextWriter stderr = Console.Error;
        string directory = Environment.CurrentDirectory;
        CultureInfo culture = CultureInfo.CurrentCulture;
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        try
        {
            Console.SetOut(output);
            Console.SetError(new StringWriter(CultureInfo.InvariantCulture));
            Environment.CurrentDirectory = copy ?? root;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            MethodInfo entry = context.LoadFromStream(new MemoryStream(assembly)).EntryPoint
                ?? throw new InvalidOperationException("The snippet has no entry point (no top-level statements).");
            object?[]? args = entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()];
            entry.Invoke(null, args);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(invocation.InnerException).Throw();
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Environment.CurrentDirectory = directory;
            CultureInfo.CurrentCulture = culture;
            context.Unload();
            if (copy is not null)
            {
                Directory.Delete(copy, recursive: true);
            }
        }

        return output.ToString();
    }

    private static string CopyFolder(string source)
    {
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"The doc-test folder '{source}' does not exist.");
        }

        string target = Path.Combine(Path.GetTempPath(), "aidtracker-doc-test-" + Guid.NewGuid().ToString("N"));
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
