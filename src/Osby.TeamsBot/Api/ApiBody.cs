using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Api;

/// <summary>Reads an item API request body with System.Text.Json, turning every way it can be wrong into a problem response.</summary>
/// <remarks>
/// <para>The body is read here rather than bound by the framework, whose 400 for bad JSON has no body to tell the caller
/// what is wrong. In order: the content type must be JSON (else 415), the body at most <see cref="MaxBytes"/> (else 413),
/// then a 400 with a field error for a body that is empty, not valid JSON (with line and position), not an object, has a
/// property the API does not know or a property twice (nothing is silently dropped), or a value of the wrong JSON type
/// (named by its path).</para>
/// <para>Property names are camelCase and read case-insensitively; numbers may come as strings ("2"), as Power Automate
/// expressions often give them; a UTF-8 byte order mark is skipped.</para>
/// </remarks>
internal static class ApiBody
{
    /// <summary>The largest body accepted, in bytes (a request is a few hundred bytes; a subject at most 500 characters).</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The field name used for problems with the body as a whole.</summary>
    public const string BodyField = "body";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowDuplicateProperties = false,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false, MaxDepth = 16 };

    /// <summary>Reads the body as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The request record.</typeparam>
    /// <param name="context">The request's context.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The request, or the problem response to send instead.</returns>
    public static async Task<ApiBody<T>> ReadAsync<T>(HttpContext context, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        HttpRequest request = context.Request;
        if (!request.HasJsonContentType())
        {
            return new(null, ApiProblems.Create(
                context, StatusCodes.Status415UnsupportedMediaType, ApiTexts.UnsupportedMediaTypeTitle, ApiTexts.UnsupportedMediaTypeDetail));
        }

        byte[]? bytes = await ReadBytesAsync(request, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return new(null, ApiProblems.Create(
                context, StatusCodes.Status413PayloadTooLarge, ApiTexts.TooLargeTitle, ApiTexts.BodyTooLarge(MaxBytes)));
        }

        ReadOnlyMemory<byte> json = bytes.AsMemory();
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Invalid<T>(context, BodyField, ApiTexts.EmptyBody);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            return Invalid<T>(context, BodyField, ApiTexts.MalformedJson((exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1));
        }

        using (document)
        {
            return Read<T>(context, document.RootElement);
        }
    }

    private static ApiBody<T> Read<T>(HttpContext context, JsonElement root)
        where T : class
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Invalid<T>(context, BodyField, ApiTexts.ExpectedObject);
        }

        JsonTypeInfo typeInfo = Options.GetTypeInfo(typeof(T));
        List<ItemProblem> unknown = [.. root.EnumerateObject()
            .Where(p => !typeInfo.Properties.Any(known => string.Equals(known.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(p => ApiProblems.Problem(p.Name, ApiTexts.UnknownField))];
        if (unknown.Count > 0)
        {
            return new(null, ApiProblems.Invalid(context, unknown));
        }

        try
        {
            return new(root.Deserialize<T>(Options), null);
        }
        catch (JsonException exception)
        {
            string field = FieldOf(exception.Path);
            Type? type = typeInfo.Properties.FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase))?.PropertyType;
            return Invalid<T>(context, field, ExpectedTypeText(type));
        }
    }

    private static async Task<byte[]?> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ApiBody<T> Invalid<T>(HttpContext context, string field, ApiText message)
        where T : class =>
        new(null, ApiProblems.Invalid(context, field, message));

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return BodyField;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static ApiText ExpectedTypeText(Type? type) =>
        (Nullable.GetUnderlyingType(type ?? typeof(object)) ?? type) switch
        {
            { } t when t == typeof(string) => ApiTexts.ExpectedText,
            { } t when t == typeof(int) || t == typeof(long) => ApiTexts.ExpectedWholeNumber,
            _ => ApiTexts.WrongType,
        };
}

/// <summary>A request body as read by <see cref="ApiBody.ReadAsync"/>: the request, or the problem to answer with.</summary>
/// <typeparam name="T">The request record.</typeparam>
/// <param name="Value">The request, when it could be read.</param>
/// <param name="Problem">The problem response, when it could not.</param>
internal sealed record ApiBody<T>(T? Value, ProblemHttpResult? Problem)
    where T : class;
