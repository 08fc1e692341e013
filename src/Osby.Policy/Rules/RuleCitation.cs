using System.Collections.Frozen;

namespace Osby.Policy.Rules;

/// <summary>Where a rule comes from: its id in the rule catalogue and its section of the guideline or its law.</summary>
/// <remarks>
/// Every answer, advice and finding of the library carries one, so a user can be told
/// "Källa: riktlinjen avsnitt 2.1.1" or the law. Instances are immutable and shared; get them with <see cref="For"/>.
/// </remarks>
public sealed class RuleCitation : IEquatable<RuleCitation>
{
    private const string Guideline = "riktlinjen";

    private static readonly string[] Prefixes = ["CAL", "DL", "RT", "RC", "CD"];

    private static readonly FrozenDictionary<string, RuleCitation> ById = Build();

    private RuleCitation(string ruleId, string? section, IReadOnlyList<string> sections, string? law)
    {
        RuleId = ruleId;
        Section = section;
        Sections = sections;
        Law = law;
    }

    /// <summary>Gets every rule of the catalogue, in catalogue order (CAL, DL, RT, RC, CD).</summary>
    public static IReadOnlyList<RuleCitation> All { get; } = [.. ById.Values.OrderBy(c => c.Order)];

    /// <summary>Gets the rule id, e.g. "DL-1".</summary>
    public string RuleId { get; }

    /// <summary>Gets the guideline section that states the rule best, e.g. "2.1.1", or null for a rule from law only.</summary>
    public string? Section { get; }

    /// <summary>Gets every guideline section the rule draws on, e.g. "2", "2.1.1", "5.1"; empty for a rule from law only.</summary>
    public IReadOnlyList<string> Sections { get; }

    /// <summary>Gets the statute (or, for office hours, the municipal decision) the rule rests on, in Swedish, or null when it rests on the guideline alone.</summary>
    public string? Law { get; }

    /// <summary>Gets the source in Swedish for a user: "riktlinjen avsnitt 2.1.1", the law, or both.</summary>
    public string Source => (Section, Law) switch
    {
        (not null, not null) => $"{Guideline} avsnitt {Section} och {Law}",
        (not null, null) => $"{Guideline} avsnitt {Section}",
        _ => Law!,
    };

    private int Order => Array.IndexOf(Prefixes, RuleId[..RuleId.IndexOf('-', StringComparison.Ordinal)]) * 100
        + int.Parse(RuleId[(RuleId.IndexOf('-', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns the citation of a rule.</summary>
    /// <param name="ruleId">A rule id from the catalogue, e.g. "DL-1" (case-insensitive).</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    /// <exception cref="ArgumentException">No rule has that id.</exception>
    public static RuleCitation For(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return ById.TryGetValue(ruleId.Trim(), out RuleCitation? citation)
            ? citation
            : throw new ArgumentException($"There is no rule \"{ruleId}\" in the catalogue.", nameof(ruleId));
    }

    /// <summary>Returns "Källa: riktlinjen avsnitt 2.1.1 (DL-1)".</summary>
    /// <returns>The citation in Swedish.</returns>
    public override string ToString() => $"Källa: {Source} ({RuleId})";

    /// <inheritdoc />
    public bool Equals(RuleCitation? other) => other is not null && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleCitation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(RuleId);

    private static FrozenDictionary<string, RuleCitation> Build()
    {
        // id, primary section, all sections (comma-separated), law. Mirrors shared/domain/RULES.md.
        (string Id, string? Section, string Sections, string? Law)[] rows =
        [
            ("CAL-1", null, "", "lag (1989:253) om allmänna helgdagar"),
            ("CAL-2", null, "", "lag (1989:253) om allmänna helgdagar"),
            ("CAL-3", null, "", "lag (1930:173) om beräkning av lagstadgad tid"),
            ("CAL-4", null, "", "kommunens beslutade öppettider"),
            ("CAL-5", null, "", "lag (1930:173) om beräkning av lagstadgad tid"),
            ("DL-1", "2.1.1", "2, 2.1.1, 5.1, 5.3, 5.4", null),
            ("DL-2", "2.2", "2.2", null),
            ("DL-3", "4", "4", null),
            ("DL-4", "5.4", "5.4", null),
            ("DL-5", "2.3", "2, 2.2, 2.3, 4, 5.2", null),
            ("DL-6", "3.1", "3.1", null),
            ("DL-7", "6", "6", null),
            ("DL-8", null, "", "tryckfrihetsförordningen 2 kap. (JO: normalt samma dag)"),
            ("DL-9", null, "", "förvaltningslagen 22 § och tryckfrihetsförordningen 2 kap. 9 §"),
            ("RT-1", "3.4", "3.4", null),
            ("RT-2", "3.4", "3.4", null),
            ("RT-3", "3.4", "3.4", null),
            ("RT-4", "2.1.2", "2.1.2", null),
            ("RT-5", "2.1.2", "2.1.2", null),
            ("RT-6", "2.1.3", "2.1.3", null),
            ("RT-7", "3.1", "3.1, 3.5", null),
            ("RT-8", "3.1", "3.1", null),
            ("RT-9", "3.2", "3.2", null),
            ("RT-10", "3.3", "3.3", null),
            ("RT-11", "3.3", "3.3", null),
            ("RT-12", "3.5", "3.5, Bilaga 2", null),
            ("RT-13", "5.3", "5.3", null),
            ("RT-14", "5.4", "5.4", null),
            ("RT-15", null, "", "förvaltningslagen 6 §"),
            ("RT-16", "5.3", "5.3", "lag (1998:112) om elektroniska anslagstavlor, 5 §"),
            ("RC-1", "2.1", "2.1", null),
            ("RC-2", "2.1.3", "2.1.3, 3.1", null),
            ("RC-3", "3.2", "3.1, 3.2, 4", null),
            ("RC-4", "5.3", "5.3", null),
            ("RC-5", "5.4", "5.4", null),
            ("RC-6", "5.2", "5.1, 5.2", null),
            ("RC-7", null, "", "offentlighets- och sekretesslagen 5 kap. 1–2 §§"),
            ("RC-8", null, "", "arkivlagen 10 § och kommunens gallringsplan"),
            ("CD-1", "2.2", "2.2", null),
            ("CD-2", "2.3", "2.3", null),
            ("CD-3", "2.3", "2.3", null),
            ("CD-4", "2", "2", null),
            ("CD-5", "2.2", "2, 2.2", null),
            ("CD-6", "2.1.1", "2.1.1, 4", null),
            ("CD-7", "2.2", "2.2", null),
        ];

        return rows.ToFrozenDictionary(
            r => r.Id,
            r => new RuleCitation(
                r.Id,
                r.Section,
                r.Sections.Length == 0 ? [] : r.Sections.Split(", "),
                r.Law),
            StringComparer.OrdinalIgnoreCase);
    }
}
