namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>A Teams user of the tests, with a personal chat with the bot.</summary>
/// <param name="TeamsId">The Teams user id.</param>
/// <param name="Name">The display name.</param>
/// <param name="AadObjectId">The Entra object id.</param>
/// <param name="Email">The e-mail address and UPN.</param>
/// <param name="ConversationId">The personal chat's conversation id.</param>
internal sealed record TestUser(string TeamsId, string Name, string AadObjectId, string Email, string ConversationId)
{
    /// <summary>Gets the sender of the recorded activity files: registrator of kommun@osby.se in <see cref="ItemsDirectory"/> (kontaktcenter).</summary>
    public static TestUser Anna { get; } = new(
        "29:1Xk3Qw9ZfS0m2pY7tRbV4nH8cLd6JgEoU5aKiMzNxT1sWqPv", "Anna Svensson", "3b5e8c1a-4f2d-4e6b-9a7c-1d2e3f4a5b6c", "anna.svensson@osby.se",
        TeamsActivities.PersonalConversationId);

    /// <summary>Gets the registrator of bygglov@osby.se.</summary>
    public static TestUser Bo { get; } = new(
        "29:2Bo0Bygg0Qw9ZfS0m2pY7tRbV4nH8cLd6JgEoU5aKiMzNxT1", "Bo Bygg", "4c6f9d2b-5a3e-4f7c-8b8d-2e3f4a5b6c7d", "bo.bygg@osby.se",
        "a:2Bo8Kq2Lm4Np6Rs8Tu0Vw2Xy4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy");

    /// <summary>Gets the substitute of bygglov@osby.se (RT-11).</summary>
    public static TestUser Sara { get; } = new(
        "29:3Sara0Ersatt0w9ZfS0m2pY7tRbV4nH8cLd6JgEoU5aKiMzN", "Sara Ersätt", "5d7a0e3c-6b4f-4a8d-9c9e-3f4a5b6c7d8e", "sara.ersatt@osby.se",
        "a:3Sa8Kq2Lm4Np6Rs8Tu0Vw2Xy4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy");

    /// <summary>Gets the manager of Samhällsbyggnadsförvaltningen in <see cref="ItemsDirectory"/>.</summary>
    public static TestUser Maria { get; } = new(
        "29:5Maria0Chef0Qw9ZfS0m2pY7tRbV4nH8cLd6JgEoU5aKiMzN", "Maria Chef", "7f9c2a5e-8d6b-4c0f-9e1a-5b6c7d8e9f0a", "maria.chef@osby.se",
        "a:5Ma8Kq2Lm4Np6Rs8Tu0Vw2Xy4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy");

    /// <summary>Gets a colleague with no role for bygglov.</summary>
    public static TestUser Carl { get; } = new(
        "29:4Carl0Kollega0ZfS0m2pY7tRbV4nH8cLd6JgEoU5aKiMzNx", "Carl Kollega", "6e8b1f4d-7c5a-4b9e-8d0f-4a5b6c7d8e9f", "carl.kollega@osby.se",
        "a:4Ca8Kq2Lm4Np6Rs8Tu0Vw2Xy4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy");
}
