using KhorasanWatch.Estimates;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Tests.Estimates;

/// <summary>The estimates register's import, against a real SQLite store.</summary>
public sealed class ClaimImporterTests : IDisposable
{
    private const string Header = "key,subject,statement,value,low,high,unit,refers_to,reported,source_title,source_publisher,source_reference,accessed,reliability,credibility,owner,tlp,relays,notes";

    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _temp = new();
    private readonly SqliteEventStore _store;
    private readonly Clock _clock = new(Monday);

    public ClaimImporterTests() => _store = SqliteEventStore.Open(_temp.File("k.db"));

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private static string Row(string key, string value = "2000", string relays = "", string grade = "B,2", string statement = "ISKP has about 2000 fighters.") =>
        $"{key},manpower,\"{statement}\",{value},,,fighters,2021,2021-06-01,UN report,UN Security Council,S/2021/486,2024-05-01,{grade},,,{relays},";

    private string Csv(string name, params string[] rows) => _temp.Write(name, string.Join("\n", [Header, .. rows]) + "\n");

    private ClaimImportReport Import(string path) => ClaimImporter.Import(path, _store, "test-org", _clock);

    [Fact]
    public void GoodRows_AreAddedWithTheirFileAndLineAsOrigin()
    {
        var path = Csv("c.csv", Row("un-2021"), Row("us-2021", value: "4000"));

        var report = Import(path);

        Assert.Equal((2, 2, 0, 0, 0), (report.Read, report.Added, report.Corrected, report.Unchanged, report.Rejected));
        Assert.Equal("csv", report.Format);
        var version = Assert.Single(_store.ClaimHistory("us-2021"));
        Assert.Equal(($"{path}:3", Monday), (version.Origin, version.RecordedAt));
        Assert.Equal(4000, version.Claim.Value);
        Assert.Equal("test-org", version.Claim.Owner);
    }

    [Fact]
    public void ACorrection_IsANewVersion_AndTheOldVersionStaysReadable()
    {
        Import(Csv("v1.csv", Row("un-2021", value: "2000")));
        _clock.Now = Monday.AddDays(7);

        var report = Import(Csv("v2.csv", Row("un-2021", value: "2500")));

        Assert.Equal(1, report.Corrected);
        Assert.Equal(new ClaimCorrection("un-2021", 2), Assert.Single(report.Corrections));
        var history = _store.ClaimHistory("un-2021");
        Assert.Equal([1, 2], history.Select(v => v.Claim.Version));
        Assert.Equal([2000.0, 2500.0], history.Select(v => v.Claim.Value!.Value));
        Assert.Equal([Monday, Monday.AddDays(7)], history.Select(v => v.RecordedAt));
        Assert.EndsWith("v1.csv:2", history[0].Origin, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(_store.Claims()).Version);
    }

    [Fact]
    public void ImportingTheSameFileTwice_ChangesNothing()
    {
        var path = Csv("c.csv", Row("un-2021"), Row("us-2021", value: "4000"));
        Import(path);

        var again = Import(path);

        Assert.Equal((2, 0, 0, 2, 0), (again.Read, again.Added, again.Corrected, again.Unchanged, again.Rejected));
        Assert.Single(_store.ClaimHistory("un-2021"));
    }

    [Fact]
    public void BadRows_AreRejectedWithFileLineFieldAndReason_AndTheGoodRowsKept()
    {
        // The first claim's statement spans two physical lines, so the rows after it start a line later.
        var path = Csv("c.csv", Row("good-1", statement: "Two\nlines."), Row("bad-value", value: "\"2,000\""), Row("bad-grade", grade: "G,2"), Row("good-2"));

        var report = Import(path);

        Assert.Equal((4, 2, 2), (report.Read, report.Added, report.Rejected));
        Assert.Equal(
            [new RowIssue(path, 4, "value", "'2,000' is not a number (write 2000, not 2,000)"), new RowIssue(path, 5, "reliability", "'G' is not A to F")],
            report.Rejects);
        Assert.Equal(["good-1", "good-2"], _store.Claims().Select(c => c.Id));
    }

    [Fact]
    public void ARowWithSeveralProblems_IsOneRejectedRowWithEveryProblemNamed()
    {
        var report = Import(Csv("c.csv", Row("Bad Key", value: "lots", grade: "B,9")));

        Assert.Equal(1, report.Rejected);
        Assert.Equal(["key", "value", "credibility"], report.Rejects.Select(r => r.Field));
    }

    [Fact]
    public void ColumnsInAnyOrderAndExtraColumns_AreRead()
    {
        var path = _temp.Write("c.csv", "\uFEFFGrade,Key,comment,subject,statement,refers_to,reported,source_title\nc3,words-only,ignored,popular_attitude,Support is said to be falling.,2023,2023-05-01,Field interviews\n");

        var report = Import(path);

        Assert.Equal(1, report.Added);
        var claim = Assert.Single(_store.Claims());
        Assert.Equal(("words-only", "popular_attitude", "C3", false), (claim.Id, claim.Subject, claim.Grade.ToString(), claim.IsNumeric));
    }

    [Fact]
    public void AReading_IsKept_AndOneThatIsNotAWord_IsRejectedForItsColumn_TheGoodRowsKept()
    {
        var path = _temp.Write("c.csv", "key,subject,statement,refers_to,reported,source_title,grade,reading\n" +
            "losses,funding,Losses in 2020.,2020,2021-07,UN,B3,falling\n" +
            "odd,funding,Said loosely.,2021,2021-09,T,C3,Going Up!\n");

        var report = Import(path);

        Assert.Equal(1, report.Added);
        Assert.Equal("falling", Assert.Single(_store.Claims()).Reading);
        var reject = Assert.Single(report.Rejects);
        Assert.Equal((3, "reading"), (reject.Line, reject.Field));
        Assert.Contains("'Going Up!' must be one snake_case word", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeaderWithoutARequiredColumn_RefusesTheWholeFileInOneLine()
    {
        var path = _temp.Write("c.csv", "key,subject,statement,refers_to,reliability\nun,manpower,x,2021,B\n");

        var e = Assert.Throws<SourceFormatException>(() => Import(path));

        Assert.StartsWith($"{path}:1: the header lacks the required columns reported, source_title, credibility (or grade)", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Empty(_store.Claims());
    }

    [Fact]
    public void AnEmptyGradeCell_IsRejectedForTheGradeColumn()
    {
        var path = _temp.Write("c.csv", "key,subject,statement,refers_to,reported,source_title,grade\nx,popular_attitude,s,2021,2021,T,\n");

        var report = Import(path);

        Assert.Equal(new RowIssue(path, 2, "grade", "is required, e.g. B2"), Assert.Single(report.Rejects));
    }

    [Theory]
    [InlineData("c.csv", "key,subject,statement,refers_to,reported,source_title,grade\nherat,popular_attitude,Said in Hérat.,2021,2021,T,C3\n")]
    [InlineData("c.json", "[\n{\"key\": \"herat\", \"subject\": \"popular_attitude\", \"statement\": \"Said in Hérat.\",\n \"refers_to\": \"2021\", \"reported\": \"2021\", \"source_title\": \"T\", \"grade\": \"C3\"}]\n")]
    public void ALatin1File_IsRefusedAsUtf8WithTheLineAndTheOption_AndReadAsLatin1(string name, string text)
    {
        var path = _temp.File(name);
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(text));

        var refused = Assert.Throws<SourceFormatException>(() => Import(path));
        var report = ClaimImporter.Import(path, _store, "test-org", _clock, System.Text.Encoding.Latin1);

        Assert.Equal($"{path}:2: bad encoding: the file is not valid UTF-8", refused.Stated);
        Assert.Equal(KhorasanWatch.Analysis.Formats.NextStep.ReadAsLatin1, refused.Suggested); // the CLI says "pass --encoding latin1" (ClaimsInputErrorTests)
        Assert.Equal(1, report.Added);
        Assert.Equal("Said in Hérat.", Assert.Single(_store.Claims()).Statement);
    }

    [Fact]
    public void DuplicateKeys_RejectTheLaterRow()
    {
        var path = Csv("c.csv", Row("un-2021", value: "2000"), Row("un-2021", value: "2500"));

        var report = Import(path);

        Assert.Equal(new RowIssue(path, 3, "key", "'un-2021' is already in this file at line 2"), Assert.Single(report.Rejects));
        Assert.Equal(2000, Assert.Single(_store.Claims()).Value);
    }

    [Fact]
    public void ARelay_MayNameAClaimLaterInTheFileOrAlreadyStored()
    {
        Import(Csv("first.csv", Row("stored")));

        var report = Import(Csv("c.csv", Row("relays-later", relays: "original"), Row("original"), Row("relays-stored", relays: "stored")));

        Assert.Equal(0, report.Rejected);
        Assert.Equal("original", _store.ClaimHistory("relays-later")[0].Claim.Relays);
    }

    [Theory]
    [InlineData("nowhere", "'nowhere' is neither a claim in this file nor in the register")]
    [InlineData("bad-original", "'bad-original' was rejected at line 3 of this file")]
    [InlineData("the-relay", "a claim cannot relay itself")]
    public void ARelayOfAClaimThatWillNotBeInTheRegister_IsRejected(string relays, string reason)
    {
        var path = Csv("c.csv", Row("the-relay", relays: relays), Row("bad-original", value: "x"));

        var report = Import(path);

        Assert.Contains(new RowIssue(path, 2, "relays", reason), report.Rejects);
        Assert.Empty(_store.Claims());
    }

    [Fact]
    public void ARelayOfARelayThatIsRejected_IsRejectedToo()
    {
        var path = Csv("c.csv", Row("second", relays: "first"), Row("first", relays: "nowhere"));

        var report = Import(path);

        Assert.Equal(2, report.Rejected);
        Assert.Contains(new RowIssue(path, 2, "relays", "'first' was rejected at line 3 of this file"), report.Rejects);
    }

    [Fact]
    public void Json_IsReadWithNumbersAsNumbersOrText_AndItemsCountedFromOne()
    {
        var path = _temp.Write("c.json", """
            [
              {"key": "un-2021", "subject": "manpower", "statement": "1,500 to 2,200.", "low": 1500, "high": "2200", "unit": "fighters",
               "refers_to": "2021", "reported": "2021-06-01", "source_title": "UN report", "grade": "B2", "tlp": "green", "notes": null},
              {"key": "bad", "subject": "manpower", "statement": "x", "value": true, "unit": "fighters",
               "refers_to": "2021", "reported": "2021", "source_title": "T", "reliability": "C", "credibility": 3},
              "not an object"
            ]
            """);

        var report = Import(path);

        Assert.Equal(("json", 3, 1, 2), (report.Format, report.Read, report.Added, report.Rejected));
        Assert.Equal([new RowIssue(path, 2, "value", "is a JSON true; write text or a number"), new RowIssue(path, 3, "item", "is a JSON string, not an object")], report.Rejects);
        var version = Assert.Single(_store.ClaimHistory("un-2021"));
        Assert.Equal((1500.0, 2200.0, $"{path}:item 1"), (version.Claim.Low!.Value, version.Claim.High!.Value, version.Origin));
    }

    [Fact]
    public void Json_WithAByteOrderMark_IsRead()
    {
        var path = _temp.Write("bom.json", "\uFEFF[{\"key\": \"x\", \"subject\": \"popular_attitude\", \"statement\": \"s\", \"refers_to\": \"2021\", \"reported\": \"2021\", \"source_title\": \"T\", \"grade\": \"C3\"}]");

        Assert.Equal(1, Import(path).Added);
    }

    [Fact]
    public void Json_InTheShapeTheListCommandWrites_ReadsBack()
    {
        var path = _temp.Write("list.json", """
            {"claims": [{"id": "un-2021", "version": 3, "subject": "manpower", "statement": "About 2,000.", "value": 2000, "low": null, "high": null,
              "unit": "fighters", "refers_to": "2021", "reported": "2021-06-01",
              "source": {"title": "UN report", "publisher": "UNSC", "reference": "S/2021/486", "accessed": "2024-05-01"},
              "grade": "B2", "reliability": "B", "credibility": 2, "owner": "Partner", "tlp": "amber+strict", "relays": null, "notes": null}],
             "disagreements": []}
            """);

        Assert.Equal(1, Import(path).Added);

        var claim = Assert.Single(_store.Claims());
        Assert.Equal(("un-2021", 1, "UNSC", new DateOnly(2024, 5, 1), "Partner"), (claim.Id, claim.Version, claim.Source.Publisher, claim.Source.Accessed!.Value, claim.Owner));
    }

    [Theory]
    [InlineData("c.json", "[{\"key\": ", "not valid JSON")]
    [InlineData("c.json", "{\"key\": \"x\"}", "an array of claim objects")]
    [InlineData("c.json", "", "empty")]
    [InlineData("c.csv", "", "empty")]
    public void AFileThatCannotBeRead_IsRefusedWithItsName(string name, string text, string expected)
    {
        var path = _temp.Write(name, text);

        var e = Assert.Throws<SourceFormatException>(() => Import(path));

        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_TakesTheSamePathAsARow_AndChecksItsRelay()
    {
        var fields = new Dictionary<string, string?>
        {
            ["key"] = "usip-ratio", ["subject"] = "attack_ratio", ["statement"] = "3.67 times.", ["value"] = "3.67", ["unit"] = "ratio",
            ["refers_to"] = "2021-01-01/2021-03-31", ["reported"] = "2021-07-01", ["source_title"] = "USIP", ["grade"] = "B3", ["relays"] = "paper",
        };

        var (refused, problems) = ClaimImporter.Add(fields, _store, "test-org", "claims add", _clock);
        fields["relays"] = null;
        var (added, _) = ClaimImporter.Add(fields, _store, "test-org", "claims add", _clock);
        fields["value"] = "3.7";
        var (corrected, _) = ClaimImporter.Add(fields, _store, "test-org", "claims add", _clock);

        Assert.Null(refused);
        Assert.Equal(("relays", "'paper' is not a claim in the register"), Assert.Single(problems));
        Assert.Equal(("added", 1), (added!.Outcome, added.Version));
        Assert.Equal(("corrected", 2), (corrected!.Outcome, corrected.Version));
        Assert.Equal("claims add", _store.ClaimHistory("usip-ratio")[1].Origin);
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
