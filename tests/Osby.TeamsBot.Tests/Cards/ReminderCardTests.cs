using Osby.Policy.Deadlines;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Reminders;
using static Osby.TeamsBot.Tests.Cards.TrackedItems;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class ReminderCardTests
{
    // Friday 27 November 2026 15.00: the item that came in 10.05 has most of its DL-1 window behind it.
    private static Instant FridayAfternoon => At(2026, 11, 27, 15, 0);

    [Fact]
    public void Create_DueSoon_SaysWhatToDoByWhenWithTheRuleAndOffersTheActionsAndSnooze()
    {
        ItemView view = Item().View(FridayAfternoon);
        Obligation first = view.Obligations.Single(o => o.Kind == ObligationKind.FirstResponse);

        RenderedCard card = Render(view, ReminderKind.ResponseDueSoon, maySnooze: true, mayAct: true, first);

        card.AllText.Should().Contain("Påminnelse: ärende 42 ska besvaras snart");
        card.AllText.Should().Contain("senast måndag 30 november kl. 10.05 (DL-1)");
        card.Buttons.Select(b => (string?)b["verb"]).Should().Contain([CardVerbs.MarkAnswered, CardVerbs.SnoozeReminder]);
        card.Button(ReminderCard.SnoozeTitle)["data"]![CardInputs.ReminderKey]!.GetValue<string>().Should().Be("item:42:1:0:anna@osby.se");
        card.AllText.Should().Contain(Subject);
    }

    [Fact]
    public void Create_Escalation_ForTheManager_HasNoItemActions()
    {
        ItemView view = Item().View(At(2026, 11, 30, 11, 0));
        Obligation first = view.Obligations.Single(o => o.Kind == ObligationKind.FirstResponse);

        RenderedCard card = Render(view, ReminderKind.ResponseOverdueEscalation, maySnooze: false, mayAct: false, first);

        card.AllText.Should().Contain("Försenat ärende i din enhet").And.Contain("Ansvarig: Osby kommun");
        card.Buttons.Should().BeEmpty("the owner acts, the manager is informed");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Create_SensitiveItem_CarriesNoSubject(int informationValue)
    {
        ItemView view = Item(informationValue).View(FridayAfternoon);
        Obligation first = view.Obligations.Single(o => o.Kind == ObligationKind.FirstResponse);

        RenderedCard card = Render(view, ReminderKind.ResponseDueSoon, maySnooze: true, mayAct: true, first);

        card.Json.Should().NotContain(Subject).And.NotContain(Sender, "RT-14: only number, sender type and deadlines");
    }

    [Fact]
    public void Create_AfterASnooze_ShowsWhenItComesBackAndNoSecondSnooze()
    {
        ItemView view = Item().View(FridayAfternoon);
        Obligation first = view.Obligations.Single(o => o.Kind == ObligationKind.FirstResponse);
        string notice = ReminderTexts.Snoozed(view.Now, At(2026, 11, 27, 16, 0));

        RenderedCard card = RenderedCard.Of(ReminderCard.Create(new ReminderView(
            view, ReminderKind.ResponseDueSoon, "item:42:1:0:anna@osby.se", ReminderTexts.WhatToDo(ReminderKind.ResponseDueSoon, view, first, "Osby kommun", null), MayAct: true, MaySnooze: false, notice)))
            .ShouldBeAValidTeamsCard();

        card.AllText.Should().Contain("Jag påminner dig igen fredag 27 november kl. 16.00.");
        card.Buttons.Select(b => (string?)b["verb"]).Should().NotContain(CardVerbs.SnoozeReminder);
    }

    private static RenderedCard Render(ItemView view, ReminderKind kind, bool maySnooze, bool mayAct, Obligation obligation) =>
        RenderedCard.Of(ReminderCard.Create(new ReminderView(
            view, kind, "item:42:1:0:anna@osby.se", ReminderTexts.WhatToDo(kind, view, obligation, view.Name(view.Item.Responsible), null), mayAct, maySnooze, null)))
            .ShouldBeAValidTeamsCard();
}
