using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Osby.Policy.Routing;

/// <summary>
/// The municipality's function mailboxes and their areas of responsibility (Bilaga 2 of the guideline, as data), the units
/// the rules name, and the managers mail can be addressed to (rules RT-1, RT-2, RT-5, RT-10, RT-11, RT-12, RT-13).
/// </summary>
/// <remarks>
/// <para>The directory is a JSON file the municipality maintains; its format is described in <c>docs/mailbox-directory.md</c>
/// and checked by the JSON Schema <c>src/Osby.Policy/Routing/mailbox-directory.schema.json</c>. <see cref="Load(string)"/>
/// checks every rule and lists every problem with its path and line; a loaded directory is always valid: kommun@osby.se is
/// its one official mailbox, kontaktcenter@osby.se is internal, addresses are unique, every deactivated mailbox redirects
/// to an active one of the directory, and all four <see cref="UnitRole"/>s are present.</para>
/// <para>Instances are immutable and thread-safe. A running service that reloads the file uses <see cref="MailboxDirectorySource"/>.</para>
/// </remarks>
public sealed class MailboxDirectory
{
    /// <summary>The municipality's official address, handled by Kontaktcenter (riktlinjen avsnitt 3.4, RT-1).</summary>
    public const string OfficialAddress = "kommun@osby.se";

    /// <summary>Kontaktcenter's internal address, only for sick reports and phone referrals (riktlinjen avsnitt 3.4, RT-2).</summary>
    public const string KontaktcenterAddress = "kontaktcenter@osby.se";

    /// <summary>The resource name of the example directory in the library assembly.</summary>
    internal const string ExampleResourceName = "Osby.Policy.Routing.mailbox-directory.example.json";

    /// <summary>The resource name of the directory's JSON Schema in the library assembly.</summary>
    internal const string SchemaResourceName = "Osby.Policy.Routing.mailbox-directory.schema.json";

    private static readonly Lazy<MailboxDirectory> LazyExample = new(LoadExample, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, FunctionMailbox> byAddress;
    private readonly FrozenDictionary<UnitRole, UnitContact> byRole;

    internal MailboxDirectory(IEnumerable<FunctionMailbox> mailboxes, IEnumerable<UnitContact> units, IEnumerable<Manager> managers)
    {
        Mailboxes = [.. mailboxes];
        Units = [.. units];
        Managers = [.. managers];
        byAddress = Mailboxes.ToFrozenDictionary(m => m.Address, StringComparer.OrdinalIgnoreCase);
        byRole = Units.ToFrozenDictionary(u => u.Role);
        Official = byAddress[OfficialAddress];
        HasExampleEntries = Mailboxes.Any(m => m.IsExample) || Units.Any(u => u.IsExample) || Managers.Any(m => m.IsExample);
    }

    /// <summary>Gets the example directory shipped with the library: kommun@osby.se and kontaktcenter@osby.se as the guideline names them, and entries marked "EXEMPEL:" for the rest.</summary>
    /// <remarks>Use it for trying things out and in tests; a municipality fills in its own file from it (<c>docs/mailbox-directory.md</c>).</remarks>
    public static MailboxDirectory Example => LazyExample.Value;

    /// <summary>Gets the function mailboxes, active and deactivated, in file order.</summary>
    public IReadOnlyList<FunctionMailbox> Mailboxes { get; }

    /// <summary>Gets the units the rules name, one per <see cref="UnitRole"/>, in the order of that enumeration.</summary>
    public IReadOnlyList<UnitContact> Units { get; }

    /// <summary>Gets the managers, in file order; may be empty.</summary>
    public IReadOnlyList<Manager> Managers { get; }

    /// <summary>Gets the official mailbox, kommun@osby.se.</summary>
    public FunctionMailbox Official { get; }

    /// <summary>Gets a value indicating whether any entry is still marked <c>"example": true</c>; a service can warn that the directory is not filled in.</summary>
    public bool HasExampleEntries { get; }

    /// <summary>Reads and checks a directory file.</summary>
    /// <param name="json">The file's text (JSON).</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="MailboxDirectoryException">The file is not valid; <see cref="MailboxDirectoryException.Problems"/> lists every problem.</exception>
    public static MailboxDirectory Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return MailboxDirectoryReader.Read(System.Text.Encoding.UTF8.GetBytes(json), out IReadOnlyList<MailboxDirectoryProblem> problems)
            ?? throw new MailboxDirectoryException(problems);
    }

    /// <summary>Reads and checks a directory file from a stream of UTF-8 text.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed; a byte-order mark is skipped.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="MailboxDirectoryException">The file is not valid; <see cref="MailboxDirectoryException.Problems"/> lists every problem.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static MailboxDirectory Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return MailboxDirectoryReader.Read(ReadAll(utf8Json), out IReadOnlyList<MailboxDirectoryProblem> problems)
            ?? throw new MailboxDirectoryException(problems);
    }

    /// <summary>Returns the mailbox with an address, ignoring case and surrounding spaces.</summary>
    /// <param name="address">The address, e.g. "Kommun@Osby.se".</param>
    /// <returns>The mailbox, active or deactivated, or null when the directory has none with that address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public FunctionMailbox? Find(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return byAddress.GetValueOrDefault(address.Trim());
    }

    /// <summary>Looks up the mailbox with an address, ignoring case and surrounding spaces.</summary>
    /// <param name="address">The address.</param>
    /// <param name="mailbox">The mailbox, active or deactivated, when found; otherwise null.</param>
    /// <returns>True when the directory has a mailbox with that address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public bool TryFind(string address, [NotNullWhen(true)] out FunctionMailbox? mailbox)
    {
        mailbox = Find(address);
        return mailbox is not null;
    }

    /// <summary>Returns the unit that has a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The unit; every loaded directory has all four.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public UnitContact Unit(UnitRole role) =>
        byRole.TryGetValue(role, out UnitContact? unit)
            ? unit
            : throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown unit role.");

    internal static string ReadResource(string name)
    {
        using Stream stream = typeof(MailboxDirectory).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource \"{name}\" is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static MailboxDirectory LoadExample() => Load(ReadResource(ExampleResourceName));

    private static byte[] ReadAll(Stream stream)
    {
        if (stream is MemoryStream memory && memory.TryGetBuffer(out ArraySegment<byte> buffer))
        {
            byte[] rest = buffer.AsSpan((int)memory.Position).ToArray();
            memory.Position = memory.Length;
            return rest;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
