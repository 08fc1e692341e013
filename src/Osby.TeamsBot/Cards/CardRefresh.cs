namespace Osby.TeamsBot.Cards;

/// <summary>How Teams refreshes a card (Adaptive Cards <c>refresh</c>): it runs the action for each listed user when they see
/// the card, and shows each of them the card the bot returns.</summary>
/// <remarks>Teams runs the refresh automatically for at most <see cref="MaxUserIds"/> users; others get a manual refresh.
/// Create it with <see cref="For"/>, which checks that limit.</remarks>
internal sealed record CardRefresh
{
    /// <summary>The most user ids Teams refreshes a card for automatically.</summary>
    public const int MaxUserIds = 60;

    private CardRefresh(CardAction action, IReadOnlyList<string> userIds)
    {
        Action = action;
        UserIds = userIds;
    }

    /// <summary>Gets the action that fetches the card; always an <c>Action.Execute</c>.</summary>
    public CardAction Action { get; }

    /// <summary>Gets the Teams user ids ("29:…") the card is refreshed for automatically.</summary>
    public IReadOnlyList<string> UserIds { get; }

    /// <summary>Creates a refresh.</summary>
    /// <param name="action">The action; its verb and data tell the bot which card to build.</param>
    /// <param name="userIds">The Teams user ids to refresh for automatically, at most <see cref="MaxUserIds"/>.</param>
    /// <returns>The refresh.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> or <paramref name="userIds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="userIds"/> has more than <see cref="MaxUserIds"/> ids, or a blank one.</exception>
    public static CardRefresh For(ExecuteAction action, IReadOnlyList<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(userIds);
        if (userIds.Count > MaxUserIds)
        {
            throw new ArgumentException(
                $"Teams refreshes a card automatically for at most {MaxUserIds} users; {userIds.Count} were given.", nameof(userIds));
        }

        if (userIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A user id is blank.", nameof(userIds));
        }

        return new CardRefresh(action, [.. userIds]);
    }
}
