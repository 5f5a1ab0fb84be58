using System.Reflection;
using System.Text;

namespace TemplateGen.Tests.PublicApi;

/// <summary>
/// The public surface of an assembly as sorted lines of C#-like signatures with nullability, one per member,
/// in the spirit of PublicApiAnalyzers' PublicAPI.Shipped.txt (that analyzer is served now and could replace this approval test).
/// </summary>
internal static class PublicApiText
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Of(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var name = TypeName(type);
            lines.Add($"{name} ({Kind(type)}){Bases(type)}");
            var nullability = new NullabilityInfoContext();
            foreach (var member in type.GetMembers(Declared))
            {
                var line = member switch
                {
                    ConstructorInfo c => $"{name}.{name.Split('.').Last()}({Parameters(c, nullability)})",
                    MethodInfo m when !m.IsSpecialName => $"{Static(m)}{name}.{m.Name}{Generic(m)}({Parameters(m, nullability)}) -> {Nullable(m.ReturnType, nullability.Create(m.ReturnParameter))}",
                    PropertyInfo p => $"{Static(p.GetMethod)}{name}.{p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : "")}{(p.SetMethod?.IsPublic == true ? "set; " : "")}}} -> {Nullable(p.PropertyType, nullability.Create(p))}",
                    FieldInfo f when type.IsEnum && f.IsStatic => $"{name}.{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}",
                    FieldInfo f when !type.IsEnum => $"{(f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{name}.{f.Name} -> {Nullable(f.FieldType, nullability.Create(f))}",
                    EventInfo e => $"event {name}.{e.Name} -> {TypeName(e.EventHandlerType!)}",
                    _ => null,
                };
                if (line is not null)
                {
                    lines.Add(line);
                }
            }
        }

        // Static members sort with their type's other members.
        lines.Sort((a, b) => StringComparer.Ordinal.Compare(a.Replace("static ", "", StringComparison.Ordinal), b.Replace("static ", "", StringComparison.Ordinal)));
        return string.Join("\n", lines) + "\n";
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum"
        : type.IsInterface ? "interface"
        : type.IsValueType ? (type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)) ? "readonly struct" : "struct")
        : type.IsAbstract && type.IsSealed ? "static class"
        : type.IsSealed ? "sealed class"
        : type.IsAbstract ? "abstract class"
        : "class";

    private static string Bases(Type type)
    {
        if (type.IsEnum)
        {
            return ""; // the interfaces System.Enum implements differ between runtimes
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(TypeName(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(TypeName).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static string Static(MethodBase? method) => method?.IsStatic == true ? "static " : "";

    private static string Generic(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p =>
            $"{(p.ParameterType.IsByRef ? (p.IsOut ? "out " : "ref ") : "")}{Nullable(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, nullability.Create(p))} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue is string s ? $"\"{s}\"" : p.DefaultValue?.ToString() ?? "null") : "")}"));

    private static string Nullable(Type type, NullabilityInfo info) =>
        TypeName(type) + (!type.IsValueType && info.ReadState == NullabilityState.Nullable ? "?" : "");

    private static string TypeName(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (System.Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        var name = new StringBuilder(type.IsNested ? TypeName(type.DeclaringType!) + "." : type.Namespace + ".");
        var plain = type.Name;
        var tick = plain.IndexOf('`', StringComparison.Ordinal);
        name.Append(tick < 0 ? plain : plain[..tick]);
        if (type.IsGenericType)
        {
            name.Append('<').Append(string.Join(", ", type.GetGenericArguments().Select(TypeName))).Append('>');
        }

        return name.ToString();
    }
}
