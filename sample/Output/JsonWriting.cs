using System.Text.Json;

namespace TemplateGen.Sample.Output;

/// <summary>
/// Properties written the way the checker's JSON has them: a missing value is <c>null</c>, never left out, and a list
/// is an array of objects or values. Written directly, without reflection, so the JSON is the same from a native build.
/// </summary>
internal static class JsonWriting
{
    public static void Text(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    public static void Number(this Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void Number(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void Flag(this Utf8JsonWriter writer, string name, bool value) => writer.WriteBoolean(name, value);

    /// <summary>An array of objects, each written by <paramref name="properties"/>; null when there is no list.</summary>
    public static void Objects<T>(this Utf8JsonWriter writer, string name, IEnumerable<T>? items, Action<Utf8JsonWriter, T> properties)
    {
        if (items is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            properties(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>One object written by <paramref name="properties"/>, or null.</summary>
    public static void Object<T>(this Utf8JsonWriter writer, string name, T? item, Action<Utf8JsonWriter, T> properties)
        where T : class
    {
        if (item is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        properties(writer, item);
        writer.WriteEndObject();
    }

    public static void Texts(this Utf8JsonWriter writer, string name, IEnumerable<string?>? values)
    {
        if (values is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }

        writer.WriteEndArray();
    }

    public static void Numbers(this Utf8JsonWriter writer, string name, IEnumerable<decimal?> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            if (value is { } number)
            {
                writer.WriteNumberValue(number);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }

    public static void Numbers(this Utf8JsonWriter writer, string name, IEnumerable<int> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>A map from names to numbers, in the map's own order.</summary>
    public static void Numbers(this Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, decimal?> values)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in values)
        {
            writer.Number(key, value);
        }

        writer.WriteEndObject();
    }
}
