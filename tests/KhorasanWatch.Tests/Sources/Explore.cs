using System.Text;
using KhorasanWatch.Sources;
namespace KhorasanWatch.Tests.Sources;
public sealed class ExploreTests
{
    private static string Dump(byte[] bytes)
    {
        using var f = TempFile.WithBytes(bytes);
        var sb = new StringBuilder();
        try
        {
            using var csv = CsvSourceFile.Open(f.Path);
            sb.Append("cols=").Append(string.Join("|", csv.Columns.Names)).Append('\n');
            foreach (var r in csv.Rows())
            {
                sb.Append($"line {r.Line} count {r.Count} raw=[{r.Raw.Replace("\r", "\\r").Replace("\n", "\\n")}] vals=");
                for (var i = 0; i < r.Count; i++) sb.Append('<').Append(r.Get(i)).Append('>');
                sb.Append('\n');
            }
        }
        catch (Exception e) { sb.Append("EX ").Append(e.GetType().Name).Append(": ").Append(e.Message.Replace(f.Path, "F")); }
        return sb.ToString();
    }

    [Fact]
    public void Explore()
    {
        var o = TestContext.Current.TestOutputHelper!;
        var u = Encoding.UTF8;
        o.WriteLine("1 " + Dump(u.GetBytes("a,b,c\n1,2,3\n4,\"x, y\",\"he said \"\"hi\"\"\"\n5,\"multi\nline\",6\n7,8,9\n")));
        o.WriteLine("2 " + Dump(u.GetBytes("a,b,c\r\n1,2,3\r\n5,\"multi\r\nline\",6\r\n7,8,9\r\n")));
        o.WriteLine("3 " + Dump(u.GetBytes("a,b,c\n1,2,3\n7,8\n")));
        o.WriteLine("4 " + Dump(u.GetBytes("a,b,c\n1,2,3\n7,\"8,9\n")));
        o.WriteLine("5 " + Dump(u.GetBytes("a,b,c\n1,2,3\n\n7,8,9")));
        o.WriteLine("6 " + Dump([.. u.GetBytes("a,b,c\n1,2,3\n4,"), 0xFF, .. u.GetBytes(",6\n")]));
        o.WriteLine("7 " + Dump([0xEF, 0xBB, 0xBF, .. u.GetBytes("a,b,c\n1,2,3\n4,"), 0xFF, .. u.GetBytes(",6\n")]));
        o.WriteLine("8 " + Dump([0xEF, 0xBB, 0xBF, .. u.GetBytes("a,b,c\n1,2,3\n")]));
        var big = new StringBuilder("a,b,c\n");
        for (var i = 0; i < 20000; i++) big.Append($"{i},x,y\n");
        o.WriteLine("9 " + Dump([.. u.GetBytes(big.ToString()), 0xC3, 0x28, .. u.GetBytes(",6\n")]).Split('\n')[^1]);
        o.WriteLine("10 " + Dump(u.GetBytes("a,b,c\n#x,#y,\n1,2,3\n")));
        o.WriteLine("11 " + Dump(u.GetBytes("a,b,c\n1,2,3\n7,\"8")));
    }
}
