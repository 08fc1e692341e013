using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using static Osby.Policy.Tests.StockholmTime;

namespace Osby.Policy.Tests.Routing;

/// <summary>A chain's hops as <see cref="ItemEvent"/>s, so <see cref="ServicePolicy"/> evaluates DL-6 and DL-9 on them.</summary>
public sealed partial class ForwardChainTests
{
    private static readonly ServicePolicy Policy = ServicePolicy.Default;

    private static List<Obligation> Confirmations(ForwardChain chain, string now) =>
        [.. Policy.Evaluate(chain.ToItemHistory(Channel.OfficialMailbox), At(now)).Where(o => o.Kind == ObligationKind.ForwardConfirmation)];

    [Fact]
    public void ToItemEvents_MapsForwardsAndAnswersInOrder()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain = Applied(chain.Forward(Kommun, Miljo, At("2026-11-27 14:05"), requestConfirmation: false));
        chain = Applied(chain.Decline(Bygglov, At("2026-11-27 14:30"), "Gäller miljö", Miljo));
        chain = Applied(chain.Confirm(Miljo, At("2026-11-27 15:00")));
        chain = Applied(chain.AppointCaseOfficer("Anna Berg", At("2026-11-27 15:10")));

        chain.ToItemEvents().Select(e => e.ToString()).Should().Equal(
            "Forwarded 2026-11-27T13:05:00Z bygglov@osby.se",
            "Forwarded 2026-11-27T13:05:00Z miljo@osby.se",
            "ForwardDeclined 2026-11-27T13:30:00Z bygglov@osby.se",
            "ForwardConfirmed 2026-11-27T14:00:00Z miljo@osby.se");
        chain.ToItemEvents()[2].Note.Should().Be("Gäller miljö");

        ItemHistory history = chain.ToItemHistory(Channel.OfficialMailbox);
        history.FirstArrival.Should().Be(chain.FirstArrival);
        history.Events.Should().HaveCount(5);
        history.Events[0].Kind.Should().Be(ItemEventKind.Arrived);
    }

    [Fact]
    public void ServicePolicy_ConfirmedHop_ForwardConfirmationIsMet()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-30 09:00")));
        chain = Applied(chain.Confirm(Bygglov, At("2026-11-30 10:15")));

        Obligation confirmation = Confirmations(chain, "2026-11-30 16:00").Should().ContainSingle().Subject;

        confirmation.State.Should().Be(ObligationState.Met);
        confirmation.MetAt.Should().Be(At("2026-11-30 10:15"));
        confirmation.IsLate.Should().BeFalse();
        confirmation.Party.Should().Be(Bygglov);
        confirmation.Rule.RuleId.Should().Be("DL-6");
    }

    [Fact]
    public void ServicePolicy_UnansweredHop_BecomesOverdueAfterFourOfficeHours_AsTheChainWarns()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-30 09:30")));
        chain.Warnings.Should().ContainSingle(w => w.Kind == ForwardChainWarningKind.ConfirmationMissing);

        Confirmations(chain, "2026-11-30 12:00").Single().State.Should().Be(ObligationState.Pending);
        Obligation overdue = Confirmations(chain, "2026-11-30 13:31").Single();
        overdue.State.Should().Be(ObligationState.Overdue);
        Local(overdue.Due).Should().Be("2026-11-30 13:30");
    }

    [Fact]
    public void ServicePolicy_DeclinedHop_IsAnswered_AndTheForwarderStaysResponsible()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-30 09:00")));
        chain = Applied(chain.Decline(Bygglov, At("2026-11-30 09:45"), "Gäller miljö"));

        Obligation declined = Confirmations(chain, "2026-11-30 16:00").Single();

        declined.State.Should().Be(ObligationState.Met);
        declined.Description.Should().Contain("avböjt: Gäller miljö").And.Contain("fortfarande ansvarig");
        chain.Responsible.Should().Be(Kommun);
    }

    [Fact]
    public void ServicePolicy_AdvertisingHop_OwesNoConfirmation()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-30 09:00")));
        chain = Applied(chain.MarkAdvertising(Bygglov, At("2026-11-30 09:10")));

        Confirmations(chain, "2026-12-02 16:00").Single().State.Should().Be(ObligationState.NotApplicable);
        chain.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void ServicePolicy_ForwardedChain_FirstResponseStillRunsFromFirstArrival()
    {
        // DL-9: Friday 15.00 at kommun@osby.se, forwarded twice on Monday; the first response is still due Monday 15.00.
        ForwardChain chain = ForwardChain.Start(Anna, Kommun, At("2026-11-27 15:00"));
        chain = Applied(chain.Forward(Kommun, Bygglov, At("2026-11-30 08:30")));
        chain = Applied(chain.Forward(Bygglov, Miljo, At("2026-11-30 11:00")));

        Obligation first = Policy.Evaluate(chain.ToItemHistory(Channel.OfficialMailbox), At("2026-11-30 12:00"))
            .Single(o => o.Kind == ObligationKind.FirstResponse);
        Local(first.Due).Should().Be("2026-11-30 15:00");
    }
}
