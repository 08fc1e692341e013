using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Osby.Policy;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Tests.Cards;
using static Osby.TeamsBot.Tests.Reminders.ReminderWorld;

namespace Osby.TeamsBot.Tests.Reminders;

/// <summary>Any item arriving in 2026–2027: every reminder in office hours on a working day, never before the arrival, keys unique (CAL-1, CAL-4, DL-9).</summary>
public sealed partial class ReminderPlannerTests
{
    private static readonly Instant PropertyStart = Local(2026, 1, 1, 0, 0);
    private static readonly int PropertyMinutes = (int)(Local(2028, 1, 1, 0, 0) - PropertyStart).TotalMinutes;

    private static readonly Channel[] PropertyChannels =
        [Channel.OfficialMailbox, Channel.FunctionMailbox, Channel.PersonalEmail, Channel.Sefos, Channel.Voicemail, Channel.PublicDocumentRequest, Channel.EService];

    private static readonly string[] PropertyMailboxes = [Official, Bygglov, Miljo, Carl];

    private static readonly string[] PropertyRecipients = [Bygglov, Miljo, Bo, Maja, BygglovChef];

    private static Arbitrary<ItemScenario> ItemScenarios { get; } =
        (from minute in Gen.Choose(0, PropertyMinutes - 1)
         from channel in Gen.Elements(PropertyChannels)
         from mailbox in Gen.Elements(PropertyMailboxes)
         from forwardAfter in Gen.Frequency((1, Gen.Constant(-1)), (2, Gen.Choose(0, 3 * 24 * 60)))
         from recipient in Gen.Elements(PropertyRecipients)
         from confirmed in Gen.Elements(false, true)
         from acknowledgeAfter in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 2 * 24 * 60)))
         from promiseAfter in Gen.Choose(60, 14 * 24 * 60)
         select new ItemScenario(PropertyStart + Duration.FromMinutes(minute), channel, mailbox, forwardAfter, recipient, confirmed, acknowledgeAfter, promiseAfter))
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Plan_AnyItemIn2026And2027_EveryReminderIsInOfficeHoursOnAWorkingDayNotBeforeTheArrivalWithUniqueKeys() =>
        Prop.ForAll(ItemScenarios, scenario =>
        {
            TrackedItem item = scenario.Build();

            IReadOnlyList<PlannedReminder> plan = Planner.Plan(item);

            plan.Should().NotBeEmpty("an open item always owes something");
            plan.Select(r => r.Key).Should().OnlyHaveUniqueItems();
            foreach (PlannedReminder reminder in plan)
            {
                InOfficeHours(reminder.DueAt).Should().BeTrue($"{reminder.Key} at {reminder.DueAt.InZone(Zone)} must be in office hours on a working day");
                reminder.DueAt.Should().BeGreaterThanOrEqualTo(scenario.Arrival, reminder.Key);
                reminder.ItemId.Should().Be(item.Id);
            }
        });

    /// <summary>An item: its arrival, maybe a forward (confirmed or not) and maybe an acknowledgement with a promise.</summary>
    internal sealed record ItemScenario(
        Instant Arrival,
        Channel Channel,
        string Mailbox,
        int ForwardAfterMinutes,
        string Recipient,
        bool Confirmed,
        int AcknowledgeAfterMinutes,
        int PromiseAfterMinutes)
    {
        public TrackedItem Build()
        {
            var builder = TrackedItems.Item(channel: Channel, mailbox: Mailbox, arrived: Arrival);
            Instant last = Arrival;
            if (ForwardAfterMinutes >= 0 && !Parties.Same(Recipient, Mailbox))
            {
                last += Duration.FromMinutes(ForwardAfterMinutes);
                builder.Forward(Mailbox, Recipient, last);
                if (Confirmed)
                {
                    last += Duration.FromMinutes(20);
                    builder.Confirm(Recipient, last);
                }
            }

            if (AcknowledgeAfterMinutes >= 0)
            {
                last += Duration.FromMinutes(AcknowledgeAfterMinutes);
                builder.Acknowledge(last, last + Duration.FromMinutes(PromiseAfterMinutes));
            }

            return builder.Build(17);
        }
    }
}
