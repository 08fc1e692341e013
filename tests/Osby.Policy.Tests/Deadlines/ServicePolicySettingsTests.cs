using Osby.Policy.Deadlines;

namespace Osby.Policy.Tests.Deadlines;

public sealed class ServicePolicySettingsTests
{
    [Fact]
    public void CreatePolicy_Defaults_MatchRulesMd()
    {
        ServicePolicy policy = new ServicePolicySettings().CreatePolicy();

        policy.ReplyMode.Should().Be(ReplyMode.WorkingTime);
        policy.ResponseWindow.Should().Be(Duration.FromMinutes(510));
        policy.ForwardConfirmationWindow.Should().Be(Duration.FromHours(4));
        policy.DueSoonShare.Should().Be(0.75);
        policy.SefosEarlyWarning.Should().Be(Period.FromDays(7));
        policy.SefosFinalWarningWorkingDays.Should().Be(1);
        policy.Clock.Zone.Id.Should().Be("Europe/Stockholm");
    }

    [Fact]
    public void CreatePolicy_CustomValues_AreApplied()
    {
        var settings = new ServicePolicySettings
        {
            ReplyMode = "endofnextworkingday",
            ForwardConfirmationWindow = TimeSpan.FromHours(2),
            DueSoonShare = 0.5,
            SefosEarlyWarningDays = 10,
            SefosFinalWarningWorkingDays = 2,
        };
        settings.WorkingTime.ClosedDays.Add("2026-05-15");

        ServicePolicy policy = settings.CreatePolicy();

        policy.ReplyMode.Should().Be(ReplyMode.EndOfNextWorkingDay);
        policy.ForwardConfirmationWindow.Should().Be(Duration.FromHours(2));
        policy.DueSoonShare.Should().Be(0.5);
        policy.SefosEarlyWarning.Should().Be(Period.FromDays(10));
        policy.Clock.Calendar.IsWorkingDay(new LocalDate(2026, 5, 15)).Should().BeFalse();
    }

    [Fact]
    public void CreatePolicy_BrokenSettings_ListsEveryProblem()
    {
        var settings = new ServicePolicySettings
        {
            ReplyMode = "Snabbt",
            ResponseWindow = TimeSpan.Zero,
            ForwardConfirmationWindow = TimeSpan.FromHours(-1),
            DueSoonShare = 1.5,
            SefosEarlyWarningDays = 40,
            SefosFinalWarningWorkingDays = -1,
        };
        settings.WorkingTime.ClosedDays.Add("i morgon");

        var problems = FluentActions.Invoking(settings.CreatePolicy).Should().Throw<PolicySettingsException>().Which.Problems;

        problems.Select(p => p[..p.IndexOf(':', StringComparison.Ordinal)]).Should().BeEquivalentTo(
            "WorkingTime", "ReplyMode", "ResponseWindow", "ForwardConfirmationWindow", "DueSoonShare", "SefosEarlyWarningDays", "SefosFinalWarningWorkingDays");
        problems.Should().Contain(p => p.StartsWith("WorkingTime:ClosedDays:0:", StringComparison.Ordinal));
    }
}
