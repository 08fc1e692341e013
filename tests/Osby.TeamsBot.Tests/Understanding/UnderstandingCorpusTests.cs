using System.Globalization;
using System.Text.Json;
using Osby.Policy.Deadlines;
using Osby.Policy.Guidance;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Understanding;
using Xunit.Abstractions;

namespace Osby.TeamsBot.Tests.Understanding;

/// <summary>Runs the answerer over the labelled corpus of staff messages and reports its accuracy.</summary>
public sealed class UnderstandingCorpusTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.90;

    private static readonly QuestionAnswerer Answerer = new(ServicePolicy.Default, MailboxDirectory.Example, Guideline.Default);

    [Fact]
    public void Answer_OnCorpus_UnderstandsAtLeastNinetyPercent()
    {
        List<CorpusCase> cases = Load();
        var misses = new List<string>();
        int hits = 0, heldOut = 0, heldOutHits = 0;
        foreach (CorpusCase c in cases)
        {
            Answer answer = Answerer.Answer(c.Text, Stockholm.At(c.Now), null);
            (string intent, string value) = Describe(answer);
            bool ok = intent == c.Intent && string.Equals(value, c.Expected, StringComparison.OrdinalIgnoreCase);
            if (!ok && c.Intent == "Routing" && answer is RoutingAnswer r)
            {
                ok = intent == c.Intent && string.Equals(r.Decision.Action.ToString(), c.Expected, StringComparison.Ordinal);
            }

            hits += ok ? 1 : 0;
            heldOut += c.HeldOut ? 1 : 0;
            heldOutHits += c.HeldOut && ok ? 1 : 0;
            if (!ok)
            {
                misses.Add($"MISS{(c.HeldOut ? " (held-out)" : string.Empty)}: \"{c.Text.Replace('\n', ' ')}\" expected {c.Intent}/{c.Expected}, got {intent}/{value}{(answer is RoutingAnswer ra ? $" ({ra.Summary})" : string.Empty)}");
            }
        }

        double accuracy = (double)hits / cases.Count;
        double heldOutAccuracy = heldOut == 0 ? 0 : (double)heldOutHits / heldOut;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Understanding accuracy: {hits}/{cases.Count} = {accuracy * 100:0.0} % (held-out: {heldOutHits}/{heldOut} = {heldOutAccuracy * 100:0.0} %)"));
        misses.ForEach(output.WriteLine);

        cases.Should().HaveCountGreaterThanOrEqualTo(70);
        accuracy.Should().BeGreaterThanOrEqualTo(RequiredAccuracy);
    }

    private static (string Intent, string Value) Describe(Answer answer) => answer switch
    {
        HelpAnswer => ("Help", "help"),
        DeadlineAnswer d => ("Deadline", Stockholm.Format(d.Deadlines[0].Due)),
        DeadlineFormAnswer => ("Deadline", "ask"),
        RoutingAnswer r => ("Routing", r.Decision.Target ?? r.Decision.Action.ToString()),
        RecordsAnswer r => ("Records", r.Advice.Action.ToString()),
        ConductAnswer c when c.Citations.Any(x => x.RuleId == "CD-1") && c.Findings.Count == 0 => ("Conduct", "phone"),
        ConductAnswer c when c.Citations.Any(x => x.RuleId == "CD-2") && c.Findings.Count == 0 && c.Example is not null => ("Conduct", "signature"),
        ConductAnswer c => ("Conduct", c.Findings.Count == 0 ? "none" : string.Join(',', c.Findings.Select(f => f.Kind.ToString()).Distinct().Order(StringComparer.Ordinal))),
        GuidanceAnswer g => ("Guidance", g.Hits.Count > 0 ? g.Hits[0].RuleId : "none"),
        TextAnswer t => ("Text", t.Text),
        _ => ("?", answer.GetType().Name),
    };

    private static List<CorpusCase> Load()
    {
        using Stream stream = typeof(UnderstandingCorpusTests).Assembly.GetManifestResourceStream("Understanding.understanding-corpus.json")
            ?? throw new InvalidOperationException("The corpus is not embedded.");
        using JsonDocument json = JsonDocument.Parse(stream);
        return [.. json.RootElement.GetProperty("cases").EnumerateArray().Select(e => new CorpusCase(
            e.GetProperty("text").GetString()!,
            e.GetProperty("now").GetString()!,
            e.GetProperty("intent").GetString()!,
            e.GetProperty("expected").GetString()!,
            e.TryGetProperty("heldOut", out JsonElement h) && h.GetBoolean()))];
    }

    private sealed record CorpusCase(string Text, string Now, string Intent, string Expected, bool HeldOut);
}
