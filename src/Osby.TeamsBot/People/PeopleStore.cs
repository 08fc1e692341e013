namespace Osby.TeamsBot.People;

/// <summary>Stores the people and conversations the bot has seen. Thread-safe; register as a singleton.</summary>
internal sealed class PeopleStore
{
    /// <summary>Adds or updates a person by Teams user id; fields given as null keep their stored value.</summary>
    /// <param name="person">The person.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The person as stored.</returns>
    public Task<Person> UpsertAsync(Person person, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Finds a person by Teams user id, Entra object id, UPN or e-mail address (case-insensitive).</summary>
    /// <param name="id">Any of the ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The person, or null.</returns>
    public Task<Person?> FindAsync(string id, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Finds the people with the given party keys (e-mail or UPN).</summary>
    /// <param name="partyKeys">The keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The people found, by party key.</returns>
    public Task<IReadOnlyDictionary<string, Person>> FindByPartyKeysAsync(IReadOnlyCollection<string> partyKeys, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Adds or refreshes a conversation reference.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task SaveConversationAsync(StoredConversation conversation, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Finds a person's personal (1:1) chat with the bot.</summary>
    /// <param name="teamsUserId">The person's Teams user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The latest personal conversation, or null.</returns>
    public Task<StoredConversation?> PersonalConversationAsync(string teamsUserId, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Finds a conversation by id.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The conversation, or null.</returns>
    public Task<StoredConversation?> ConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
