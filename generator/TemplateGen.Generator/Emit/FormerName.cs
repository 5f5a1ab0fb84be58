namespace TemplateGen.Generator.Emit;

/// <summary>
/// The doc comment and attributes of a member kept under a former id ("was"): obsolete, hidden from completion, and
/// saying what to write instead, so code written against the earlier format compiles with a warning that guides it.
/// </summary>
internal static class FormerName
{
    public static void Write(CodeWriter w, string was, string id, string notice)
    {
        w.Start().Text("/// <summary>Renamed to <see cref=\"").Text(id).Text("\"/> in ").Xml(notice).End("; forwards to it.</summary>");
        w.Start().Text("[global::System.Obsolete(").Literal($"{was} was renamed to {id} in {notice}; use {id}.").End(")]");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
    }
}
