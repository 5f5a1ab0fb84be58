using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TemplateGen.Reading;

namespace TemplateGen.Benchmarks;

/// <summary>
/// The checker over a folder of 540 reports (twenty real ones, both formats, as the web archive saved them, copied under
/// distinct names), as a user runs it: a new process, `check FOLDER --json`. The baseline is the same reading and
/// checking warm in this process (each report read with both formats, its rules checked, failures localized, its
/// claims compared), so the ratio is what a cold process adds per report. The process also checks years against
/// each other and writes the JSON, which the baseline leaves out. The checker reads a folder's files on every core,
/// so the same warm work on every core is measured too. The native executable is published beforehand:
/// <c>dotnet publish sample -c Release -r linux-x64 -o artifacts/native</c>; without it that benchmark fails alone.
/// </summary>
// Ten warm-ups: the in-process baseline took eight passes over the folder to reach its steady state (870 ms, then
// 390 … 255 ms, as the JIT's tiers caught up); with two it was measured half warm and every ratio came out too low.
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 8)]
public class CliBenchmarks
{
    private const int Reports = 540;
    private static readonly ReportFormat[] Formats = { ReportFormat.Of<GovDisclosure.Y2019.Report>(), ReportFormat.Of<GovDisclosure.Y2021.Report>() };
    private readonly List<(string Name, byte[] Bytes)> _files = new();
    private string _folder = "";
    private string _checker = "";
    private string _native = "";

    [GlobalSetup]
    public void Setup()
    {
        _checker = Metadata("CheckerAssembly");
        _native = Metadata("NativeChecker");
        if (!File.Exists(_checker))
        {
            throw new InvalidOperationException($"Build the checker first: {_checker} is missing.");
        }

        _folder = Directory.CreateTempSubdirectory("templategen-cli-bench-").FullName;
        var sources = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Inputs", "reports"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < Reports; i++)
        {
            var name = $"{i:000}-{Path.GetFileName(sources[i % sources.Length])}";
            File.Copy(sources[i % sources.Length], Path.Combine(_folder, name));
            _files.Add((name, File.ReadAllBytes(sources[i % sources.Length])));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "540 reports, warm, in this process")]
    public int InProcess()
    {
        var failed = 0;
        foreach (var (name, bytes) in _files)
        {
            var reading = ReportReader.Read(bytes, name, Formats);
            if (reading.Validate().Violations.Any(v => v.Status == ViolationStatus.Failed))
            {
                reading.Localize();
                failed++;
            }

            reading.CheckClaims();
        }

        return failed;
    }

    /// <summary>
    /// The same warm work on every core, as the checker shares a folder's files: what a new process on this machine
    /// is compared with once it uses more than one core.
    /// </summary>
    [Benchmark(Description = "540 reports, warm, in this process, on every core")]
    public int InProcessOnEveryCore()
    {
        var failed = 0;
        Parallel.ForEach(_files, file =>
        {
            var reading = ReportReader.Read(file.Bytes, file.Name, Formats);
            if (reading.Validate().Violations.Any(v => v.Status == ViolationStatus.Failed))
            {
                reading.Localize();
                Interlocked.Increment(ref failed);
            }

            reading.CheckClaims();
        });

        return failed;
    }

    [Benchmark(Description = "templategen check FOLDER --json, a new process")]
    public int NewProcess() => Check("dotnet", _checker, dynamicPgo: false);

    /// <summary>The same with the JIT's dynamic PGO on, as .NET's default is (the checker's runtimeconfig turns it off).</summary>
    [Benchmark(Description = "the same, dynamic PGO on (DOTNET_TieredPGO=1)")]
    public int NewProcessWithDynamicPgo() => Check("dotnet", _checker, dynamicPgo: true);

    /// <summary>The checker published with Native AOT: no JIT, optimized code from the first report.</summary>
    [Benchmark(Description = "the same, the native executable (Native AOT)")]
    public int NativeProcess() => File.Exists(_native)
        ? Check(_native, null, dynamicPgo: false)
        : throw new InvalidOperationException($"Publish the native checker first: dotnet publish sample -c Release -r linux-x64 -o artifacts/native ({_native} is missing).");

    private static string Metadata(string key) =>
        typeof(CliBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private int Check(string program, string? assembly, bool dynamicPgo)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["DOTNET_TieredPGO"] = dynamicPgo ? "1" : "0";
        foreach (var argument in new[] { assembly, "check", _folder, "--json" })
        {
            if (argument is not null)
            {
                start.ArgumentList.Add(argument);
            }
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = error.Result;
        return output.Length > 0 ? process.ExitCode : throw new InvalidOperationException("The checker wrote nothing.");
    }
}
