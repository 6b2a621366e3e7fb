using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Fairwatch.Actions.Cwc;

/// <summary>Checks documents against <c>cwc-2.0.xsd</c>, which ships inside the assembly.</summary>
public static class CwcSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>The schema's own text, for staff and vendors who want to check an export themselves.</summary>
    public static string Text
    {
        get
        {
            using var stream = Stream();
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Every way the document breaks the format; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(XDocument document)
    {
        var problems = new List<string>();
        document.Validate(Schemas.Value, (_, e) => problems.Add(e.Message));
        return problems;
    }

    /// <summary>Parses and checks a document as text, as a receiving office would.</summary>
    public static IReadOnlyList<string> Validate(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException e)
        {
            return [$"Not well-formed XML: {e.Message}"];
        }

        return Validate(document);
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet();
        using var stream = Stream();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    private static Stream Stream() =>
        typeof(CwcSchema).Assembly.GetManifestResourceStream("cwc/cwc-2.0.xsd")
        ?? throw new InvalidOperationException("The CWC schema is not embedded in the assembly.");
}
