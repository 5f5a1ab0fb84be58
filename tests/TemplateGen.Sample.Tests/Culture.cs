using System.Globalization;

namespace TemplateGen.Sample.Tests;

/// <summary>Sets the UI culture for a block (what the checker writes for people follows it) and restores it after.</summary>
internal sealed class Culture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    private Culture(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

    /// <summary>English, whatever the machine's own culture.</summary>
    public static Culture English() => new(CultureInfo.InvariantCulture);

    public static Culture Chinese() => new(CultureInfo.GetCultureInfo("zh-CN"));

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}

/// <summary>The checker writes for people in the UI culture's language; the tests read English unless they ask for another, whatever the machine's culture.</summary>
internal static class EnglishByDefault
{
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void Initialize() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
}
