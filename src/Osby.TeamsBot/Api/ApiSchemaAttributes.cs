namespace Osby.TeamsBot.Api;

/// <summary>Marks a string member of an API record that holds an enum name, so that the OpenAPI document lists the names.</summary>
/// <param name="enumType">The enum whose names (camelCase, <see cref="ApiNames"/>) are allowed.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
internal sealed class ApiEnumAttribute(Type enumType) : Attribute
{
    /// <summary>Gets the enum whose names are allowed.</summary>
    public Type EnumType { get; } = enumType;

    /// <summary>Gets or sets names that are not allowed here, e.g. "arrived" for an event.</summary>
    public string[] Except { get; init; } = [];
}

/// <summary>Marks a string member of an API record that holds a time (<see cref="ApiTime"/>), so that the OpenAPI document
/// gives it the <c>date-time</c> format.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
internal sealed class ApiTimestampAttribute : Attribute;
