namespace Osby.TeamsBot.Answers;

/// <summary>What the card of one forward shows to one viewer (RT-7, RT-8, DL-6).</summary>
/// <param name="View">The item.</param>
/// <param name="Party">The addressed recipient of the forward (the hop's party key).</param>
/// <param name="ViewerMayAct">Whether the viewer may answer the forward: the recipient, or someone acting for them (RT-11).</param>
/// <param name="RefreshUserIds">The Teams user ids the card refreshes for automatically, at most 60, so each sees their own view.</param>
/// <param name="Notice">A Swedish line shown at the top, e.g. "Bara Anna Andersson eller ersättaren kan svara på den här vidarebefordran."; null for none.</param>
internal sealed record ForwardCardView(
    ItemView View,
    string Party,
    bool ViewerMayAct,
    IReadOnlyList<string> RefreshUserIds,
    string? Notice);
