namespace TemplateGen.Reading;

/// <summary>What kind of document a report was read from.</summary>
public enum DocumentKind
{
    /// <summary>Text: extracted, typed or saved as .txt, in any encoding.</summary>
    Text,

    /// <summary>An HTML page, as sites publish reports (saved from Word too).</summary>
    Html,

    /// <summary>A PDF with a text layer: tables rebuilt from the page's geometry, every line with its page.</summary>
    Pdf,

    /// <summary>A Word document (.docx): paragraphs and tables with their merged cells.</summary>
    Word,
}
