using System.IO.Compression;
using System.Text.RegularExpressions;
using Shouldly;
using TemplateGen.Tests.Infrastructure;
using Xunit;

namespace TemplateGen.Tests.EndToEnd;

/// <summary>
/// The package as a user meets it: packed into a folder, added to a fresh console project with one
/// PackageReference, a template dropped in, built with -warnaserror and run; then template mistakes
/// appear in the build output at their line. The consumer restores into its own packages folder, so a
/// re-packed package of the same version is never taken stale from the global cache.
/// </summary>
[Collection(DotNetCliCollection.Name)]
public sealed class PackageTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("templategen-package-");
    private readonly Dictionary<string, string> _environment;

    public PackageTests() => _environment = new() { ["NUGET_PACKAGES"] = Path.Combine(_root.FullName, "packages") };

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void A_console_project_with_the_package_and_a_template_builds_runs_and_reports_template_mistakes()
    {
        var app = CreateConsumer();
        var template = Path.Combine(app, "templates", ShippedTemplates.Format2021);
        File.WriteAllText(template, ShippedTemplates.Text(ShippedTemplates.Format2021));

        var (buildExit, buildOutput) = DotNetCli.Run(app, _environment, "build", "-warnaserror", "-tl:off", "-nodeReuse:false");
        buildExit.ShouldBe(0, buildOutput);
        var (runExit, runOutput) = DotNetCli.Run(app, _environment, "run", "--no-build");
        runExit.ShouldBe(0, runOutput);
        runOutput.ShouldContain("国办公开办函〔2021〕30号: 6 tables; S1 failed at 自然人");

        AssertBuildError(app, template, ShippedTemplates.Text(ShippedTemplates.Format2021).Replace("\"label\": \"规章\"", "\"label\": \"规章\",,", StringComparison.Ordinal), "TG0001");
        AssertBuildError(app, template, ShippedTemplates.Text(ShippedTemplates.Format2021).Replace("\"total\": \"ResultsTotal\"", "\"total\": \"ResultTotal\"", StringComparison.Ordinal), "TG0301");
    }

    [Fact]
    public void Default_items_can_be_turned_off_and_a_listed_template_is_not_added_twice()
    {
        var app = CreateConsumer();
        File.WriteAllText(Path.Combine(app, "templates", "a.template.json"), ShippedTemplates.Text(ShippedTemplates.Format2021));
        File.WriteAllText(Path.Combine(app, "templates", "b.template.json"), ShippedTemplates.Text(ShippedTemplates.Format2019));
        DotNetCli.Run(app, _environment, "restore").ExitCode.ShouldBe(0);

        AdditionalFiles(app).ShouldBe(new[] { "templates/a.template.json", "templates/b.template.json" }, ignoreOrder: true);
        AdditionalFiles(app, "-p:TemplateGenEnableDefaultItems=false").ShouldBeEmpty();

        var project = Path.Combine(app, "App.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", "  <ItemGroup><AdditionalFiles Include=\"templates/a.template.json\" TemplateGenNamespace=\"Custom\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
        AdditionalFiles(app).ShouldBe(new[] { "templates/a.template.json", "templates/b.template.json" }, ignoreOrder: true);

        // The listed file's metadata reaches the generator: its types move to the namespace the project gives.
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(Custom.Report.Metadata.Notice + GovDisclosure.Y2019.Report.Metadata.Notice);\n");
        var (exitCode, output) = DotNetCli.Run(app, _environment, "build", "-warnaserror", "-tl:off", "-nodeReuse:false");
        exitCode.ShouldBe(0, output);
    }

    [Fact]
    public void The_package_carries_the_runtime_as_a_library_the_plugins_as_analyzers_and_its_own_metadata()
    {
        var (package, _) = Pack();

        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.ShouldContain("lib/netstandard2.0/TemplateGen.Runtime.dll");
        entries.ShouldContain("lib/netstandard2.0/TemplateGen.Runtime.xml");
        entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ShouldBe(new[]
        {
            "analyzers/dotnet/cs/TemplateGen.Analyzers.dll",
            "analyzers/dotnet/cs/TemplateGen.CodeFixes.dll",
            "analyzers/dotnet/cs/TemplateGen.Generator.dll",
            "analyzers/dotnet/cs/TemplateGen.Model.dll",
            "analyzers/dotnet/cs/zh-Hans/TemplateGen.Analyzers.resources.dll",
        });
        entries.ShouldNotContain(e => e.EndsWith(".cs", StringComparison.Ordinal));
        entries.ShouldContain("icon.png");

        using var nuspec = new StreamReader(zip.GetEntry("TemplateGen.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        metadata.ShouldContain("<license type=\"expression\">MIT</license>");
        metadata.ShouldContain("<repository type=\"git\" url=\"https://github.com/TemplateGen/TemplateGen\"");
        metadata.ShouldContain("<readme>README.md</readme>");
        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        readme.ReadToEnd().ShouldStartWith("# TemplateGen\n\nA compile-time toolkit", Case.Sensitive);
        // A copied template keeps a $schema that resolves: the schema's own $id, a URL into this repository's docs/.
        using var schema = new StreamReader(zip.GetEntry("schema/template.schema.json")!.Open());
        var schemaId = System.Text.Json.JsonDocument.Parse(schema.ReadToEnd()).RootElement.GetProperty("$id").GetString()!;
        schemaId.ShouldBe("https://raw.githubusercontent.com/TemplateGen/TemplateGen/main/docs/template.schema.json");
        File.Exists(RepositoryFiles.Path(schemaId["https://raw.githubusercontent.com/TemplateGen/TemplateGen/main/".Length..])).ShouldBeTrue();
        foreach (var format in new[] { "2019", "2021" })
        {
            using var template = new StreamReader(zip.GetEntry($"templates/gov-info-disclosure-{format}.template.json")!.Open());
            System.Text.Json.JsonDocument.Parse(template.ReadToEnd()).RootElement.GetProperty("$schema").GetString().ShouldBe(schemaId);
        }

        File.Exists(Path.ChangeExtension(package, ".snupkg")).ShouldBeTrue();
    }

    [Fact]
    public void A_library_granting_internals_to_an_app_builds_warning_free_beside_it_because_the_support_types_are_shared()
    {
        var (_, version) = Pack();
        var library = Path.Combine(_root.FullName, "lib");
        Directory.CreateDirectory(library);
        WriteFeedConfig(library);
        File.WriteAllText(Path.Combine(library, ShippedTemplates.Format2019), ShippedTemplates.Text(ShippedTemplates.Format2019));
        ConsumerProject.WriteLibrary(library, "Lib", $"""
                <PackageReference Include="TemplateGen" Version="{version}" />
                <InternalsVisibleTo Include="App" />
            """, """
            namespace Lib
            {
                public static class Reports
                {
                    public static TemplateGen.IReport Create2019() => new GovDisclosure.Y2019.Report();
                }
            }
            """);
        var app = CreateConsumer(version, $"""    <ProjectReference Include="{Path.Combine(library, "Lib.csproj")}" />""", """
            // The library's internal 2019 tables (through InternalsVisibleTo) and this app's own 2021 tables, as one runtime's IReport.
            TemplateGen.IReport[] reports = { new GovDisclosure.Y2019.Report(), Lib.Reports.Create2019(), new GovDisclosure.Y2021.Report() };
            foreach (var report in reports)
            {
                System.Console.WriteLine($"{report.Metadata.Notice}: {report.Tables.Count} tables, no rule fails: {report.Validate().IsValid}");
            }
            """);
        File.WriteAllText(Path.Combine(app, "templates", ShippedTemplates.Format2021), ShippedTemplates.Text(ShippedTemplates.Format2021));

        var (buildExit, buildOutput) = DotNetCli.Run(app, _environment, "build", "-warnaserror", "-tl:off", "-nodeReuse:false");
        buildExit.ShouldBe(0, buildOutput);
        buildOutput.ShouldNotContain("CS0436");
        var (runExit, runOutput) = DotNetCli.Run(app, _environment, "run", "--no-build");
        runExit.ShouldBe(0, runOutput);
        runOutput.ShouldBe("国办公开办函〔2019〕60号: 7 tables, no rule fails: True\n国办公开办函〔2019〕60号: 7 tables, no rule fails: True\n国办公开办函〔2021〕30号: 6 tables, no rule fails: True\n", StringCompareShould.IgnoreLineEndings);
    }

    [Fact]
    public void A_library_with_public_generated_types_exposes_its_typed_report_to_an_app_whose_analyzers_still_see_them()
    {
        var (_, version) = Pack();
        var library = Path.Combine(_root.FullName, "publiclib");
        Directory.CreateDirectory(library);
        WriteFeedConfig(library);
        File.WriteAllText(Path.Combine(library, ShippedTemplates.Format2019), ShippedTemplates.Text(ShippedTemplates.Format2019));
        ConsumerProject.WriteLibrary(library, "PublicLib", $"""
                <PackageReference Include="TemplateGen" Version="{version}" />
            """, """
            namespace PublicLib
            {
                public static class Reports
                {
                    /// <summary>The typed report in the library's public API: CS0050 unless the generated types are public.</summary>
                    public static GovDisclosure.Y2019.Report Create2019() => new GovDisclosure.Y2019.Report();
                }
            }
            """);
        File.WriteAllText(Path.Combine(library, "PublicLib.csproj"), File.ReadAllText(Path.Combine(library, "PublicLib.csproj"))
            .Replace("<Nullable>enable</Nullable>", "<Nullable>enable</Nullable>\n    <TemplateGenAccessibility>public</TemplateGenAccessibility>", StringComparison.Ordinal));
        var app = CreateConsumer(version, $"""    <ProjectReference Include="{Path.Combine(library, "PublicLib.csproj")}" />""", """
            // The library's public 2019 tables, typed, in an app that generates none of its own.
            var report = PublicLib.Reports.Create2019();
            report.Applications.NewApplications.NaturalPersons = 3;
            report.Validate();
            System.Console.WriteLine($"{GovDisclosure.Y2019.Report.Metadata.Notice}: {report.Applications.NewApplications.NaturalPersons}");
            """);

        var (buildExit, buildOutput) = DotNetCli.Run(app, _environment, "build", "-tl:off", "-nodeReuse:false");
        buildExit.ShouldBe(0, buildOutput);
        // The app's analyzers judge the library's generated types too: the ignored Validate() result is TG1001.
        buildOutput.ShouldContain("warning TG1001", Case.Sensitive, buildOutput);
        buildOutput.ShouldNotContain("CS0122", Case.Sensitive, buildOutput);
        var (runExit, runOutput) = DotNetCli.Run(app, _environment, "run", "--no-build");
        runExit.ShouldBe(0, runOutput);
        runOutput.ShouldBe("国办公开办函〔2019〕60号: 3\n", StringCompareShould.IgnoreLineEndings);
    }

    [Fact]
    public void A_shipped_format_is_used_in_place_with_one_line_in_the_project_file_and_an_unknown_one_is_one_error()
    {
        var (_, version) = Pack();
        var app = CreateConsumer(version, """    <TemplateGenFormat Include="gov-info-disclosure-2021" />""", """
            var report = new GovDisclosure.Y2021.Report();
            report.Applications.NewApplications.NaturalPersons = 2;
            System.Console.WriteLine($"{GovDisclosure.Y2021.Report.Metadata.Notice}: {report.Tables.Count} tables, {report.Applications.NewApplications.NaturalPersons}");
            """);
        Directory.GetFiles(app, "*.template.json", SearchOption.AllDirectories).ShouldBeEmpty();

        var (buildExit, buildOutput) = DotNetCli.Run(app, _environment, "build", "-warnaserror", "-tl:off", "-nodeReuse:false");
        buildExit.ShouldBe(0, buildOutput);
        var (runExit, runOutput) = DotNetCli.Run(app, _environment, "run", "--no-build");
        runExit.ShouldBe(0, runOutput);
        runOutput.ShouldBe("国办公开办函〔2021〕30号: 6 tables, 2\n", StringCompareShould.IgnoreLineEndings);

        File.WriteAllText(Path.Combine(app, "App.csproj"), File.ReadAllText(Path.Combine(app, "App.csproj")).Replace("gov-info-disclosure-2021", "gov-info-disclosure-2022", StringComparison.Ordinal));
        var (failedExit, failedOutput) = DotNetCli.Run(app, _environment, "build", "-tl:off", "-nodeReuse:false");
        failedExit.ShouldNotBe(0, failedOutput);
        failedOutput.ShouldContain("App.csproj : error : TemplateGenFormat 'gov-info-disclosure-2022' is not a format TemplateGen ships; the package has: gov-info-disclosure-2019, gov-info-disclosure-2021.", Case.Sensitive, failedOutput);
        failedOutput.ShouldNotContain("CS0246", Case.Sensitive, failedOutput);
    }

    [Fact]
    public void Dotnet_new_templategen_format_scaffolds_a_format_with_a_working_schema_that_builds_in_an_empty_folder()
    {
        var (_, version) = Pack();
        var feed = Path.Combine(_root.FullName, "templates-feed");
        var (packExit, packOutput) = DotNetCli.Run(RepositoryFiles.Root, "pack", RepositoryFiles.Path("runtime/TemplateGen.Templates/TemplateGen.Templates.csproj"), "-o", feed, "-nodeReuse:false");
        packExit.ShouldBe(0, packOutput);
        var hive = Path.Combine(_root.FullName, "hive");
        var (installExit, installOutput) = DotNetCli.Run(_root.FullName, _environment, "new", "install", Directory.GetFiles(feed, "TemplateGen.Templates.*.nupkg").Single(), "--debug:custom-hive", hive);
        installExit.ShouldBe(0, installOutput);
        var app = CreateConsumer(version, "", """
            var report = new Reports.CityReport.Report();
            report.Applications.Granted.Count = 2;
            report.Applications.Refused.Count = 1;
            report.Applications.Total.Count = 4;
            var failed = report.Validate().Violations[0];
            System.Console.WriteLine($"{failed.RuleId} {failed.Status.ToString().ToLowerInvariant()}: reported {failed.Reported}, computed {failed.Computed}");
            """);
        var formats = Path.Combine(app, "templates");

        var (newExit, newOutput) = DotNetCli.Run(formats, _environment, "new", "templategen-format", "-n", "CityReport", "--debug:custom-hive", hive);

        newExit.ShouldBe(0, newOutput);
        Directory.GetFiles(formats).Select(Path.GetFileName).ShouldBe(new[] { "CityReport.template.json", "template.schema.json" }, ignoreOrder: true);
        var text = File.ReadAllText(Path.Combine(formats, "CityReport.template.json"));
        text.ShouldContain("\"$schema\": \"./template.schema.json\"");
        File.ReadAllText(Path.Combine(formats, "template.schema.json")).ShouldBe(File.ReadAllText(RepositoryFiles.Path("docs/template.schema.json")));
        AnalyzerHarness.Templates(new InMemoryAdditionalText(Path.Combine(formats, "CityReport.template.json"), text)).ShouldBeEmpty();
        var (buildExit, buildOutput) = DotNetCli.Run(app, _environment, "build", "-warnaserror", "-tl:off", "-nodeReuse:false");
        buildExit.ShouldBe(0, buildOutput);
        var (runExit, runOutput) = DotNetCli.Run(app, _environment, "run", "--no-build");
        runExit.ShouldBe(0, runOutput);
        runOutput.ShouldBe("R1 failed: reported 4, computed 3\n", StringCompareShould.IgnoreLineEndings);
    }

    [Fact]
    public void The_package_version_comes_from_git_so_each_commit_packs_a_new_one()
    {
        var (_, version) = Pack();

        // No tag in a fresh clone: 0.1.0-alpha.0.<commits after the first>; a tag vX.Y.Z gives X.Y.Z.
        version.ShouldMatch(@"^(0\.1\.0-alpha\.0\.[1-9][0-9]*|[0-9]+\.[0-9]+\.[0-9]+)$");
        var (exitCode, commits) = DotNetCli.RunProcess(RepositoryFiles.Root, "git", "rev-list", "--count", "HEAD");
        if (exitCode == 0 && version.StartsWith("0.1.0-alpha.0.", StringComparison.Ordinal))
        {
            // MinVer's height: the commits after the first.
            version.ShouldBe("0.1.0-alpha.0." + (int.Parse(commits.Trim(), System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_checker_installs_as_a_dotnet_tool_and_checks_a_real_report_by_its_command_name()
    {
        var feed = Path.Combine(_root.FullName, "tool-feed");
        var (packExit, packOutput) = DotNetCli.Run(RepositoryFiles.Root, "pack", RepositoryFiles.Path("sample/TemplateGen.Sample.csproj"), "-o", feed, "-nodeReuse:false");
        packExit.ShouldBe(0, packOutput);
        var package = Path.GetFileName(Directory.GetFiles(feed, "TemplateGen.Cli.*.nupkg").ShouldHaveSingleItem());
        var version = package["TemplateGen.Cli.".Length..^".nupkg".Length];
        var tools = Path.Combine(_root.FullName, "tools");
        var (installExit, installOutput) = DotNetCli.Run(_root.FullName, _environment, "tool", "install", "TemplateGen.Cli", "--tool-path", tools, "--add-source", feed, "--version", version);
        installExit.ShouldBe(0, installOutput);
        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "templategen.exe" : "templategen");

        var (versionExit, versionOutput) = DotNetCli.RunProcess(_root.FullName, command, "--version");
        var (checkExit, checkOutput) = DotNetCli.RunProcess(_root.FullName, command, "check", RepositoryFiles.Path("tests/TemplateGen.Reading.Tests/RealReports/pingtan-nyn-2021.txt"), "--json");

        versionExit.ShouldBe(0, versionOutput);
        versionOutput.ShouldStartWith(version);
        checkExit.ShouldBe(1, checkOutput); // S1 and I1 fail in this real report, as its README says
        checkOutput.ShouldContain("\"rule\": \"S1\"");
    }

    /// <summary>Packs the package into the test's feed folder (once) and returns its path and version.</summary>
    [Fact]
    public void A_ci_build_maps_source_paths_so_the_package_carries_no_build_folder()
    {
        // CI=true, as most build agents set it (an environment variable is an MSBuild property): DotNet.ReproducibleBuilds
        // turns on ContinuousIntegrationBuild, so the same bytes come out wherever the clone lies, paths as /_/….
        var feed = Path.Combine(_root.FullName, "ci-feed");
        // Built anew: an incremental build would keep assemblies an earlier Release build compiled with the folder's paths.
        var project = RepositoryFiles.Path("runtime/TemplateGen.Runtime/TemplateGen.Runtime.csproj");
        var (buildExit, buildOutput) = DotNetCli.Run(RepositoryFiles.Root, "build", project, "-c", "Release", "--no-incremental", "-p:CI=true", "-nodeReuse:false");
        buildExit.ShouldBe(0, buildOutput);
        var (exit, output) = DotNetCli.Run(RepositoryFiles.Root, "pack", project, "-c", "Release", "--no-build", "-o", feed, "-p:CI=true", "-nodeReuse:false");
        exit.ShouldBe(0, output);

        using var symbols = ZipFile.OpenRead(Directory.GetFiles(feed, "TemplateGen.*.snupkg").ShouldHaveSingleItem());
        using var pdb = new MemoryStream();
        symbols.GetEntry("lib/netstandard2.0/TemplateGen.Runtime.pdb").ShouldNotBeNull().Open().CopyTo(pdb);
        pdb.Position = 0;
        using var pdbProvider = System.Reflection.Metadata.MetadataReaderProvider.FromPortablePdbStream(pdb);
        var pdbReader = pdbProvider.GetMetadataReader();
        var documents = pdbReader.Documents.Select(d => pdbReader.GetString(pdbReader.GetDocument(d).Name)).ToList();
        documents.ShouldNotBeEmpty();
        documents.ShouldAllBe(d => d.StartsWith("/_/", StringComparison.Ordinal));

        using var package = ZipFile.OpenRead(Directory.GetFiles(feed, "TemplateGen.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal)));
        foreach (var assembly in package.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            using var bytes = new MemoryStream();
            assembly.Open().CopyTo(bytes);
            bytes.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(bytes);
            var codeView = pe.ReadDebugDirectory().Where(d => d.Type == System.Reflection.PortableExecutable.DebugDirectoryEntryType.CodeView).ToList();
            codeView.ShouldAllBe(d => pe.ReadCodeViewDebugDirectoryData(d).Path.StartsWith("/_/", StringComparison.Ordinal), assembly.FullName);
        }
    }

    private (string Package, string Version) Pack()
    {
        var feed = Path.Combine(_root.FullName, "feed");
        if (!Directory.Exists(feed))
        {
            var (packExit, packOutput) = DotNetCli.Run(RepositoryFiles.Root, "pack", RepositoryFiles.Path("runtime/TemplateGen.Runtime/TemplateGen.Runtime.csproj"), "-o", feed, "-nodeReuse:false");
            packExit.ShouldBe(0, packOutput);
        }

        var package = Directory.GetFiles(feed, "TemplateGen.*.nupkg").Where(p => !p.EndsWith(".snupkg", StringComparison.Ordinal)).ShouldHaveSingleItem();
        return (package, Regex.Match(Path.GetFileName(package), @"^TemplateGen\.(.+)\.nupkg$").Groups[1].Value);
    }

    /// <summary>The machine's package sources stay; the local feed is added beside them.</summary>
    private void WriteFeedConfig(string directory) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="templategen-local" value="{Path.Combine(_root.FullName, "feed")}" />
              </packageSources>
            </configuration>
            """);

    /// <summary>Packs the package and creates a console project that references it from the local feed.</summary>
    private string CreateConsumer() => CreateConsumer(Pack().Version, "", """
            var report = new GovDisclosure.Y2021.Report();
            var applications = report.Applications;
            applications.NewApplications.NaturalPersons = 2;
            applications.CarriedOver.NaturalPersons = 0;
            applications.ResultsTotal.NaturalPersons = 1;
            applications.CarriedForward.NaturalPersons = 0;
            var failed = report.Validate().Violations[0];
            System.Console.WriteLine($"{GovDisclosure.Y2021.Report.Metadata.Notice}: {report.Tables.Count} tables; {failed.RuleId} {failed.Status.ToString().ToLowerInvariant()} at {failed.Line.Label}");
            """);

    private string CreateConsumer(string version, string items, string program)
    {
        var app = Path.Combine(_root.FullName, "app");
        Directory.CreateDirectory(Path.Combine(app, "templates"));
        WriteFeedConfig(app);
        ConsumerProject.Write(app, "App", $"""
                <PackageReference Include="TemplateGen" Version="{version}" PrivateAssets="all" />
            {items}
            """, program);
        return app;
    }

    private void AssertBuildError(string app, string template, string text, string id)
    {
        File.WriteAllText(template, text);
        var diagnostic = AnalyzerHarness.Templates(new InMemoryAdditionalText(template, text)).First(d => d.Id == id);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;

        var (exitCode, output) = DotNetCli.Run(app, _environment, "build", "-tl:off", "-nodeReuse:false");

        exitCode.ShouldNotBe(0, output);
        output.ShouldContain($"{Path.GetFileName(template)}({position.Line + 1},{position.Character + 1}): error {id}:", Case.Sensitive, output);
    }

    private List<string> AdditionalFiles(string app, params string[] properties)
    {
        var (exitCode, output) = DotNetCli.Run(app, _environment, new[] { "msbuild", "-getItem:AdditionalFiles", "-nologo" }.Concat(properties).ToArray());
        exitCode.ShouldBe(0, output);
        return Regex.Matches(output, "\"Identity\":\\s*\"([^\"]+)\"").Select(m => m.Groups[1].Value.Replace('\\', '/')).ToList();
    }
}
