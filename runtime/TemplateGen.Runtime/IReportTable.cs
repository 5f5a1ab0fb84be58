namespace TemplateGen;

/// <summary>A generated table, for code that works with any template through its metadata.</summary>
public interface IReportTable
{
    /// <summary>Layout, labels and rules of the table.</summary>
    TableMetadata Metadata { get; }

    /// <summary>The value of a data cell, by data row and data column index; null when blank.</summary>
    /// <param name="row">Index among <see cref="TableMetadata.DataRows"/>.</param>
    /// <param name="column">Index among <see cref="TableMetadata.DataColumns"/>.</param>
    /// <returns>The value, or null when the cell is blank.</returns>
    decimal? GetValue(int row, int column);

    /// <summary>Sets a data cell.</summary>
    /// <param name="row">Index among <see cref="TableMetadata.DataRows"/>.</param>
    /// <param name="column">Index among <see cref="TableMetadata.DataColumns"/>.</param>
    /// <param name="value">The value, or null for blank.</param>
    /// <exception cref="System.ArgumentException">The value does not fit the column's kind (a fraction in a whole-number column).</exception>
    void SetValue(int row, int column, decimal? value);

    /// <summary>Checks every rule of the table.</summary>
    /// <returns>Every violation; allocation-free when every rule holds.</returns>
    ValidationResult Validate();

    /// <summary>Fills every total from its parts where all parts have values.</summary>
    void ComputeTotals();
}
