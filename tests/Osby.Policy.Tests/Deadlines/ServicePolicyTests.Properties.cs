using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Osby.Policy.Deadlines;
using static Osby.Policy.Tests.Calendar.CalendarGenerators;

namespace Osby.Policy.Tests.Deadlines;

/// <summary>Invariants of obligations over time (DL-1, DL-6, DL-9).</summary>
public sealed partial class ServicePolicyTests
{
    private static readonly Arbitrary<Channel> Channels = Gen.Elements(Enum.GetValues<Channel>()).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property FirstResponse_WithNoEvents_StateOnlyWorsensAsTimePasses() =>
        Prop.ForAll(AnyInstant, Gen.Choose(0, 60 * 24 * 10).ToArbitrary(), Gen.Choose(0, 60 * 24 * 10).ToArbitrary(), (arrival, m1, m2) =>
        {
            var history = ItemHistory.Start(arrival, Channel.PersonalEmail);
            Instant earlier = arrival + Duration.FromMinutes(Math.Min(m1, m2));
            Instant later = arrival + Duration.FromMinutes(Math.Max(m1, m2));
            ObligationState a = Get(Policy.Evaluate(history, earlier), ObligationKind.FirstResponse).State;
            ObligationState b = Get(Policy.Evaluate(history, later), ObligationKind.FirstResponse).State;
            return a <= b && a is >= ObligationState.Pending and <= ObligationState.Overdue;
        });

    [Property(MaxTest = 300)]
    public Property FirstResponse_DueIsOneWorkingDayOfOfficeTimeAfterArrival() =>
        Prop.ForAll(AnyInstant, arrival =>
        {
            Obligation first = Get(Policy.Evaluate(ItemHistory.Start(arrival, Channel.EService), arrival), ObligationKind.FirstResponse);
            return first.Due > arrival
                && Policy.Clock.WorkingTimeBetween(arrival, first.Due!.Value) == Policy.ResponseWindow
                && first.DueSoonAt <= first.Due && first.DueSoonAt > arrival;
        });

    [Property(MaxTest = 300)]
    public Property Forwarding_NeverMovesTheResponseDeadlines() =>
        Prop.ForAll(AnyInstant, Channels, Gen.Choose(1, 60 * 24 * 5).ToArbitrary(), (arrival, channel, minutes) =>
        {
            var history = ItemHistory.Start(arrival, channel);
            var forwarded = history.With(ItemEvent.Forwarded(arrival + Duration.FromMinutes(minutes), "registrator@osby.se"));
            Instant now = arrival + Duration.FromMinutes(minutes);
            var before = Policy.Evaluate(history, now).Where(o => o.Kind != ObligationKind.ForwardConfirmation).Select(o => (o.Kind, o.Due, o.State));
            var after = Policy.Evaluate(forwarded, now).Where(o => o.Kind != ObligationKind.ForwardConfirmation).Select(o => (o.Kind, o.Due, o.State));
            return before.SequenceEqual(after);
        });

    [Property(MaxTest = 200)]
    public Property Evaluate_IsAPureFunctionOfHistoryAndNow() =>
        Prop.ForAll(AnyInstant, Channels, (arrival, channel) =>
        {
            var history = ItemHistory.Start(arrival, channel).With(ItemEvent.Forwarded(arrival + Duration.FromHours(2), "kommun@osby.se"));
            Instant now = arrival + Duration.FromDays(2);
            var first = Policy.Evaluate(history, now).Select(o => o.ToString());
            var second = Policy.Evaluate(ItemHistory.From(history.Events.Reverse()), now).Select(o => o.ToString());
            return first.SequenceEqual(second);
        });
}
