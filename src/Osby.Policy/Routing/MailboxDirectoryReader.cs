using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Osby.Policy.Routing;

/// <summary>Reads and checks a directory file (see <c>docs/mailbox-directory.md</c>), collecting every problem with its path and line.</summary>
/// <remarks>
/// The checks mirror <c>mailbox-directory.schema.json</c> (fields, types, kinds, e-mail and date shapes, what an active or
/// deactivated mailbox needs) and add what a schema cannot say: addresses unique regardless of case, redirects that end in
/// an active mailbox of the directory, real calendar dates, and keywords that leave terms after Swedish normalization.
/// </remarks>
internal sealed partial class MailboxDirectoryReader
{
    /// <summary>The e-mail shape, the same as <c>$defs.email.pattern</c> in the schema: ASCII, no spaces, a dotted domain.</summary>
    internal const string EmailPattern =
        "^[A-Za-z0-9_%+'-]+(\\.[A-Za-z0-9_%+'-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$";

    private static readonly string[] RootFields = ["$schema", "units", "mailboxes", "managers"];
    private static readonly string[] UnitFields = ["name", "address", "example"];
    private static readonly string[] ContactFields = ["name", "email"];
    private static readonly string[] AreaFields = ["name", "keywords"];
    private static readonly string[] ManagerFields = ["name", "email", "unit", "role", "teamsUpn", "example"];
    private static readonly string[] MailboxFields =
        ["address", "name", "owner", "kind", "areas", "registrators", "substitute", "active", "redirectTo", "redirectUntil", "example"];

    private static readonly FrozenDictionary<string, MailboxKind> Kinds = new Dictionary<string, MailboxKind>(StringComparer.Ordinal)
    {
        ["official"] = MailboxKind.Official,
        ["internal"] = MailboxKind.Internal,
        ["central"] = MailboxKind.Central,
        ["unit"] = MailboxKind.Unit,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ManagerRole> Roles = new Dictionary<string, ManagerRole>(StringComparer.Ordinal)
    {
        ["manager"] = ManagerRole.Manager,
        ["headOfAdministration"] = ManagerRole.HeadOfAdministration,
        ["presidium"] = ManagerRole.Presidium,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly (string Key, UnitRole Role, string Swedish, string English)[] UnitKeys =
    [
        ("kontaktcenter", UnitRole.Kontaktcenter, "Kontaktcenter, som hanterar kommun@osby.se", "Kontaktcenter, which handles kommun@osby.se"),
        ("kanslienheten", UnitRole.Kanslienheten, "Kanslienheten, som konsulteras vid osäkerhet", "Kanslienheten, consulted when unsure"),
        ("kommunikationsenheten", UnitRole.Kommunikationsenheten, "Kommunikationsenheten, för sociala medier", "Kommunikationsenheten, for social media"),
        ("huvudregistrator", UnitRole.ChiefRegistrator, "huvudregistratorn på kommunstyrelseförvaltningen", "the chief registrator at kommunstyrelseförvaltningen"),
    ];

    private readonly List<MailboxDirectoryProblem> problems = [];
    private readonly JsonLineMap map;

    private MailboxDirectoryReader(JsonLineMap map) => this.map = map;

    /// <summary>Reads a directory file.</summary>
    /// <param name="utf8Json">The file's bytes as UTF-8; a byte-order mark is skipped.</param>
    /// <param name="problems">Every problem found, in file order; empty when the directory is returned.</param>
    /// <returns>The directory, or null when there is a problem.</returns>
    internal static MailboxDirectory? Read(ReadOnlyMemory<byte> utf8Json, out IReadOnlyList<MailboxDirectoryProblem> problems)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8Json.Span.StartsWith(bom))
        {
            utf8Json = utf8Json[bom.Length..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            problems = [SyntaxProblem(ex)];
            return null;
        }

        using (document)
        {
            var reader = new MailboxDirectoryReader(new JsonLineMap(utf8Json.Span));
            MailboxDirectory? directory = reader.ReadRoot(document.RootElement);
            problems = [.. reader.problems.OrderBy(p => p.Line ?? int.MaxValue)];
            return problems.Count == 0 ? directory : null;
        }
    }

    [GeneratedRegex(EmailPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex Email();

    private static MailboxDirectoryProblem SyntaxProblem(JsonException ex)
    {
        int? line = ex.LineNumber is { } l ? (int)l + 1 : null;
        string where = ex.LineNumber is { } n && ex.BytePositionInLine is { } b
            ? string.Create(CultureInfo.InvariantCulture, $" på rad {n + 1}, tecken {b + 1}")
            : string.Empty;
        return new MailboxDirectoryProblem(
            string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path,
            line,
            $"Filen är inte giltig JSON{where}. Vanliga orsaker: ett kommatecken saknas eller står efter sista elementet, "
            + "ett citattecken saknas, eller en kommentar (// …), som JSON inte tillåter.",
            "The file is not valid JSON: " + ex.Message);
    }

    private static string Quote(string text) => "\"" + text + "\"";

    private void Add(string path, string swedish, string english) =>
        problems.Add(new MailboxDirectoryProblem(path, map.LineOf(path), swedish, english));

    private MailboxDirectory? ReadRoot(JsonElement root)
    {
        foreach ((string path, int line) in map.Duplicates)
        {
            problems.Add(new MailboxDirectoryProblem(
                path, line, "Fältet står två gånger i samma objekt.", "The field appears twice in the same object."));
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            Add("$", "Filen ska innehålla ett JSON-objekt { … } med units, mailboxes och managers.",
                "The file must hold a JSON object { … } with units, mailboxes and managers.");
            return null;
        }

        CheckFields(root, "$", RootFields);
        if (root.TryGetProperty("$schema", out JsonElement schema) && schema.ValueKind != JsonValueKind.String)
        {
            Add("$.$schema", "Fältet \"$schema\" ska vara en text: var schemat finns.", "The field \"$schema\" must be a string: the schema's location.");
        }

        Dictionary<UnitRole, UnitContact>? units = ReadUnits(root);
        List<MailboxDraft>? drafts = ReadMailboxes(root);
        List<Manager> managers = ReadManagers(root);
        if (drafts is not null)
        {
            CheckMailboxes(drafts);
        }

        if (problems.Count > 0 || units is null || drafts is null)
        {
            return null;
        }

        return new MailboxDirectory(
            drafts.Select(d => d.Build()),
            UnitKeys.Select(u => units[u.Role]),
            managers);
    }

    private Dictionary<UnitRole, UnitContact>? ReadUnits(JsonElement root)
    {
        const string path = "$.units";
        if (!Member(root, "$", "units", JsonValueKind.Object, required: true, out JsonElement element))
        {
            return null;
        }

        var units = new Dictionary<UnitRole, UnitContact>();
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!Array.Exists(UnitKeys, u => u.Key == property.Name))
            {
                string keys = string.Join(", ", UnitKeys.Select(u => u.Key));
                Add(path + JsonLineMap.Segment(property.Name),
                    $"Okänd enhet {Quote(property.Name)}; tillåtna är {keys}.{Hint(property.Name, UnitKeys.Select(u => u.Key))}",
                    $"Unknown unit {Quote(property.Name)}; expected {keys}.{EnglishHint(property.Name, UnitKeys.Select(u => u.Key))}");
            }
        }

        foreach ((string key, UnitRole role, string swedish, string english) in UnitKeys)
        {
            string unitPath = path + "." + key;
            if (!element.TryGetProperty(key, out JsonElement unit))
            {
                Add(unitPath, $"Enheten {Quote(key)} saknas: {swedish}.", $"The unit {Quote(key)} is missing: {english}.");
                continue;
            }

            if (!IsObject(unit, unitPath))
            {
                continue;
            }

            CheckFields(unit, unitPath, UnitFields);
            string? name = Text(unit, unitPath, "name", required: true);
            string? address = EmailField(unit, unitPath, "address", required: true);
            bool example = Bool(unit, unitPath, "example") ?? false;
            if (name is not null && address is not null)
            {
                units[role] = new UnitContact(role, name, address, example);
            }
        }

        return units;
    }

    /// <summary>Reads the mailboxes; null when the list is missing or not a list (then the checks across mailboxes are skipped).</summary>
    private List<MailboxDraft>? ReadMailboxes(JsonElement root)
    {
        var drafts = new List<MailboxDraft>();
        if (!Member(root, "$", "mailboxes", JsonValueKind.Array, required: true, out JsonElement array))
        {
            return null;
        }

        int index = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string path = "$.mailboxes" + JsonLineMap.Index(index++);
            if (IsObject(element, path))
            {
                drafts.Add(ReadMailbox(element, path));
            }
        }

        return drafts;
    }

    private MailboxDraft ReadMailbox(JsonElement element, string path)
    {
        CheckFields(element, path, MailboxFields);
        var draft = new MailboxDraft(path)
        {
            Address = EmailField(element, path, "address", required: true),
            Name = Text(element, path, "name", required: true),
            Owner = Text(element, path, "owner", required: true),
            Kind = Enum(element, path, "kind", Kinds, "official, internal, central, unit"),
            Areas = ReadAreas(element, path),
            Registrators = ReadContacts(element, path),
            Substitute = Member(element, path, "substitute", JsonValueKind.Object, required: false, out JsonElement substitute)
                ? ReadContact(substitute, path + ".substitute")
                : null,
            Active = Bool(element, path, "active"),
            HasActive = element.TryGetProperty("active", out _),
            HasRedirectTo = element.TryGetProperty("redirectTo", out _),
            RedirectTo = EmailField(element, path, "redirectTo", required: false),
            HasRedirectUntil = element.TryGetProperty("redirectUntil", out _),
            RedirectUntil = Date(element, path, "redirectUntil"),
            IsExample = Bool(element, path, "example") ?? false,
        };

        bool? active = draft.HasActive ? draft.Active : true;
        if (active == true)
        {
            foreach ((bool present, string field) in new[] { (draft.HasRedirectTo, "redirectTo"), (draft.HasRedirectUntil, "redirectUntil") })
            {
                if (present)
                {
                    Add(path + "." + field,
                        $"En aktiv brevlåda vidarekopplas inte: ta bort {field} eller ange \"active\": false.",
                        $"An active mailbox does not redirect: remove {field} or set \"active\": false.");
                }
            }

            if (draft.Registrators is { Count: 0 })
            {
                Add(path + ".registrators",
                    "En aktiv brevlåda behöver minst en registrator eller administratör som läser den (riktlinjen avsnitt 3.3).",
                    "An active mailbox needs at least one registrator or administrator who reads it (guideline section 3.3).");
            }

            if (draft.Kind == MailboxKind.Central && draft.Areas is { Count: 0 })
            {
                Add(path + ".areas",
                    "En central funktionsbrevlåda behöver minst ett ansvarsområde med sökord (Bilaga 2).",
                    "A central function mailbox needs at least one area of responsibility with keywords (Bilaga 2).");
            }
        }
        else if (active == false)
        {
            if (!draft.HasRedirectTo)
            {
                Add(path + ".redirectTo",
                    "En inaktiverad brevlåda ska vidarekopplas till en annan brevlåda under en övergångsperiod (riktlinjen avsnitt 3.3): ange redirectTo.",
                    "A deactivated mailbox must redirect to another mailbox for a transition period (guideline section 3.3): give redirectTo.");
            }

            if (!draft.HasRedirectUntil)
            {
                Add(path + ".redirectUntil",
                    "Ange sista dagen för vidarekopplingen (redirectUntil, ÅÅÅÅ-MM-DD).",
                    "Give the last day of the redirect (redirectUntil, yyyy-MM-dd).");
            }
        }

        return draft;
    }

    /// <summary>Reads an optional list; returns an empty list when it is absent and null when it is malformed.</summary>
    private List<ResponsibilityArea>? ReadAreas(JsonElement mailbox, string mailboxPath)
    {
        if (!mailbox.TryGetProperty("areas", out _))
        {
            return [];
        }

        if (!Member(mailbox, mailboxPath, "areas", JsonValueKind.Array, required: true, out JsonElement array))
        {
            return null;
        }

        var areas = new List<ResponsibilityArea>();
        bool complete = true;
        int index = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string path = mailboxPath + ".areas" + JsonLineMap.Index(index++);
            ResponsibilityArea? area = IsObject(element, path) ? ReadArea(element, path) : null;
            if (area is null)
            {
                complete = false;
            }
            else
            {
                areas.Add(area);
            }
        }

        return complete ? areas : null;
    }

    private ResponsibilityArea? ReadArea(JsonElement element, string path)
    {
        CheckFields(element, path, AreaFields);
        string? name = Text(element, path, "name", required: true);
        if (!Member(element, path, "keywords", JsonValueKind.Array, required: true, out JsonElement array))
        {
            return null;
        }

        var keywords = new List<string>();
        bool complete = true;
        int index = 0;
        foreach (JsonElement keyword in array.EnumerateArray())
        {
            string keywordPath = path + ".keywords" + JsonLineMap.Index(index++);
            if (TextValue(keyword, keywordPath) is { } text)
            {
                keywords.Add(text);
            }
            else
            {
                complete = false;
            }
        }

        if (index == 0)
        {
            Add(path + ".keywords",
                "Ansvarsområdet saknar sökord: ange minst ett ord som personalen använder för det.",
                "The area has no keywords: give at least one word staff use for it.");
            return null;
        }

        if (name is null || !complete)
        {
            return null;
        }

        // The keywords' terms are computed here, once, and kept with the area for the router.
        var area = new ResponsibilityArea(name, keywords);
        bool matchable = true;
        for (int i = 0; i < keywords.Count; i++)
        {
            if (area.KeywordTerms[i].IsEmpty)
            {
                Add(path + ".keywords" + JsonLineMap.Index(i),
                    $"Sökordet {Quote(keywords[i])} består bara av småord (som \"och\", \"att\") och kan aldrig matcha något.",
                    $"The keyword {Quote(keywords[i])} consists only of stop words and can never match.");
                matchable = false;
            }
        }

        return matchable ? area : null;
    }

    /// <summary>Reads the optional registrators; returns an empty list when absent and null when malformed.</summary>
    private List<Contact>? ReadContacts(JsonElement mailbox, string mailboxPath)
    {
        if (!mailbox.TryGetProperty("registrators", out _))
        {
            return [];
        }

        if (!Member(mailbox, mailboxPath, "registrators", JsonValueKind.Array, required: true, out JsonElement array))
        {
            return null;
        }

        var contacts = new List<Contact>();
        bool complete = true;
        int index = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string path = mailboxPath + ".registrators" + JsonLineMap.Index(index++);
            Contact? contact = IsObject(element, path) ? ReadContact(element, path) : null;
            complete &= contact is not null;
            if (contact is not null)
            {
                contacts.Add(contact);
            }
        }

        return complete ? contacts : null;
    }

    private Contact? ReadContact(JsonElement element, string path)
    {
        if (!IsObject(element, path))
        {
            return null;
        }

        CheckFields(element, path, ContactFields);
        int before = problems.Count;
        string? name = Text(element, path, "name", required: true);
        string? email = EmailField(element, path, "email", required: false);
        return problems.Count == before ? new Contact(name!, email) : null;
    }

    private List<Manager> ReadManagers(JsonElement root)
    {
        var managers = new List<Manager>();
        if (!Member(root, "$", "managers", JsonValueKind.Array, required: false, out JsonElement array))
        {
            return managers;
        }

        int index = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string path = "$.managers" + JsonLineMap.Index(index++);
            if (!IsObject(element, path))
            {
                continue;
            }

            CheckFields(element, path, ManagerFields);
            int before = problems.Count;
            string? name = Text(element, path, "name", required: true);
            string? email = EmailField(element, path, "email", required: true);
            string? unit = Text(element, path, "unit", required: true);
            ManagerRole? role = Enum(element, path, "role", Roles, "manager, headOfAdministration, presidium");
            string? upn = EmailField(element, path, "teamsUpn", required: false);
            bool example = Bool(element, path, "example") ?? false;
            if (problems.Count == before)
            {
                managers.Add(new Manager(name!, email!, unit!, role!.Value, upn, example));
            }
        }

        return managers;
    }

    /// <summary>The checks across mailboxes: unique addresses, the two addresses the guideline names, redirects.</summary>
    private void CheckMailboxes(List<MailboxDraft> drafts)
    {
        var byAddress = new Dictionary<string, MailboxDraft>(StringComparer.OrdinalIgnoreCase);
        foreach (MailboxDraft draft in drafts.Where(d => d.Address is not null))
        {
            if (!byAddress.TryAdd(draft.Address!, draft))
            {
                MailboxDraft first = byAddress[draft.Address!];
                string at = map.LineOf(first.Path) is { } line ? string.Create(CultureInfo.InvariantCulture, $"rad {line}, ") : string.Empty;
                string atEnglish = map.LineOf(first.Path) is { } l ? string.Create(CultureInfo.InvariantCulture, $"line {l}, ") : string.Empty;
                Add(draft.Path + ".address",
                    $"Adressen {draft.Address} finns redan i katalogen ({at}{first.Path}); varje brevlåda ska stå en gång.",
                    $"The address {draft.Address} is already in the directory ({atEnglish}{first.Path}); list each mailbox once.");
            }
        }

        CheckNamedMailbox(
            byAddress,
            MailboxDirectory.OfficialAddress,
            MailboxKind.Official,
            "kommun@osby.se saknas: kommunens officiella adress ska stå i katalogen, med \"kind\": \"official\" (riktlinjen avsnitt 3.4).",
            "kommun@osby.se is missing: the municipality's official address must be listed with \"kind\": \"official\" (guideline section 3.4).",
            "kommun@osby.se är kommunens officiella adress, den första och enda vägen in; den ska ha \"kind\": \"official\" (riktlinjen avsnitt 3.4).",
            "kommun@osby.se is the municipality's official address, the first and only way in; it must have \"kind\": \"official\" (guideline section 3.4).");
        CheckNamedMailbox(
            byAddress,
            MailboxDirectory.KontaktcenterAddress,
            MailboxKind.Internal,
            "kontaktcenter@osby.se saknas: Kontaktcenters interna brevlåda ska stå i katalogen, med \"kind\": \"internal\" (riktlinjen avsnitt 3.4).",
            "kontaktcenter@osby.se is missing: Kontaktcenter's internal mailbox must be listed with \"kind\": \"internal\" (guideline section 3.4).",
            "kontaktcenter@osby.se är intern och endast för sjukanmälan och telefonhänvisningar; den ska ha \"kind\": \"internal\" (riktlinjen avsnitt 3.4).",
            "kontaktcenter@osby.se is internal and only for sick reports and phone referrals; it must have \"kind\": \"internal\" (guideline section 3.4).");

        foreach (MailboxDraft draft in drafts.Where(d => d.Kind == MailboxKind.Official && d.Address is not null
            && !string.Equals(d.Address, MailboxDirectory.OfficialAddress, StringComparison.OrdinalIgnoreCase)))
        {
            Add(draft.Path + ".kind",
                $"Bara kommun@osby.se får ha \"kind\": \"official\"; {draft.Address} ska vara central, internal eller unit.",
                $"Only kommun@osby.se may have \"kind\": \"official\"; {draft.Address} must be central, internal or unit.");
        }

        foreach (MailboxDraft draft in drafts.Where(d => d.HasActive && d.Active == false && d.RedirectTo is not null && d.Address is not null))
        {
            string path = draft.Path + ".redirectTo";
            if (string.Equals(draft.RedirectTo, draft.Address, StringComparison.OrdinalIgnoreCase))
            {
                Add(path, "Brevlådan vidarekopplas till sig själv.", "The mailbox redirects to itself.");
            }
            else if (!byAddress.TryGetValue(draft.RedirectTo!, out MailboxDraft? target))
            {
                Add(path,
                    $"{draft.RedirectTo} finns inte i katalogen: vidarekoppla till en aktiv brevlåda som står med i den.",
                    $"{draft.RedirectTo} is not in the directory: redirect to an active mailbox listed in it.");
            }
            else if (target.HasActive && target.Active == false)
            {
                Add(path,
                    $"{draft.RedirectTo} är också inaktiverad: vidarekoppla direkt till en aktiv brevlåda, annars blir det en kedja eller en slinga.",
                    $"{draft.RedirectTo} is deactivated too: redirect straight to an active mailbox, or the redirects form a chain or a loop.");
            }
        }
    }

    private void CheckNamedMailbox(
        Dictionary<string, MailboxDraft> byAddress,
        string address,
        MailboxKind kind,
        string missingSwedish,
        string missingEnglish,
        string kindSwedish,
        string kindEnglish)
    {
        if (!byAddress.TryGetValue(address, out MailboxDraft? draft))
        {
            Add("$.mailboxes", missingSwedish, missingEnglish);
            return;
        }

        if (draft.Kind is { } actual && actual != kind)
        {
            Add(draft.Path + ".kind", kindSwedish, kindEnglish);
        }

        if (draft.HasActive && draft.Active == false)
        {
            Add(draft.Path + ".active",
                $"{address} får inte inaktiveras: riktlinjen (avsnitt 3.4) namnger den.",
                $"{address} may not be deactivated: the guideline (section 3.4) names it.");
        }
    }

    private void CheckFields(JsonElement element, string path, string[] allowed)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                Add(path + JsonLineMap.Segment(property.Name),
                    $"Okänt fält {Quote(property.Name)}.{Hint(property.Name, allowed)}",
                    $"Unknown field {Quote(property.Name)}.{EnglishHint(property.Name, allowed)}");
            }
        }
    }

    /// <summary>Returns " Menade du "address"?" when a known name differs from what was written only in case or by a typo.</summary>
    private static string Hint(string written, IEnumerable<string> known) => Suggest(written, known) switch
    {
        null => string.Empty,
        string match when string.Equals(match, written, StringComparison.OrdinalIgnoreCase) => $" Menade du {Quote(match)}? Stora och små bokstäver räknas.",
        string match => $" Menade du {Quote(match)}?",
    };

    private static string EnglishHint(string written, IEnumerable<string> known) => Suggest(written, known) switch
    {
        null => string.Empty,
        string match when string.Equals(match, written, StringComparison.OrdinalIgnoreCase) => $" Did you mean {Quote(match)}? Names are case-sensitive.",
        string match => $" Did you mean {Quote(match)}?",
    };

    private static string? Suggest(string written, IEnumerable<string> known) =>
        known.FirstOrDefault(k => string.Equals(k, written, StringComparison.OrdinalIgnoreCase))
        ?? (written.Length >= 4 ? known.FirstOrDefault(k => EditDistance(k.ToUpperInvariant(), written.ToUpperInvariant()) <= 2) : null);

    /// <summary>The Levenshtein distance between two short names.</summary>
    private static int EditDistance(string a, string b)
    {
        int[] previous = new int[b.Length + 1];
        int[] row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                row[j] = Math.Min(substitution, Math.Min(previous[j], row[j - 1]) + 1);
            }

            (previous, row) = (row, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Returns "Fältet "name"" for a property path and "Värdet" for an array element, to start a message with.</summary>
    private static string Subject(string path) => path.EndsWith(']') ? "Värdet" : $"Fältet {Quote(LastName(path))}";

    private static string EnglishSubject(string path) => path.EndsWith(']') ? "The value" : $"The field {Quote(LastName(path))}";

    private static string LastName(string path) => path[(path.LastIndexOf('.') + 1)..];

    /// <summary>Gets a member of an object with the expected kind; reports it missing (when required) or of the wrong kind.</summary>
    private bool Member(JsonElement parent, string parentPath, string name, JsonValueKind kind, bool required, out JsonElement value)
    {
        string path = parentPath + "." + name;
        if (!parent.TryGetProperty(name, out value))
        {
            if (required)
            {
                Add(path, $"Fältet {Quote(name)} saknas.", $"The field {Quote(name)} is missing.");
            }

            return false;
        }

        return kind switch
        {
            JsonValueKind.Object => IsObject(value, path),
            JsonValueKind.Array => IsArray(value, path),
            _ => true,
        };
    }

    private bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Add(path, $"{Subject(path)} ska vara ett objekt {{ … }}.", $"{EnglishSubject(path)} must be an object {{ … }}.");
        return false;
    }

    private bool IsArray(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return true;
        }

        Add(path, $"{Subject(path)} ska vara en lista [ … ].", $"{EnglishSubject(path)} must be an array [ … ].");
        return false;
    }

    private string? Text(JsonElement parent, string parentPath, string name, bool required) =>
        Member(parent, parentPath, name, JsonValueKind.String, required, out JsonElement value)
            ? TextValue(value, parentPath + "." + name)
            : null;

    private string? TextValue(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Add(path, $"{Subject(path)} ska vara en text inom citattecken.", $"{EnglishSubject(path)} must be a string.");
            return null;
        }

        string text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(path, $"{Subject(path)} får inte vara tomt.", $"{EnglishSubject(path)} must not be empty.");
            return null;
        }

        return text.Trim();
    }

    private string? EmailField(JsonElement parent, string parentPath, string name, bool required)
    {
        if (!Member(parent, parentPath, name, JsonValueKind.String, required, out JsonElement value))
        {
            return null;
        }

        string path = parentPath + "." + name;
        if (value.ValueKind != JsonValueKind.String)
        {
            Add(path, $"{Subject(path)} ska vara en e-postadress inom citattecken.", $"{EnglishSubject(path)} must be an e-mail address as a string.");
            return null;
        }

        string text = value.GetString()!;
        if (!Email().IsMatch(text))
        {
            Add(path,
                $"{Quote(text)} är ingen giltig e-postadress (som namn@osby.se, utan mellanslag och å, ä, ö).",
                $"{Quote(text)} is not a valid e-mail address (like name@osby.se, without spaces or non-ASCII letters).");
            return null;
        }

        return text;
    }

    private bool? Bool(JsonElement parent, string parentPath, string name)
    {
        if (!parent.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Add(parentPath + "." + name, $"Fältet {Quote(name)} ska vara true eller false, utan citattecken.", $"The field {Quote(name)} must be true or false, without quotes.");
        return null;
    }

    private LocalDate? Date(JsonElement parent, string parentPath, string name)
    {
        if (!Member(parent, parentPath, name, JsonValueKind.String, required: false, out JsonElement value))
        {
            return null;
        }

        string path = parentPath + "." + name;
        ParseResult<LocalDate>? result = value.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(value.GetString()!) : null;
        if (result is not { Success: true })
        {
            string text = value.ValueKind == JsonValueKind.String ? Quote(value.GetString()!) : value.GetRawText();
            Add(path, $"{text} är inget giltigt datum (ÅÅÅÅ-MM-DD, t.ex. 2026-12-31).", $"{text} is not a valid date (yyyy-MM-dd, e.g. 2026-12-31).");
            return null;
        }

        return result.Value;
    }

    private T? Enum<T>(JsonElement parent, string parentPath, string name, FrozenDictionary<string, T> values, string allowed)
        where T : struct
    {
        if (!Member(parent, parentPath, name, JsonValueKind.String, required: true, out JsonElement value))
        {
            return null;
        }

        string path = parentPath + "." + name;
        if (value.ValueKind == JsonValueKind.String && values.TryGetValue(value.GetString()!, out T result))
        {
            return result;
        }

        string text = value.ValueKind == JsonValueKind.String ? Quote(value.GetString()!) : value.GetRawText();
        string written = value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        Add(path,
            $"Okänt värde {text}; tillåtna är {allowed}.{Hint(written, values.Keys)}",
            $"Unknown value {text}; expected {allowed}.{EnglishHint(written, values.Keys)}");
        return null;
    }

    /// <summary>What was read of one mailbox entry; null fields were missing or invalid (and reported).</summary>
    private sealed class MailboxDraft(string path)
    {
        public string Path { get; } = path;

        public string? Address { get; init; }

        public string? Name { get; init; }

        public string? Owner { get; init; }

        public MailboxKind? Kind { get; init; }

        public List<ResponsibilityArea>? Areas { get; init; }

        public List<Contact>? Registrators { get; init; }

        public Contact? Substitute { get; init; }

        public bool? Active { get; init; }

        public bool HasActive { get; init; }

        public string? RedirectTo { get; init; }

        public bool HasRedirectTo { get; init; }

        public LocalDate? RedirectUntil { get; init; }

        public bool HasRedirectUntil { get; init; }

        public bool IsExample { get; init; }

        /// <summary>Creates the mailbox; only called when no problem was found, so every field is set.</summary>
        public FunctionMailbox Build() => new(
            Address!, Name!, Owner!, Kind!.Value, Areas!, Registrators!, Substitute, Active ?? true, RedirectTo, RedirectUntil, IsExample);
    }
}
