using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Osby.TeamsBot.Api;

/// <summary>The item API's OpenAPI document (<c>/openapi/v1.json</c>): only the item endpoints, with the API key scheme,
/// item ids as integers, times as <c>date-time</c> and names as enums.</summary>
internal static class ItemApiOpenApi
{
    /// <summary>The document's name, as in its path <c>/openapi/v1.json</c>.</summary>
    public const string DocumentName = "v1";

    /// <summary>Configures the document.</summary>
    /// <param name="options">The OpenAPI options.</param>
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ShouldInclude = description =>
            description.RelativePath?.StartsWith(ItemEndpoints.ItemsPath.TrimStart('/'), StringComparison.OrdinalIgnoreCase) == true;
        options.AddDocumentTransformer(DescribeDocument);
        options.AddOperationTransformer(DescribeOperation);
        options.AddSchemaTransformer(DescribeSchema);
    }

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Osby Teams bot – item API",
            Version = DocumentName,
            Description = "Other systems (a Power Automate flow on a function mailbox, the e-service platform) register items that reached "
                + "Osby kommun and report later events; the bot tracks deadlines and forward chains under the guideline KS 2023-43. "
                + "Every call needs the calling system's API key in the X-Api-Key header. Problems are application/problem+json, in Swedish "
                + "unless Accept-Language prefers English. See docs/items-api.md.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.Header,
            Description = "The calling system's API key. Each system has its own; only its SHA-256 is configured in the bot (Osby:Api:Clients).",
        };
        return Task.CompletedTask;
    }

    private static async Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<JsonRequestBody>().FirstOrDefault() is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken).ConfigureAwait(false) },
                },
            };
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [],
        });

        foreach (IOpenApiParameter parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Name: "id" } id)
            {
                id.Description = "The item's id, a positive whole number (its number for staff).";
                id.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1" };
            }
        }
    }

    private static Task DescribeSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var attributes = context.JsonPropertyInfo?.AttributeProvider;
        if (attributes is null)
        {
            return Task.CompletedTask;
        }

        if (attributes.GetCustomAttributes(typeof(ApiTimestampAttribute), inherit: true).Length > 0)
        {
            schema.Format = "date-time";
        }

        if (attributes.GetCustomAttributes(typeof(ApiEnumAttribute), inherit: true).FirstOrDefault() is ApiEnumAttribute names)
        {
            schema.Enum = [.. ApiNames.All(names.EnumType).Except(names.Except, StringComparer.Ordinal).Select(n => (JsonNode)JsonValue.Create(n))];
        }

        return Task.CompletedTask;
    }
}
