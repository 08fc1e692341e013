using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Osby.Policy;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Tests.Cards;
using static Osby.TeamsBot.Tests.Cards.TrackedItems;

namespace Osby.TeamsBot.Tests.Answers;

public sealed class MyItemsOrderTests
{
    /// <summary>Monday 30 November 2026 at 11.00.</summary>
    private static readonly Instant Now = At(2026, 11, 30, 11, 0);

    private static readonly Channel[] Channels = [Channel.OfficialMailbox, Channel.Voicemail, Channel.PublicDocumentRequest, Channel.Sefos];

    /// <summary>Random items that arrived up to two weeks ago, some forwarded, some answered, so every state occurs.</summary>
    private static Arbitrary<ItemSpec[]> Specs { get; } =
        (from id in Gen.Choose(1, 40)
         from minutesAgo in Gen.Frequency((3, Gen.Choose(0, 600)), (2, Gen.Choose(0, 14 * 24 * 60)))
         from channel in Gen.Elements(Channels)
         from forwardAfter in Gen.Frequency((1, Gen.Constant(-1)), (1, Gen.Choose(0, 600)))
         from answerAfter in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 3000)))
         select new ItemSpec(id, minutesAgo, channel, forwardAfter, answerAfter))
        .ArrayOf().ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Sort_AnyItems_IsAPermutationThatPutsOverdueBeforeDueSoonBeforePendingThenEarliestDueThenId() =>
        Prop.ForAll(Specs, specs =>
        {
            ItemView[] views = [.. specs.Select(s => s.View())];

            IReadOnlyList<ItemView> sorted = MyItemsOrder.Sort(views);

            sorted.Should().HaveCount(views.Length);
            new HashSet<ItemView>(sorted, ReferenceEqualityComparer.Instance).SetEquals(views).Should().BeTrue("every item once");
            for (int i = 1; i < sorted.Count; i++)
            {
                (int Group, Instant Due, long Id) a = Key(sorted[i - 1]), b = Key(sorted[i]);
                a.Group.Should().BeLessThanOrEqualTo(b.Group);
                if (a.Group == b.Group)
                {
                    a.Due.Should().BeLessThanOrEqualTo(b.Due);
                    if (a.Due == b.Due)
                    {
                        a.Id.Should().BeLessThanOrEqualTo(b.Id);
                    }
                }
            }
        });

    [Fact]
    public void Sort_OverdueDueSoonAndPending_PutsThemInThatOrder()
    {
        // Monday 11.00. One working day of office time (8.5 h) from the arrival:
        ItemView pending = Item(arrived: At(2026, 11, 30, 10, 0)).View(Now, id: 1);         // due Tuesday 10.00
        ItemView pendingLater = Item(arrived: At(2026, 11, 30, 10, 30)).View(Now, id: 2);   // due Tuesday 10.30
        ItemView dueSoon = Item(arrived: At(2026, 11, 27, 13, 0)).View(Now, id: 3);         // due today 13.00, 75 % passed
        ItemView overdue = Item(arrived: At(2026, 11, 26, 9, 0)).View(Now, id: 4);          // due Friday 9.00
        ItemView answered = Item(arrived: At(2026, 11, 26, 9, 0)).Answer(At(2026, 11, 26, 10, 0)).View(Now, id: 5);

        MyItemsOrder.Sort([answered, pendingLater, pending, dueSoon, overdue]).Select(v => v.Item.Id)
            .Should().Equal(4, 3, 1, 2, 5);
    }

    [Fact]
    public void Sort_SameDue_OrdersByItemNumber()
    {
        ItemView a = Item().View(Now, id: 9);
        ItemView b = Item().View(Now, id: 7);

        MyItemsOrder.Sort([a, b]).Select(v => v.Item.Id).Should().Equal(7, 9);
    }

    /// <summary>The ranking, written from the obligations' states: the worst state of anything owed, then its earliest due time.</summary>
    private static (int Group, Instant Due, long Id) Key(ItemView view)
    {
        Obligation[] owed = [.. view.Obligations.Where(o => o.Due is not null
            && o.State is ObligationState.Overdue or ObligationState.DueSoon or ObligationState.Pending)];
        int group = owed.Any(o => o.State == ObligationState.Overdue) ? 0
            : owed.Any(o => o.State == ObligationState.DueSoon) ? 1
            : owed.Length > 0 ? 2
            : 3;
        return (group, owed.Length > 0 ? owed.Min(o => o.Due!.Value) : Instant.MaxValue, view.Item.Id);
    }

    internal sealed record ItemSpec(int Id, int MinutesAgo, Channel Channel, int ForwardAfter, int AnswerAfter)
    {
        public ItemView View()
        {
            Instant arrived = Now - Duration.FromMinutes(MinutesAgo);
            TrackedItems.Builder item = Item(channel: Channel, arrived: arrived);
            Instant last = arrived;
            if (ForwardAfter >= 0)
            {
                last = Min(arrived + Duration.FromMinutes(ForwardAfter), Now);
                item.Forward(Official, Bygglov, last);
            }

            if (AnswerAfter >= 0)
            {
                item.Answer(Max(last, Min(arrived + Duration.FromMinutes(AnswerAfter), Now)));
            }

            return item.View(Now, Id);
        }

        private static Instant Min(Instant a, Instant b) => a < b ? a : b;

        private static Instant Max(Instant a, Instant b) => a > b ? a : b;
    }
}
