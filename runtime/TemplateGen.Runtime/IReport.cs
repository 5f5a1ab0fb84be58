using System.Collections.Generic;

namespace TemplateGen;

/// <summary>A generated report: one instance of every table of a template, for code that works with any template.</summary>
public interface IReport
{
    /// <summary>The template's identity and the metadata of its tables.</summary>
    TemplateMetadata Metadata { get; }

    /// <summary>Every table, in template order (the order of <see cref="TemplateMetadata.Tables"/>).</summary>
    IReadOnlyList<IReportTable> Tables { get; }

    /// <summary>Checks every rule of every table.</summary>
    /// <returns>Every violation; allocation-free when every rule holds.</returns>
    ValidationResult Validate();

    /// <summary>Fills every total of every table from its parts.</summary>
    void ComputeTotals();
}
