using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Osby.Policy;
using Osby.Policy.Routing;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Tests.Storage;

namespace Osby.TeamsBot.Tests.Items;

/// <summary>The stored chain is the library's chain: any operations, recorded and read back after a restart (RT-7, RT-8, DL-6).</summary>
/// <remarks>
/// Apart from <see cref="ItemLedgerTests"/> because FsCheck.Xunit initialises an <see cref="IAsyncLifetime"/> test class
/// without disposing it, which left that class's database behind; each example here opens and deletes its own.
/// </remarks>
public sealed class ItemLedgerPropertyTests
{
    private const string PropertySender = "invanare@example.se";

    // A small pool, so that operations often meet someone twice; "BYGGLOV@OSBY.SE" checks that case is ignored.
    private static readonly string[] PropertyParties =
        ["kommun@osby.se", "bygglov@osby.se", "miljo@osby.se", "socialtjanst@osby.se", "anna.berg@osby.se", "BYGGLOV@OSBY.SE", PropertySender];

    private static readonly string[] PropertyReasons = ["Gäller miljö", "Fel förvaltning", "Inte vårt område"];

    private enum ChainOp
    {
        Forward,
        Confirm,
        Decline,
        MarkAdvertising,
    }

    private static Arbitrary<ChainScenario> ChainScenarios { get; } =
        Gen.Elements("kommun@osby.se", "kontaktcenter@osby.se", "bygglov@osby.se")
            .SelectMany(_ => Gen.Choose(0, 20).SelectMany(n => ChainSteps().ArrayOf(n)), (receiver, steps) => new ChainScenario(receiver, steps))
            .ToArbitrary();

    [Property(MaxTest = 30)]
    public Property RecordAsync_AnyChainOperations_StoredAndReloadedAfterARestart_GiveTheLibrarysChain() =>
        Prop.ForAll(ChainScenarios, scenario => SameChainAsInMemory(scenario));

    private static Gen<ChainStep> ChainSteps() =>
        from op in Gen.Frequency(
            (5, Gen.Constant(ChainOp.Forward)),
            (2, Gen.Constant(ChainOp.Confirm)),
            (2, Gen.Constant(ChainOp.Decline)),
            (1, Gen.Constant(ChainOp.MarkAdvertising)))
        from a in Gen.Choose(0, 20)
        from b in Gen.Choose(0, 20)
        from holder in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from minutes in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 600)))
        from reason in Gen.Choose(0, 5)
        select new ChainStep(op, a, b, holder, minutes, reason);

    private static bool SameChainAsInMemory(ChainScenario scenario) =>
        SameChainAsInMemoryAsync(scenario).GetAwaiter().GetResult();

    private static async Task<bool> SameChainAsInMemoryAsync(ChainScenario scenario)
    {
        await using var database = new TestDatabase();
        ItemLedger ledger = await database.OpenLedgerAsync();
        Actor api = Actor.System("property");
        Instant start = TestDatabase.Now - Duration.FromDays(30);
        ItemChangeResult registered = await ledger.RegisterAsync(
            new ItemArrival(Channel.FunctionMailbox, start, PropertySender, SenderCategory.Resident, null, scenario.FirstReceiver, 1, null), api, default);
        long id = registered.Item!.Id;

        ForwardChain memory = ForwardChain.Start(PropertySender, scenario.FirstReceiver, start);
        Instant at = start;
        foreach (ChainStep step in scenario.Steps)
        {
            at += Duration.FromMinutes(step.Minutes);
            string Pick(int i) => step.Holder ? memory.Recipients[i % memory.Recipients.Count] : PropertyParties[i % PropertyParties.Length];
            string reason = step.Reason < PropertyReasons.Length ? PropertyReasons[step.Reason] : PropertyReasons[0];
            string? suggestion = step.Reason % 2 == 0 ? PropertyParties[step.B % PropertyParties.Length] : null;
            (ForwardChainResult expected, ItemChange change) = step.Op switch
            {
                ChainOp.Forward => (memory.Forward(Pick(step.A), PropertyParties[step.B % PropertyParties.Length], at),
                    new ItemChange(TrackedEventKind.Forwarded, at, Party: PropertyParties[step.B % PropertyParties.Length], Forwarder: Pick(step.A))),
                ChainOp.Confirm => (memory.Confirm(Pick(step.A), at), new ItemChange(TrackedEventKind.ForwardConfirmed, at, Party: Pick(step.A))),
                ChainOp.Decline => (memory.Decline(Pick(step.A), at, reason, suggestion),
                    new ItemChange(TrackedEventKind.ForwardDeclined, at, Party: Pick(step.A), Note: reason, SuggestedRecipient: suggestion)),
                _ => (memory.MarkAdvertising(Pick(step.A), at), new ItemChange(TrackedEventKind.MarkedAsAdvertising, at, Party: Pick(step.A))),
            };

            ItemChangeResult recorded = await ledger.RecordAsync(id, change, api, default);

            recorded.Status.Should().Be(
                expected.Status switch
                {
                    ForwardChainStatus.Applied => ChangeStatus.Applied,
                    ForwardChainStatus.AlreadyRecorded => ChangeStatus.AlreadyRecorded,
                    _ => ChangeStatus.Refused,
                },
                $"{step} gave {expected}");
            if (expected.Status == ForwardChainStatus.Refused)
            {
                recorded.RuleId.Should().Be(expected.Rule!.RuleId);
            }

            memory = expected.Chain;
        }

        ItemLedger restarted = await database.RestartAsync();
        ForwardChain stored = (await restarted.FindAsync(id, default))!.Chain;
        stored.Responsible.Should().BeEquivalentTo(memory.Responsible);
        stored.Recipients.Should().Equal(memory.Recipients, (s, m) => Parties.Same(s, m));
        stored.Hops.Should().HaveCount(memory.Hops.Count);
        for (int i = 0; i < memory.Hops.Count; i++)
        {
            ForwardHop s = stored.Hops[i];
            ForwardHop m = memory.Hops[i];
            Parties.Same(s.From, m.From).Should().BeTrue($"hop {i} from {s.From} / {m.From}");
            Parties.Same(s.To, m.To).Should().BeTrue($"hop {i} to {s.To} / {m.To}");
            (s.At, s.Outcome, s.AnsweredAt, s.Reason).Should().Be((m.At, m.Outcome, m.AnsweredAt, m.Reason), $"hop {i}");
            (s.SuggestedRecipient is null).Should().Be(m.SuggestedRecipient is null);
            if (m.SuggestedRecipient is not null)
            {
                Parties.Same(s.SuggestedRecipient, m.SuggestedRecipient).Should().BeTrue();
            }
        }

        return true;
    }

    /// <summary>A chain: the first receiver and the operations.</summary>
    private sealed record ChainScenario(string FirstReceiver, ChainStep[] Steps)
    {
        public override string ToString() => $"{FirstReceiver}: {string.Join(", ", Steps.Select(s => s.ToString()))}";
    }

    /// <summary>One operation: who (indexes into the recipients or the pool), how many minutes after the previous one, which reason.</summary>
    private sealed record ChainStep(ChainOp Op, int A, int B, bool Holder, int Minutes, int Reason);
}
