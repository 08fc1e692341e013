using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using static Osby.Policy.Tests.Calendar.CalendarGenerators;

namespace Osby.Policy.Tests.Routing;

/// <summary>Invariants of forward chains over random sequences of operations (RT-7, RT-8, RT-9, DL-6, DL-9).</summary>
public sealed partial class ForwardChainTests
{
    private const string Sender = "invanare@example.se";

    // A small pool, so that random operations often meet someone twice; "BYGGLOV@OSBY.SE" tests case-insensitivity.
    private static readonly string[] Parties =
        ["kommun@osby.se", "bygglov@osby.se", "miljo@osby.se", "socialtjanst@osby.se", "kultur@osby.se", "anna.berg@osby.se", "BYGGLOV@OSBY.SE", Sender];

    private static readonly string[] People = ["Anna Berg", "Bo Ek", "anna berg", "Cecilia Lind"];

    private static readonly string[] Reasons = ["Gäller miljö", "Fel förvaltning", "Inte vårt område"];

    private static readonly StringComparer PartyComparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>What a random operation does.</summary>
    private enum OpKind
    {
        Forward,
        Confirm,
        Decline,
        MarkAdvertising,
        Appoint,
    }

    /// <summary>A random chain: the start and the operations, each some minutes (possibly none) after the last recorded time.</summary>
    private static Arbitrary<Scenario> Scenarios { get; } =
        AnyInstant.Generator
            .SelectMany(_ => Gen.Elements("kommun@osby.se", "kontaktcenter@osby.se", "bygglov@osby.se"), (start, receiver) => (start, receiver))
            .SelectMany(_ => Gen.Choose(0, 30).SelectMany(n => Operations().ArrayOf(n)), (s, ops) => new Scenario(s.start, s.receiver, ops))
            .ToArbitrary();

    private static Gen<Op> Operations() =>
        from kind in Gen.Frequency(
            (5, Gen.Constant(OpKind.Forward)),
            (2, Gen.Constant(OpKind.Confirm)),
            (2, Gen.Constant(OpKind.Decline)),
            (1, Gen.Constant(OpKind.MarkAdvertising)),
            (1, Gen.Constant(OpKind.Appoint)))
        from a in Gen.Choose(0, 20)
        from b in Gen.Choose(0, 20)
        from holder in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from ask in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from minutes in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 600)))
        from reason in Gen.Choose(0, 5)
        select new Op(kind, a, b, holder, ask, minutes, reason);

    [Property(MaxTest = 400)]
    public Property Chain_AnyOperations_OriginalSenderIsAlwaysTheFirstHopsSender() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            foreach (Step step in scenario.Run())
            {
                ForwardChain chain = step.Result.Chain;
                chain.Hops[0].From.Should().Be(Sender, step.ToString());
                chain.OriginalSender.Should().Be(Sender);
                chain.Hops[0].IsArrival.Should().BeTrue();
                chain.Hops.Skip(1).All(h => !h.IsArrival).Should().BeTrue();
                chain.FirstArrival.Should().Be(scenario.Start, "the first arrival travels with the chain (DL-9)");
                chain.PathTo(chain.Recipients[^1])[0].Should().Be(Sender, "the last recipient sees the original sender (RT-8)");
            }
        });

    [Property(MaxTest = 400)]
    public Property Chain_AnyOperations_NoRecipientAppearsTwice_AndOnlyRecipientsForward() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            foreach (Step step in scenario.Run())
            {
                ForwardChain chain = step.Result.Chain;
                chain.Recipients.Should().Equal(chain.Hops.Select(h => h.To));
                chain.Recipients.Distinct(PartyComparer).Should().HaveCount(chain.Recipients.Count, step.ToString());
                chain.Recipients.Should().NotContain(r => PartyComparer.Equals(r, Sender));
                for (int i = 1; i < chain.Hops.Count; i++)
                {
                    chain.Hops.Take(i).Should().Contain(h => PartyComparer.Equals(h.To, chain.Hops[i].From), "only someone who received the item forwards it");
                    chain.Hops[i].At.Should().BeGreaterThanOrEqualTo(chain.Hops[i - 1].At, "hops are in time order");
                }
            }
        });

    [Property(MaxTest = 400)]
    public Property Chain_AnyOperations_ExactlyOneResponsible_TheFirstReceiverOrTheLastToConfirm() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            string expected = scenario.FirstReceiver;
            foreach (Step step in scenario.Run())
            {
                ForwardChain chain = step.Result.Chain;
                if (step.Op.Kind == OpKind.Confirm && step.Result.Status == ForwardChainStatus.Applied)
                {
                    expected = step.Result.Hop!.To;
                }

                chain.Responsible.Should().Be(expected, step.ToString());
                chain.Recipients.Count(r => PartyComparer.Equals(r, chain.Responsible)).Should().Be(1);
                bool firstReceiver = chain.Responsible == chain.FirstReceiver;
                bool confirmed = chain.Hops.Any(h => !h.IsArrival && h.Outcome == HopOutcome.Handling && h.To == chain.Responsible);
                (firstReceiver ^ confirmed).Should().BeTrue("the responsible party is the first receiver or a recipient who confirmed handling");
                chain.ResponsibleSince.Should().Be(firstReceiver ? chain.FirstArrival : chain.Hops.Single(h => h.To == chain.Responsible).AnsweredAt!.Value);
            }
        });

    [Property(MaxTest = 400)]
    public Property Chain_RefusedOrRepeatedOperations_LeaveTheChainUnchanged() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            foreach (Step step in scenario.Run())
            {
                ForwardChainResult result = step.Result;
                switch (result.Status)
                {
                    case ForwardChainStatus.Applied:
                        result.Chain.Should().NotBeSameAs(step.Before);
                        result.Chain.LastActivity.Should().Be(step.At);
                        result.Refusal.Should().Be(ForwardRefusal.None);
                        (result.Message, result.Rule).Should().Be((null, null));
                        break;
                    case ForwardChainStatus.AlreadyRecorded:
                        result.Chain.Should().BeSameAs(step.Before, step.ToString());
                        result.Refusal.Should().Be(ForwardRefusal.None);
                        result.Message.Should().EndWith($"({result.Rule!.RuleId}).");
                        break;
                    default:
                        result.Chain.Should().BeSameAs(step.Before, step.ToString());
                        result.Refusal.Should().NotBe(ForwardRefusal.None);
                        result.Rule.Should().NotBeNull();
                        result.Message.Should().EndWith($"({result.Rule!.RuleId}).");
                        break;
                }

                Snapshot(step.Before).Should().Be(step.BeforeSnapshot, "a chain never changes once made");

                // The same answer or appointment again (a double click) is recorded once.
                if (result.Status == ForwardChainStatus.Applied && step.Op.Kind != OpKind.Forward)
                {
                    ForwardChainResult again = scenario.Apply(result.Chain, step.Op with { Minutes = 0 }, step.Before).Result;
                    again.Status.Should().Be(ForwardChainStatus.AlreadyRecorded, step.ToString());
                    again.Chain.Should().BeSameAs(result.Chain);
                }
            }
        });

    [Property(MaxTest = 300)]
    public Property Chain_AnyOperations_ServicePolicyAgreesWithTheHops() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            ForwardChain chain = scenario.Final();
            var forwards = chain.Hops.Skip(1).ToList();
            chain.ToItemEvents().Should().HaveCount(forwards.Count + forwards.Count(h => !h.IsOpen));

            var confirmations = ServicePolicy.Default.Evaluate(chain.ToItemHistory(Channel.OfficialMailbox), chain.LastActivity)
                .Where(o => o.Kind == ObligationKind.ForwardConfirmation).ToList();
            if (forwards.Count == 0)
            {
                confirmations.Should().ContainSingle().Which.State.Should().Be(ObligationState.NotApplicable);
                return;
            }

            bool routine = forwards.Exists(h => h.Outcome == HopOutcome.Advertising);
            confirmations.Select(o => o.Party).Should().Equal(forwards.Select(h => h.To));
            foreach ((ForwardHop hop, Obligation obligation) in forwards.Zip(confirmations))
            {
                if (hop.Outcome is HopOutcome.Handling or HopOutcome.WrongRecipient)
                {
                    (obligation.State, obligation.MetAt).Should().Be((ObligationState.Met, hop.AnsweredAt), hop.ToString());
                }
                else if (routine)
                {
                    obligation.State.Should().Be(ObligationState.NotApplicable, "advertising owes no confirmation (DL-6, RC-2)");
                }
                else
                {
                    obligation.State.Should().BeOneOf(ObligationState.Pending, ObligationState.DueSoon, ObligationState.Overdue);
                }
            }
        });

    [Property(MaxTest = 400)]
    public Property Chain_AnyOperations_WarningsMatchTheHopsAndCiteTheirRules() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            foreach (Step step in scenario.Run())
            {
                ForwardChain chain = step.Result.Chain;
                foreach (ForwardChainWarning warning in chain.Warnings)
                {
                    warning.Rule.RuleId.Should().Be(warning.Kind == ForwardChainWarningKind.ConfirmationMissing ? "DL-6" : "RT-7");
                    warning.Message.Should().EndWith($"({warning.Rule.RuleId}).");
                    warning.Parties.Should().NotBeEmpty();
                }

                chain.Warnings.Where(w => w.Kind == ForwardChainWarningKind.ConfirmationMissing).SelectMany(w => w.Parties)
                    .Should().Equal(chain.Hops.Where(h => !h.IsArrival && h.IsOpen && h.ConfirmationRequested).Select(h => h.To), step.ToString());
                chain.Warnings.Where(w => w.Kind == ForwardChainWarningKind.ConfirmationNotRequested).SelectMany(w => w.Parties)
                    .Should().Equal(chain.Hops.Where(h => !h.IsArrival && h.IsOpen && !h.ConfirmationRequested).Select(h => h.To));
                if (chain.CaseOfficers.Count > 0 || chain.Hops.Count(h => !h.IsArrival && h.IsOpen) < 2)
                {
                    chain.Warnings.Should().NotContain(w => w.Kind == ForwardChainWarningKind.ForwardedToSeveralWithoutCaseOfficer);
                }

                chain.CaseOfficers.Select(c => c.Name).Distinct(PartyComparer).Should().HaveCount(chain.CaseOfficers.Count);
            }
        });

    [Property(MaxTest = 200)]
    public Property Operations_AtRandomEarlierTimes_AlwaysThrow() =>
        Prop.ForAll(Scenarios, Gen.Elements(Enum.GetValues<OpKind>()).ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (scenario, kind, a) =>
        {
            ForwardChain chain = scenario.Final();
            var op = new Op(kind, a, a + 1, Holder: true, RequestConfirmation: true, Minutes: 0, Reason: 0);
            Instant earlier = chain.LastActivity - Duration.FromMinutes(1);
            FluentActions.Invoking(() => scenario.Apply(chain, op, chain, earlier)).Should().Throw<ArgumentException>().WithParameterName("at");
        });

    private static string Snapshot(ForwardChain chain) =>
        $"{chain} | {string.Join("; ", chain.Hops.Select(h => $"{h} {h.AnsweredAt} {h.Reason} {h.SuggestedRecipient}"))} | {string.Join(", ", chain.CaseOfficers)}";

    /// <summary>One random operation: party indexes (into the chain's recipients when <paramref name="Holder"/>, else into
    /// the pool), whether to ask for confirmation, minutes after the last recorded time, and a reason index.</summary>
    private sealed record Op(OpKind Kind, int A, int B, bool Holder, bool RequestConfirmation, int Minutes, int Reason);

    /// <summary>An operation as applied: the chain before, its snapshot, the time and the result.</summary>
    private sealed record Step(Op Op, ForwardChain Before, string BeforeSnapshot, Instant At, ForwardChainResult Result)
    {
        public override string ToString() => $"{Op} on [{BeforeSnapshot}] → {Result}";
    }

    /// <summary>A random chain's start and operations.</summary>
    private sealed record Scenario(Instant Start, string FirstReceiver, Op[] Ops)
    {
        public IEnumerable<Step> Run()
        {
            ForwardChain chain = ForwardChain.Start(Sender, FirstReceiver, Start);
            foreach (Op op in Ops)
            {
                Step step = Apply(chain, op, chain);
                yield return step;
                chain = step.Result.Chain;
            }
        }

        public ForwardChain Final() => Run().LastOrDefault()?.Result.Chain ?? ForwardChain.Start(Sender, FirstReceiver, Start);

        /// <summary>Applies <paramref name="op"/> to <paramref name="chain"/>, choosing parties from <paramref name="partiesFrom"/>.</summary>
        public Step Apply(ForwardChain chain, Op op, ForwardChain partiesFrom, Instant? at = null)
        {
            Instant when = at ?? chain.LastActivity + Duration.FromMinutes(op.Minutes);
            string Party(int i) => op.Holder ? partiesFrom.Recipients[i % partiesFrom.Recipients.Count] : Parties[i % Parties.Length];
            string snapshot = Snapshot(chain);
            ForwardChainResult result = op.Kind switch
            {
                OpKind.Forward => chain.Forward(Party(op.A), Parties[op.B % Parties.Length], when, op.RequestConfirmation),
                OpKind.Confirm => chain.Confirm(Party(op.A), when),
                OpKind.Decline => chain.Decline(Party(op.A), when, Reasons[op.Reason % Reasons.Length], op.Reason % 2 == 0 ? null : Parties[op.B % Parties.Length]),
                OpKind.MarkAdvertising => chain.MarkAdvertising(Party(op.A), when),
                _ => chain.AppointCaseOfficer(People[op.A % People.Length], when),
            };
            return new Step(op, chain, snapshot, when, result);
        }

        public override string ToString() => $"{Start} {FirstReceiver}: {string.Join(", ", Ops.Select(o => o.ToString()))}";
    }
}
