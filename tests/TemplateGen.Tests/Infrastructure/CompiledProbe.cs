using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Shouldly;

namespace TemplateGen.Tests.Infrastructure;

/// <summary>Emits a test compilation and calls a static method of it, each in a load context of its own.</summary>
internal static class CompiledProbe
{
    /// <summary>Emits <paramref name="compilation"/> (failing with its errors) and calls <paramref name="type"/>.<paramref name="method"/>().</summary>
    public static object? Call(Compilation compilation, string type, string method = "Run")
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));

        // Every test compilation is called Consumer: a context of its own keeps them apart.
        var assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new MemoryStream(stream.ToArray()));
        try
        {
            return assembly.GetType(type)!.GetMethod(method)!.Invoke(null, null);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }
}
