using System.Globalization;
using System.Xml.Linq;

namespace KhorasanWatch.Tests.Reporting.Charts;

/// <summary>Reads rendered chart SVG back for assertions: it must parse as XML and hold no non-finite number.</summary>
internal static class ChartXml
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg)
    {
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
        var root = XDocument.Parse(svg).Root!; // Parse throws rather than return a document without a root
        Assert.Equal(Svg + "svg", root.Name);
        return root;
    }

    /// <summary>The elements of the chart part named by a group's class ("x-labels", "bars", "areas").</summary>
    public static IReadOnlyList<XElement> Group(XElement root, string name) =>
        root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == name).Elements().ToList();

    /// <summary>The text elements of a chart part, in drawing order.</summary>
    public static List<XElement> TextsIn(XElement root, string group) => Group(root, group).Where(e => e.Name == Svg + "text").ToList();

    public static IReadOnlyList<XElement> All(XElement root, string name) => root.Descendants(Svg + name).ToList();

    public static IReadOnlyList<string> Texts(XElement root) => All(root, "text").Select(t => t.Value).ToList();

    public static double Num(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture); // every asserted element carries it

    /// <summary>The viewBox's width and height.</summary>
    public static (double Width, double Height) Size(XElement root)
    {
        var box = root.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return (box[2], box[3]);
    }
}
