namespace TemplateGen.Sample.Tests;

/// <summary>A folder as a user collects one: the real reports at the top of the test data, the PDF, a notice that is no report, and an image named .pdf.</summary>
internal static class MixedFolder
{
    /// <summary>Creates the folder under <paramref name="parent"/> and returns its path.</summary>
    public static string Create(string parent)
    {
        var folder = Directory.CreateDirectory(Path.Combine(parent, "in"));
        foreach (var file in Directory.GetFiles(ReportFiles.RealReport(""), "*.txt").Append(ReportFiles.RealReport("pdf/huaian-hongze-2023.pdf")))
        {
            File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder.FullName, "notice.txt"), "会议通知：请各单位按时参加。");
        File.WriteAllBytes(Path.Combine(folder.FullName, "scan.pdf"), new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 });
        return folder.FullName;
    }
}
