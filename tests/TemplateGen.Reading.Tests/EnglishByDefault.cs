using System.Globalization;

/// <summary>What the libraries and analyzers write for people follows the UI culture; the tests read English whatever the machine's culture.</summary>
internal static class EnglishByDefault
{
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void Initialize() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
}
