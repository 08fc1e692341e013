using Osby.Policy.Deadlines;
using static Osby.Policy.Tests.StockholmTime;

namespace Osby.Policy.Tests.Deadlines;

/// <summary>Obligations computed from an item's history (DL-1 … DL-9), with the examples of RULES.md.</summary>
public sealed partial class ServicePolicyTests
{
    private static readonly ServicePolicy Policy = ServicePolicy.Default;
    private static readonly DateTimeZone Stockholm = StockholmTime.Zone;

    private static Obligation Get(IReadOnlyList<Obligation> obligations, ObligationKind kind) =>
        obligations.Should().ContainSingle(o => o.Kind == kind).Subject;

    private static Obligation Evaluate(ItemHistory history, string now, ObligationKind kind, ServicePolicy? policy = null) =>
        Get((policy ?? Policy).Evaluate(history, At(now)), kind);

    [Theory]
    [InlineData("2026-11-30 14:00", "2026-12-01 14:00")] // RULES.md DL-1: Monday 14:00 → Tuesday 14:00
    [InlineData("2026-11-27 15:00", "2026-11-30 15:00")] // Friday 15:00 → Monday 15:00
    [InlineData("2026-11-28 10:00", "2026-11-30 16:30")] // Saturday → Monday at closing
    [InlineData("2026-12-23 16:00", "2026-12-28 16:00")] // over Christmas
    public void FirstResponse_WorkingTimeMode_DueAfterOneWorkingDayOfOfficeTime(string arrival, string due)
    {
        var history = ItemHistory.Start(At(arrival), Channel.OfficialMailbox);
        Local(Evaluate(history, arrival, ObligationKind.FirstResponse).Due).Should().Be(due);
    }

    [Theory]
    [InlineData("2026-11-30 14:00", "2026-12-01 16:30")]
    [InlineData("2026-11-27 15:00", "2026-11-30 16:30")]
    [InlineData("2026-11-28 10:00", "2026-11-30 16:30")]
    [InlineData("2026-11-30 07:00", "2026-12-01 16:30")] // before opening: still the next working day
    [InlineData("2026-12-23 10:00", "2026-12-28 16:30")]
    public void FirstResponse_EndOfNextWorkingDayMode_DueAtClosingOfNextWorkingDay(string arrival, string due)
    {
        var policy = Policy.WithReplyMode(ReplyMode.EndOfNextWorkingDay);
        var history = ItemHistory.Start(At(arrival), Channel.FunctionMailbox);
        Local(Evaluate(history, arrival, ObligationKind.FirstResponse, policy).Due).Should().Be(due);
    }

    [Theory]
    [InlineData("2026-11-30 14:00", ObligationState.Pending)]
    [InlineData("2026-12-01 07:00", ObligationState.Pending)]
    [InlineData("2026-12-01 09:00", ObligationState.Pending)]
    [InlineData("2026-12-01 11:52", ObligationState.Pending)] // 75 % of 8 h 30 = 6 h 22 min 30 s: 2 h 30 Monday + Tuesday 08:00–11:52:30
    [InlineData("2026-12-01 11:53", ObligationState.DueSoon)]
    [InlineData("2026-12-01 14:00", ObligationState.DueSoon)] // exactly at the due time
    [InlineData("2026-12-01 14:01", ObligationState.Overdue)]
    public void FirstResponse_WithoutAnyResponse_MovesFromPendingToDueSoonToOverdue(string now, ObligationState expected)
    {
        var history = ItemHistory.Start(At("2026-11-30 14:00"), Channel.PersonalEmail);
        Obligation first = Evaluate(history, now, ObligationKind.FirstResponse);
        first.State.Should().Be(expected);
        Local(first.DueSoonAt).Should().Be("2026-12-01 11:52");
        first.Rule.RuleId.Should().Be("DL-1");
    }

    [Fact]
    public void FirstResponse_AcknowledgementIsEnough_AndLateAnswerIsMarkedLate()
    {
        var acknowledged = ItemHistory.Start(At("2026-11-30 14:00"), Channel.EService)
            .With(ItemEvent.Acknowledged(At("2026-12-01 09:00"), At("2026-12-04 12:00")));
        Obligation onTime = Evaluate(acknowledged, "2026-12-02 09:00", ObligationKind.FirstResponse);
        onTime.State.Should().Be(ObligationState.Met);
        onTime.IsLate.Should().BeFalse();

        var late = ItemHistory.Start(At("2026-11-30 14:00"), Channel.EService).With(ItemEvent.Answered(At("2026-12-02 09:00")));
        Obligation lateAnswer = Evaluate(late, "2026-12-02 10:00", ObligationKind.FirstResponse);
        lateAnswer.State.Should().Be(ObligationState.Met);
        lateAnswer.IsLate.Should().BeTrue();
    }

    [Fact]
    public void FirstResponse_ForwardedLater_StillRunsFromFirstArrival()
    {
        // DL-9: kontaktcenter forwards Tuesday morning; the deadline stays Tuesday 14:00.
        var history = ItemHistory.Start(At("2026-11-30 14:00"), Channel.OfficialMailbox)
            .With(ItemEvent.Forwarded(At("2026-12-01 10:00"), "bygglov@osby.se"));
        Local(Evaluate(history, "2026-12-01 10:00", ObligationKind.FirstResponse).Due).Should().Be("2026-12-01 14:00");
    }

    [Theory]
    [InlineData("2026-11-27 17:00", "2026-11-30 16:30")] // left Friday evening → Monday closing
    [InlineData("2026-11-30 10:00", "2026-12-01 16:30")] // left Monday morning → Tuesday closing
    [InlineData("2026-12-23 12:00", "2026-12-28 16:30")] // left the day before julafton
    public void Callback_Voicemail_DueAtClosingOfNextWorkingDay(string left, string due)
    {
        var history = ItemHistory.Start(At(left), Channel.Voicemail);
        IReadOnlyList<Obligation> obligations = Policy.Evaluate(history, At(left));
        Local(Get(obligations, ObligationKind.Callback).Due).Should().Be(due);
        Get(obligations, ObligationKind.Callback).Rule.RuleId.Should().Be("DL-2");
        Get(obligations, ObligationKind.FirstResponse).State.Should().Be(ObligationState.NotApplicable);
    }

    [Fact]
    public void StatusUpdate_FollowsTheLatestPromise_UntilAnswered()
    {
        var history = ItemHistory.Start(At("2026-11-30 09:00"), Channel.FunctionMailbox);
        Evaluate(history, "2026-11-30 10:00", ObligationKind.StatusUpdate).State.Should().Be(ObligationState.NotApplicable);

        history = history.With(ItemEvent.Acknowledged(At("2026-11-30 10:00"), At("2026-12-04 12:00")));
        Obligation promised = Evaluate(history, "2026-12-02 10:00", ObligationKind.StatusUpdate);
        (promised.State, Local(promised.Due), promised.Rule.RuleId).Should().Be((ObligationState.Pending, "2026-12-04 12:00", "DL-3"));
        Evaluate(history, "2026-12-04 12:01", ObligationKind.StatusUpdate).State.Should().Be(ObligationState.Overdue);

        history = history.With(ItemEvent.PromiseRenewed(At("2026-12-04 11:00"), At("2026-12-09 12:00")));
        Local(Evaluate(history, "2026-12-04 12:01", ObligationKind.StatusUpdate).Due).Should().Be("2026-12-09 12:00");
        Evaluate(history, "2026-12-04 12:01", ObligationKind.StatusUpdate).State.Should().Be(ObligationState.Pending);

        history = history.With(ItemEvent.Answered(At("2026-12-08 15:00")));
        Evaluate(history, "2026-12-10 09:00", ObligationKind.StatusUpdate).State.Should().Be(ObligationState.Met);
    }

    [Fact]
    public void SefosPurge_ThirtyFiveCalendarDaysAfterLatestActivity_WithWarnings()
    {
        var history = ItemHistory.Start(At("2026-11-02 10:15"), Channel.Sefos);
        Obligation purge = Evaluate(history, "2026-11-02 10:15", ObligationKind.SefosPurge);

        Local(purge.Due).Should().Be("2026-12-07 10:15");
        purge.Warnings.Select(w => Local(w)).Should().Equal("2026-11-30 10:15", "2026-12-04 10:15"); // 7 days, 1 working day before
        purge.State.Should().Be(ObligationState.Pending);
        Evaluate(history, "2026-11-30 10:15", ObligationKind.SefosPurge).State.Should().Be(ObligationState.DueSoon);
        Evaluate(history, "2026-12-07 10:16", ObligationKind.SefosPurge).State.Should().Be(ObligationState.Overdue);

        // New activity restarts the 35 days; registering after the latest activity meets the obligation.
        history = history.With(ItemEvent.SefosActivity(At("2026-11-20 13:00")));
        Local(Evaluate(history, "2026-11-21 09:00", ObligationKind.SefosPurge).Due).Should().Be("2026-12-25 13:00");
        history = history.With(ItemEvent.Registered(At("2026-11-23 09:00"), "SOC 2026-77"));
        Evaluate(history, "2026-11-24 09:00", ObligationKind.SefosPurge).State.Should().Be(ObligationState.Met);
    }

    [Fact]
    public void SefosPurge_AcrossTheAutumnClockChange_KeepsLocalTime()
    {
        var history = ItemHistory.Start(At("2026-10-20 10:00"), Channel.Sefos);
        Local(Evaluate(history, "2026-10-20 10:00", ObligationKind.SefosPurge).Due).Should().Be("2026-11-24 10:00");
    }

    [Fact]
    public void SefosPurge_RegisteredBeforeNewActivity_IsOwedAgain()
    {
        var history = ItemHistory.Start(At("2026-11-02 10:15"), Channel.Sefos)
            .With(ItemEvent.Registered(At("2026-11-03 09:00"), "SOC 2026-77"))
            .With(ItemEvent.SefosActivity(At("2026-11-10 09:00")));
        Evaluate(history, "2026-11-11 09:00", ObligationKind.SefosPurge).State.Should().Be(ObligationState.Pending);
    }

    [Fact]
    public void ForwardConfirmation_EachForwardHasItsOwnWindow()
    {
        var history = ItemHistory.Start(At("2026-11-30 09:00"), Channel.OfficialMailbox)
            .With(ItemEvent.Forwarded(At("2026-11-30 15:00"), "bygglov@osby.se"))
            .With(ItemEvent.Forwarded(At("2026-11-30 15:10"), "Anna Andersson"))
            .With(ItemEvent.ForwardConfirmed(At("2026-12-01 09:00"), "BYGGLOV@osby.se"))
            .With(ItemEvent.ForwardDeclined(At("2026-12-01 11:00"), "Anna Andersson", "Gäller miljö, inte bygglov"));

        var confirmations = Policy.Evaluate(history, At("2026-12-01 12:00")).Where(o => o.Kind == ObligationKind.ForwardConfirmation).ToList();

        confirmations.Should().HaveCount(2);
        (confirmations[0].Party, Local(confirmations[0].Due), confirmations[0].State, confirmations[0].IsLate)
            .Should().Be(("bygglov@osby.se", "2026-12-01 10:30", ObligationState.Met, false)); // 1 h 30 Monday + 2 h 30 Tuesday
        (confirmations[1].Party, confirmations[1].State, confirmations[1].IsLate).Should().Be(("Anna Andersson", ObligationState.Met, true));
        confirmations[1].Description.Should().Contain("avböjt").And.Contain("fortfarande ansvarig");
        confirmations[0].Rule.RuleId.Should().Be("DL-6");
    }

    [Fact]
    public void ForwardConfirmation_Unconfirmed_BecomesOverdue()
    {
        var history = ItemHistory.Start(At("2026-11-30 09:00"), Channel.OfficialMailbox)
            .With(ItemEvent.Forwarded(At("2026-11-30 09:30"), "socialtjanst@osby.se"));
        Evaluate(history, "2026-11-30 12:29", ObligationKind.ForwardConfirmation).State.Should().Be(ObligationState.Pending);
        Evaluate(history, "2026-11-30 12:31", ObligationKind.ForwardConfirmation).State.Should().Be(ObligationState.DueSoon); // 75 % of 4 h
        Evaluate(history, "2026-11-30 13:31", ObligationKind.ForwardConfirmation).State.Should().Be(ObligationState.Overdue);
    }

    [Theory]
    [InlineData("2026-12-01 10:00", "2026-12-01 16:30")] // same day
    [InlineData("2026-12-01 07:30", "2026-12-01 16:30")] // before opening: same day
    [InlineData("2026-12-01 17:00", "2026-12-02 16:30")] // after hours: next working day
    [InlineData("2026-11-28 10:00", "2026-11-30 16:30")] // Saturday: Monday
    public void PublicDocumentRequest_HandledTheSameWorkingDay(string arrival, string due)
    {
        var history = ItemHistory.Start(At(arrival), Channel.PublicDocumentRequest);
        Obligation request = Evaluate(history, arrival, ObligationKind.PublicDocumentRequest);
        (Local(request.Due), request.Rule.RuleId).Should().Be((due, "DL-8"));
    }

    [Fact]
    public void MarkedAsRoutine_OwesNothing()
    {
        var history = ItemHistory.Start(At("2026-11-30 09:00"), Channel.FunctionMailbox)
            .With(ItemEvent.Forwarded(At("2026-11-30 09:10"), "kultur@osby.se"))
            .With(ItemEvent.MarkedAsRoutine(At("2026-11-30 09:20")));
        Policy.Evaluate(history, At("2026-12-10 09:00")).Should().OnlyContain(o => o.State == ObligationState.NotApplicable);
    }

    [Fact]
    public void Evaluate_EventsAfterNow_AreNotYetHappened()
    {
        var history = ItemHistory.Start(At("2026-11-30 09:00"), Channel.FunctionMailbox)
            .With(ItemEvent.Answered(At("2026-12-03 09:00")));
        Evaluate(history, "2026-12-02 09:00", ObligationKind.FirstResponse).State.Should().Be(ObligationState.Overdue);
        Evaluate(history, "2026-12-03 09:00", ObligationKind.FirstResponse).State.Should().Be(ObligationState.Met);
    }

    [Fact]
    public void Evaluate_ListsEveryKindOnce_WithoutForwards()
    {
        var history = ItemHistory.Start(At("2026-11-30 09:00"), Channel.FunctionMailbox);
        Policy.Evaluate(history, At("2026-11-30 09:00")).Select(o => o.Kind).Should().Equal(Enum.GetValues<ObligationKind>());
    }

    [Fact]
    public void ItemHistory_InvalidHistories_AreRefusedWithAClearReason()
    {
        Instant arrival = At("2026-11-30 09:00");
        FluentActions.Invoking(() => ItemHistory.From([ItemEvent.Arrived(arrival, Channel.Sefos), ItemEvent.Arrived(arrival, Channel.Sefos)]))
            .Should().Throw<ArgumentException>().WithMessage("*exactly one arrival*");
        FluentActions.Invoking(() => ItemHistory.From([ItemEvent.Answered(arrival)]))
            .Should().Throw<ArgumentException>().WithMessage("*exactly one arrival*found 0*");
        FluentActions.Invoking(() => ItemHistory.Start(arrival, Channel.Sefos).With(ItemEvent.Answered(arrival - Duration.FromHours(1))))
            .Should().Throw<ArgumentException>().WithMessage("*before the item's first arrival*");
        FluentActions.Invoking(() => ItemHistory.Start(arrival, Channel.Sefos).With(ItemEvent.ForwardConfirmed(arrival, "kultur@osby.se")))
            .Should().Throw<ArgumentException>().WithMessage("*not forwarded to kultur@osby.se*");
        FluentActions.Invoking(() => ItemEvent.Acknowledged(arrival, arrival - Duration.FromMinutes(1)))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ItemEvent.Forwarded(arrival, "  ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ItemEvent.Arrived(arrival, (Channel)99)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ItemHistory_From_SortsEventsRecordedLate()
    {
        Instant arrival = At("2026-11-30 09:00");
        var history = ItemHistory.From([
            ItemEvent.Answered(arrival + Duration.FromHours(3)),
            ItemEvent.Forwarded(arrival + Duration.FromHours(1), "kultur@osby.se"),
            ItemEvent.Arrived(arrival, Channel.OfficialMailbox),
        ]);
        history.Events.Select(e => e.Kind).Should().Equal(ItemEventKind.Arrived, ItemEventKind.Forwarded, ItemEventKind.Answered);
        history.FirstArrival.Should().Be(arrival);
        history.Channel.Should().Be(Channel.OfficialMailbox);
    }
}
