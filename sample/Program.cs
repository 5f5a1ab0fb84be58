var report = new GovDisclosure.Y2021.Report();
Console.WriteLine(report.Validate().IsValid);
