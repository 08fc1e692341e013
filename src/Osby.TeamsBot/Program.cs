using Osby.TeamsBot.Api;
using Osby.TeamsBot.Hosting;
using Osby.TeamsBot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultUrlUnlessConfigured();

builder.Services.AddOsbyAnswers();
builder.Services.AddOsbyStorage();
builder.Services.AddOsbyBot();
builder.Services.AddOsbyHealthChecks();
builder.Services.AddOsbyItemApi();
builder.Services.AddOsbyDigests();
builder.Services.AddOsbyDelivery();
builder.Services.AddOsbyReminders();

var app = builder.Build();

app.MapOsbyBotEndpoints();
app.MapOsbyItemApi();

app.Run();

/// <summary>The entry point, public so that tests can use <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
