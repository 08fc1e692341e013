using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Tests.Storage;

/// <summary>SQLite's plan for a query as EF Core sends it, so a test can assert that an index answers it.</summary>
internal static class QueryPlan
{
    /// <summary>The plan's steps, e.g. "SEARCH o USING INDEX IX_Outbox_State_NextAttemptAt (State=? AND NextAttemptAt&lt;?)".</summary>
    /// <typeparam name="T">The query's element type.</typeparam>
    /// <param name="context">The context the query belongs to.</param>
    /// <param name="query">The query.</param>
    /// <returns>One line per step.</returns>
    public static async Task<List<string>> OfAsync<T>(OsbyDbContext context, IQueryable<T> query)
    {
        DbCommand command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await context.Database.OpenConnectionAsync();
        List<string> plan = [];
        await using (DbDataReader reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        return plan;
    }
}
