using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Bots;
using Osby.TeamsBot.Hosting;

namespace Osby.TeamsBot.Tests.Bots;

/// <summary>Teams' 15-second limit: slow answers are acknowledged at once and delivered later.</summary>
public sealed class BackgroundRepliesTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task SendAsync_AnswerReadyWithinBudget_SendsOnlyTheAnswer()
    {
        var time = new FakeTimeProvider();
        var adapter = NewAdapter();
        using var replies = Create(adapter, time);

        await adapter.ProcessActivityAsync(
            UserMessage(),
            (turn, token) => replies.SendAsync(turn, () => new TextAnswer("Svar direkt."), token),
            CancellationToken.None);

        Texts(adapter).Should().Equal("Svar direkt.");
    }

    [Fact]
    public async Task SendAsync_AnswerSlowerThanBudget_AcknowledgesThenSendsTheAnswerToTheSameConversation()
    {
        var time = new FakeTimeProvider();
        var adapter = NewAdapter();
        using var replies = Create(adapter, time);
        using var gate = new ManualResetEventSlim();

        var turn = adapter.ProcessActivityAsync(
            UserMessage(),
            (context, token) => replies.SendAsync(context, () => { gate.Wait(); return new TextAnswer("Svar efter en stund."); }, token),
            CancellationToken.None);
        turn.IsCompleted.Should().BeFalse("the answer is not ready and the budget has not passed");
        await PassTheBudgetAsync(time, turn);

        Texts(adapter).Should().Equal(BackgroundReplies.StillWorkingMessage);

        gate.Set();
        await replies.StopAsync(CancellationToken.None);

        var activities = Drain(adapter);
        activities.Select(activity => activity.AsMessageActivity().Text).Should().Equal("Svar efter en stund.");
        activities.Single().Conversation.Id.Should().Be("conversation-1");
    }

    [Fact]
    public async Task SendAsync_SlowAnswerThatFails_SendsTheNeutralErrorMessageLater()
    {
        var time = new FakeTimeProvider();
        var adapter = NewAdapter();
        using var replies = Create(adapter, time);
        using var gate = new ManualResetEventSlim();

        var turn = adapter.ProcessActivityAsync(
            UserMessage(),
            (context, token) => replies.SendAsync(context, () => { gate.Wait(); throw new InvalidOperationException("index trasigt"); }, token),
            CancellationToken.None);
        await PassTheBudgetAsync(time, turn);
        gate.Set();
        await replies.StopAsync(CancellationToken.None);

        var texts = Texts(adapter);
        texts.Should().Equal(BackgroundReplies.StillWorkingMessage, AdapterWithErrorHandler.TurnFailedMessage);
        texts.Should().NotContain(text => text.Contains("index trasigt", StringComparison.Ordinal));
    }

    /// <summary>Moves the fake clock past the budget until the turn ends (the budget's timer may start a moment later).</summary>
    private static async Task PassTheBudgetAsync(FakeTimeProvider time, Task turn)
    {
        for (var attempt = 0; attempt < 100 && !turn.IsCompleted; attempt++)
        {
            time.Advance(Budget);
            await Task.Yield();
        }

        await turn;
    }

    private static BackgroundReplies Create(TestAdapter adapter, FakeTimeProvider time) => new(
        adapter,
        Options.Create(new BotAuthenticationOptions()),
        Options.Create(new ReplyOptions { AcknowledgeAfter = Budget }),
        time,
        NullLogger<BackgroundReplies>.Instance);

    private static TestAdapter NewAdapter() => new(new ConversationReference
    {
        ChannelId = "msteams",
        ServiceUrl = "https://example.invalid/",
        Conversation = new ConversationAccount { Id = "conversation-1" },
        User = new ChannelAccount { Id = "user-1", Name = "Anna Svensson" },
        Bot = new ChannelAccount { Id = "bot" },
    });

    private static Activity UserMessage() => new()
    {
        Type = ActivityTypes.Message,
        Text = "Hur länge sparas SEFOS?",
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "conversation-1" },
        From = new ChannelAccount { Id = "user-1", Name = "Anna Svensson" },
        Recipient = new ChannelAccount { Id = "bot" },
        ServiceUrl = "https://example.invalid/",
    };

    private static List<IActivity> Drain(TestAdapter adapter)
    {
        var activities = new List<IActivity>();
        while (adapter.ActiveQueue.Count > 0)
        {
            activities.Add(adapter.ActiveQueue.Dequeue());
        }

        return activities;
    }

    private static List<string> Texts(TestAdapter adapter) => [.. Drain(adapter).Select(activity => activity.AsMessageActivity().Text)];
}
