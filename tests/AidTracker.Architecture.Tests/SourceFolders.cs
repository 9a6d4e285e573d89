using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace AidTracker.Architecture.Tests;

/// <summary>
/// Which source folder each type of an assembly comes from, read from the assembly's portable PDB: the documents of
/// the sequence points of its methods, and for a type without method bodies (an enum, an interface) the
/// TypeDefinitionDocuments record that the compiler writes for it. Nested and compiler-generated types belong to the
/// folder of their outermost declaring type; a partial type to the folder of its files (all in one folder, or the test
/// that uses this fails). Code the build generates is in the folder <c>obj</c>.
/// </summary>
internal static class SourceFolders
{
    /// <summary>The kind of the custom debug information that lists the documents of a type without method
    /// bodies.</summary>
    private static readonly Guid TypeDefinitionDocuments = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, IReadOnlySet<string>>> Cache =
        new();

    /// <summary>
    /// Returns, for each outermost type of <paramref name="assembly"/> that has source (by its reflection full name,
    /// e.g. <c>AidTracker.Money</c>), the folders of its files relative to <paramref name="projectFolder"/>, e.g.
    /// <c>Money</c>; a file outside that folder (a file linked in from another project) is given by its path from
    /// <c>src/</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Of(Assembly assembly, string projectFolder) =>
        Cache.GetOrAdd(assembly, a => Read(a, projectFolder));

    private static Dictionary<string, IReadOnlySet<string>> Read(Assembly assembly, string projectFolder)
    {
        string pdbPath = Path.ChangeExtension(assembly.Location, ".pdb");
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        using MetadataReaderProvider pdbProvider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdbPath));
        MetadataReader metadata = pe.GetMetadataReader();
        MetadataReader pdb = pdbProvider.GetMetadataReader();
        var folders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        foreach (MethodDebugInformationHandle handle in pdb.MethodDebugInformation)
        {
            MethodDebugInformation info = pdb.GetMethodDebugInformation(handle);
            TypeDefinitionHandle type = metadata.GetMethodDefinition(handle.ToDefinitionHandle()).GetDeclaringType();
            if (!info.Document.IsNil)
            {
                Add(folders, metadata, type, Folder(pdb, info.Document, projectFolder));
            }
            else if (!info.SequencePointsBlob.IsNil)
            {
                foreach (SequencePoint point in info.GetSequencePoints())
                {
                    Add(folders, metadata, type, Folder(pdb, point.Document, projectFolder));
                }
            }
        }

        foreach (CustomDebugInformationHandle handle in pdb.CustomDebugInformation)
        {
            CustomDebugInformation information = pdb.GetCustomDebugInformation(handle);
            if (
                information.Parent.Kind != HandleKind.TypeDefinition
                || pdb.GetGuid(information.Kind) != TypeDefinitionDocuments
            )
            {
                continue;
            }

            BlobReader blob = pdb.GetBlobReader(information.Value);
            while (blob.RemainingBytes > 0)
            {
                var document = MetadataTokens.DocumentHandle(blob.ReadCompressedInteger());
                Add(folders, metadata, (TypeDefinitionHandle)information.Parent, Folder(pdb, document, projectFolder));
            }
        }

        // A partial type completed by a source generator (System.Text.Json's context) also has a file under obj/: its
        // folder is that of the files people write.
        foreach (HashSet<string> set in folders.Values.Where(s => s.Count > 1))
        {
            set.Remove("obj");
        }

        return folders.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }

    private static void Add(
        Dictionary<string, HashSet<string>> folders,
        MetadataReader metadata,
        TypeDefinitionHandle type,
        string folder
    )
    {
        TypeDefinition definition = metadata.GetTypeDefinition(type);
        while (definition.IsNested)
        {
            definition = metadata.GetTypeDefinition(definition.GetDeclaringType());
        }

        string ns = metadata.GetString(definition.Namespace);
        string name = (ns.Length > 0 ? ns + "." : string.Empty) + metadata.GetString(definition.Name);
        if (!folders.TryGetValue(name, out HashSet<string>? set))
        {
            folders[name] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(folder);
    }

    /// <summary>The folder of a document: <c>Money</c> for <c>.../src/AidTracker/Money/Money.cs</c>.</summary>
    private static string Folder(MetadataReader pdb, DocumentHandle handle, string projectFolder)
    {
        string path = pdb.GetString(pdb.GetDocument(handle).Name).Replace('\\', '/');
        string marker = "/src/" + projectFolder + "/";
        int at = path.LastIndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            int src = path.LastIndexOf("/src/", StringComparison.Ordinal);
            return src < 0 ? path : path[(src + 5)..path.LastIndexOf('/')];
        }

        string relative = path[(at + marker.Length)..];
        int slash = relative.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? string.Empty : relative[..slash];
    }
}
