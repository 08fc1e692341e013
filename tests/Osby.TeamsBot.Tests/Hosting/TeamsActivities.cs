using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>Activities as Teams sends them, from the embedded <c>Hosting/Activities/*.json</c> files.</summary>
internal static class TeamsActivities
{
    public const string MessagePersonal = "message-personal";
    public const string UserAdded = "conversation-update-user-added";
    public const string BotAddedPersonal = "conversation-update-bot-added-personal";
    public const string BotAddedToTeam = "conversation-update-bot-added-to-team";
    public const string MessageChannelMention = "message-channel-mention";
    public const string InstalledPersonal = "installation-update-add-personal";
    public const string InstalledTeam = "installation-update-add-team";
    public const string InstalledGroupChat = "installation-update-add-group-chat";
    public const string UninstalledPersonal = "installation-update-remove-personal";
    public const string CardActionInvoke = "invoke-card-action";
    public const string CardSubmitMessage = "message-card-submit";

    /// <summary>The bot's id in every file (the activity's recipient).</summary>
    /// <summary>The tenant of every recorded activity.</summary>
    public const string TenantId = "0d5a9e2b-7c4f-4a1e-8b3d-6f7e8d9c0b1a";

    public const string BotId = "28:7f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f";

    /// <summary>The personal conversation's id in the personal files.</summary>
    public const string PersonalConversationId =
        "a:1Jx8Kq2Lm4Np6Rs8Tu0Vw2Xy4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy";

    /// <summary>Loads an activity and points its <c>serviceUrl</c> at <paramref name="serviceUrl"/>.</summary>
    public static JsonObject Load(string name, Uri serviceUrl)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Activities.{name}.json")
            ?? throw new InvalidOperationException($"No embedded activity named {name}.");
        var activity = JsonNode.Parse(stream)!.AsObject();
        activity["serviceUrl"] = serviceUrl.ToString();
        return activity;
    }

    /// <summary>Wraps an activity as a JSON request body.</summary>
    /// <summary>Makes an activity come from another user, in that user's personal chat (or the same channel).</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="user">The sender.</param>
    /// <returns>The same activity, changed.</returns>
    public static JsonObject From(this JsonObject activity, TestUser user)
    {
        activity["from"] = new JsonObject { ["id"] = user.TeamsId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        if ((string?)activity["conversation"]!["conversationType"] == "personal")
        {
            activity["conversation"]!["id"] = user.ConversationId;
        }

        return activity;
    }

    public static StringContent ToContent(this JsonObject activity) =>
        new(activity.ToJsonString(), Encoding.UTF8, "application/json");
}
