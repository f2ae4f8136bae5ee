using System.Text;

namespace KhorasanWatch.Tests.Sources;

/// <summary>A file under the temp folder with a unique name, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string extension) =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kwatch-test-{Guid.NewGuid():N}{extension}");

    public string Path { get; }

    /// <summary>A path that is reserved but never written, for missing-file cases.</summary>
    public static TempFile Missing(string extension = ".csv") => new(extension);

    public static TempFile WithText(string text, string extension = ".csv") =>
        WithBytes(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text), extension);

    public static TempFile WithBytes(byte[] bytes, string extension = ".csv")
    {
        var file = new TempFile(extension);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public static TempFile Writing(Action<Stream> write, string extension)
    {
        var file = new TempFile(extension);
        using (var stream = File.Create(file.Path))
        {
            write(stream);
        }

        return file;
    }

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
