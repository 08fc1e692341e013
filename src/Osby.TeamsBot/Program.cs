using Osby.TeamsBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultUrlUnlessConfigured();
builder.Services.AddOsbyTeamsBot();

var app = builder.Build();
app.MapOsbyTeamsBot();
app.Run();

/// <summary>The entry point, public so that tests can use <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
