namespace TemplateGen.Sample.Checking;

/// <summary>What the process exit code says; a run's code is the largest of its reports' codes.</summary>
internal static class ExitCodes
{
    /// <summary>Every rule holds in every report.</summary>
    public const int Holds = 0;

    /// <summary>At least one rule fails in a table that was read (whatever else is missing).</summary>
    public const int RuleFails = 1;

    /// <summary>No rule fails, but a required table is missing or cannot be read, or a file cannot be read.</summary>
    public const int Unreadable = 2;

    /// <summary>The command line is wrong (EX_USAGE).</summary>
    public const int Usage = 64;

    /// <summary>The code of a run over several reports or files: a failed rule anywhere is 1, else anything unreadable is 2.</summary>
    public static int Combine(IEnumerable<int> codes)
    {
        var all = codes.ToList();
        return all.Contains(RuleFails) ? RuleFails : all.Contains(Unreadable) ? Unreadable : Holds;
    }
}
