using Osby.Policy.Guidance;

namespace Osby.TeamsBot.Hosting;

/// <summary>Builds the guideline's search index at start-up, so the first question is as quick as the rest.</summary>
/// <param name="guideline">The knowledge base.</param>
internal sealed class AnswerWarmUp(Guideline guideline) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = guideline.Search("svarstid", 1);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
