using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Tests.Cards;
using static Osby.TeamsBot.Tests.Cards.TrackedItems;

namespace Osby.TeamsBot.Tests.Answers;

public sealed class ItemTextsTests
{
    private static Instant Monday => At(2026, 11, 30, 9, 0);

    private static TrackedItems.Builder ForwardedToAnna() => Item().Forward(Official, Anna, At(2026, 11, 27, 10, 30));

    private static ForwardHop HopTo(ItemView view, string party) => view.Item.ForwardTo(party)!;

    [Fact]
    public void OutcomeNotice_Confirmed_SaysWhoHandlesTheItemAndWhen()
    {
        ItemView view = ForwardedToAnna().Confirm(Anna, At(2026, 11, 28, 14, 2)).View(Monday);

        ItemTexts.OutcomeNotice(view, HopTo(view, Anna)).Should().Be("Anna Andersson hanterar ärende 42 (bekräftat lördag 28 november kl. 14.02).");
    }

    [Fact]
    public void OutcomeNotice_WrongRecipient_GivesReasonAndSuggestion_AndKeepsTheForwarderResponsible_RT7()
    {
        ItemView view = ForwardedToAnna().Decline(Anna, At(2026, 11, 28, 14, 2), "Gäller miljö", Miljo).View(Monday);

        ItemTexts.OutcomeNotice(view, HopTo(view, Anna)).Should().Be(
            "Anna Andersson är fel mottagare för ärende 42 (svarade lördag 28 november kl. 14.02). Skäl: ”Gäller miljö”. " +
            "Förslag: Miljö och hälsoskydd. Du är fortfarande ansvarig (RT-7).");
    }

    [Fact]
    public void OutcomeNotice_WrongRecipientWithoutSuggestion_LeavesTheSuggestionOut()
    {
        ItemView view = ForwardedToAnna().Decline(Anna, At(2026, 11, 28, 14, 2), "Gäller miljö", null).View(Monday);

        ItemTexts.OutcomeNotice(view, HopTo(view, Anna)).Should().NotContain("Förslag").And.EndWith("Du är fortfarande ansvarig (RT-7).");
    }

    [Fact]
    public void OutcomeNotice_WrongRecipientWhenTheForwarderIsNotResponsible_NamesWhoIs_RT7()
    {
        // Bygglov never confirmed, so kommun@osby.se is still responsible when Bygglov's forward to Anna comes back.
        ItemView view = Item()
            .Forward(Official, Bygglov, At(2026, 11, 27, 10, 30))
            .Forward(Bygglov, Anna, At(2026, 11, 27, 10, 45))
            .Decline(Anna, At(2026, 11, 27, 11, 0), "Inte mitt område", null)
            .View(Monday);

        ItemTexts.OutcomeNotice(view, HopTo(view, Anna)).Should().EndWith("Osby kommun är fortfarande ansvarig (RT-7).");
    }

    [Fact]
    public void OutcomeNotice_Advertising_SaysNothingMoreIsOwed_RT6()
    {
        ItemView view = ForwardedToAnna().Advertising(Anna, At(2026, 11, 27, 11, 0)).View(Monday);

        ItemTexts.OutcomeNotice(view, HopTo(view, Anna)).Should().Be(
            "Anna Andersson markerade ärende 42 som reklam eller rutinutskick, ingen åtgärd (fredag 27 november kl. 11.00). Inget mer behöver göras (RT-6).");
    }

    [Fact]
    public void OutcomeNotice_SubstituteAnswered_NamesBoth()
    {
        ItemView view = ForwardedToAnna().Confirm(Anna, At(2026, 11, 27, 11, 0), Actor.Person(Bo, "Bo")).View(Monday);

        ItemTexts.OutcomeNotice(view, HopTo(view, Anna)).Should().StartWith("Bo Berg för Anna Andersson hanterar ärende 42");
    }

    [Fact]
    public void OutcomeNotice_OpenHopOrArrival_Throws()
    {
        ItemView view = ForwardedToAnna().View(Monday);

        ((Action)(() => ItemTexts.OutcomeNotice(view, HopTo(view, Anna)))).Should().Throw<ArgumentException>();
        ((Action)(() => ItemTexts.OutcomeNotice(view, view.Item.Chain.Hops[0]))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void OutcomeText_EachAnswer_InWords()
    {
        ItemView view = Item()
            .Forward(Official, Bygglov, At(2026, 11, 27, 10, 30))
            .Forward(Official, Anna, At(2026, 11, 27, 10, 31))
            .Forward(Official, Bo, At(2026, 11, 27, 10, 32))
            .Forward(Official, Miljo, At(2026, 11, 27, 10, 33))
            .Confirm(Bygglov, At(2026, 11, 27, 11, 0))
            .Decline(Anna, At(2026, 11, 27, 11, 1), "Fel förvaltning", Miljo)
            .Advertising(Bo, At(2026, 11, 27, 11, 2))
            .View(Monday);

        ItemTexts.OutcomeText(view, HopTo(view, Bygglov)).Should().Be("hanterar ärendet");
        ItemTexts.OutcomeText(view, HopTo(view, Anna)).Should().Be("fel mottagare, skäl: ”Fel förvaltning”, förslag: Miljö och hälsoskydd");
        ItemTexts.OutcomeText(view, HopTo(view, Bo)).Should().Be("reklam eller rutinutskick, ingen åtgärd");
        ItemTexts.OutcomeText(view, HopTo(view, Miljo)).Should().Be("har inte svarat än");
    }

    [Fact]
    public void ChainText_ForwardedTwice_NamesEachPartyInOrder_RT8()
    {
        ItemView view = Item()
            .Forward(Official, Bygglov, At(2026, 11, 27, 10, 30))
            .Forward(Bygglov, Anna, At(2026, 11, 27, 10, 45))
            .View(Monday);

        ItemTexts.ChainText(view).Should().Be("Osby kommun → Bygglov → Anna Andersson");
        ItemTexts.ChainText(view, Bygglov).Should().Be("Osby kommun → Bygglov");
        ItemTexts.ChainText(view, "ANNA.ANDERSSON@OSBY.SE").Should().Be("Osby kommun → Bygglov → Anna Andersson", "party keys ignore case");
    }

    [Fact]
    public void ChainText_PartyWithoutAName_ShowsItsKey()
    {
        ItemView view = Item().Forward(Official, "okand@osby.se", At(2026, 11, 27, 10, 30)).View(Monday);

        ItemTexts.ChainText(view).Should().Be("Osby kommun → okand@osby.se");
    }

    [Fact]
    public void ChainText_PartyThatNeverHadTheItem_Throws()
    {
        ItemView view = Item().View(Monday);

        ((Action)(() => ItemTexts.ChainText(view, Bo))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void SenderCategoryName_Always_CoversEveryCategoryWithItsOwnName()
    {
        SenderCategory[] all = Enum.GetValues<SenderCategory>();

        all.Select(ItemTexts.SenderCategoryName).Should().OnlyHaveUniqueItems().And.HaveCount(6);
    }

    [Theory]
    [InlineData(0, "Okänd avsändare")]
    [InlineData(1, "Privatperson")]
    [InlineData(2, "Företag")]
    [InlineData(3, "Myndighet")]
    [InlineData(4, "Förening eller organisation")]
    [InlineData(5, "Medarbetare")]
    public void SenderCategoryName_EveryCategory_IsSwedish(int category, string expected)
    {
        Enum.IsDefined((SenderCategory)category).Should().BeTrue();
        ItemTexts.SenderCategoryName((SenderCategory)category).Should().Be(expected);
    }

    [Theory]
    [InlineData(0, "karin.lind@example.se (företag)")]
    [InlineData(1, "karin.lind@example.se (företag)")]
    [InlineData(2, "Företag")]
    [InlineData(3, "Företag")]
    public void SenderText_SensitiveItem_IsOnlyTheCategory_RT14(int informationValue, string expected)
    {
        ItemView view = Item(informationValue, category: SenderCategory.Business).View(Monday);

        ItemTexts.SenderText(view).Should().Be(expected);
    }

    [Fact]
    public void When_AnotherYear_WritesTheYear()
    {
        ItemView view = Item().View(At(2027, 1, 4, 9, 0));

        ItemTexts.When(view, Arrived).Should().Be("fredag 27 november 2026 kl. 10.05");
    }

    [Fact]
    public void StateText_ObligationsInEachState_InWords()
    {
        // One working day of office time from Friday 10.05 is Monday 10.05; due soon after 75 % of it.
        Obligation FirstResponse(ItemView view) => view.Obligations.Single(o => o.Kind == ObligationKind.FirstResponse);

        ItemTexts.StateText(FirstResponse(Item().View(At(2026, 11, 27, 11, 0)))).Should().Be("i tid");
        ItemTexts.StateText(FirstResponse(Item().View(At(2026, 11, 30, 9, 30)))).Should().Be("snart");
        ItemTexts.StateText(FirstResponse(Item().View(At(2026, 11, 30, 10, 6)))).Should().Be("försenad");
        ItemTexts.StateText(FirstResponse(Item().Answer(At(2026, 11, 27, 15, 0)).View(Monday))).Should().Be("klar");
        ItemTexts.StateText(FirstResponse(Item().Answer(At(2026, 11, 30, 11, 0)).View(At(2026, 11, 30, 12, 0)))).Should().Be("klar, men för sent");
    }

    [Fact]
    public void ObligationText_ForwardConfirmation_NamesTheRecipient()
    {
        ItemView view = ForwardedToAnna().View(At(2026, 11, 27, 11, 0));

        Obligation confirmation = view.Obligations.Single(o => o.Kind == ObligationKind.ForwardConfirmation);
        ItemTexts.ObligationText(view, confirmation).Should().Be("Anna Andersson bekräftar om ärendet hanteras (DL-6)");
        ItemTexts.DueText(view, confirmation).Should().Be("fredag 27 november kl. 14.30 (i tid)");
    }

    [Fact]
    public void OnlyRecipientMayAnswer_NamesTheRecipient_RT11()
    {
        ItemTexts.OnlyRecipientMayAnswer(Item().View(Monday), Anna)
            .Should().Be("Bara Anna Andersson eller ersättaren kan svara på den här vidarebefordran.");
    }

    [Fact]
    public void Name_KeyInAnotherCase_FindsTheName()
    {
        ItemView view = Item().View(Monday);

        view.Name("Anna.Andersson@Osby.se").Should().Be("Anna Andersson");
        view.Name(" someone@example.se ").Should().Be("someone@example.se");
    }
}
