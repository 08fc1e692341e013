namespace Osby.TeamsBot.Answers;

/// <summary>An item's summary after it was registered or forwarded.</summary>
/// <param name="View">The item.</param>
/// <param name="AlreadyRegistered">Whether the registration found the item already registered (the same external message id).</param>
internal sealed record ItemRegisteredView(ItemView View, bool AlreadyRegistered);
