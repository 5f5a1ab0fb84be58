namespace TemplateGen.Reading.Documents;

/// <summary>Signatures at the start of a file's bytes (byte order marks, magic numbers).</summary>
internal static class Bytes
{
    public static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
