using KhorasanWatch.Files;

namespace KhorasanWatch.Sources;

/// <summary>Opening input files with errors a user can act on.</summary>
public static class SourceFiles
{
    /// <summary>The most a JSON input may hold: far above any real matrix, claims file or boundary set, and far below what would exhaust memory.</summary>
    public const long MaxJsonBytes = 512L * 1024 * 1024;

    /// <summary>Opens a regular file to read; a FIFO, a device or a folder is refused before it is opened (a FIFO would block, /dev/zero never end).</summary>
    public static FileStream OpenRead(string path)
    {
        if (path.Length == 0)
        {
            throw new SourceFormatException("''", null, "an empty path names no file");
        }

        switch (FileIdentity.Kind(path))
        {
            case FileKind.Folder:
                throw new SourceFormatException(path, null, "is a folder, not a file");
            case FileKind.Special:
                throw new SourceFormatException(path, null, "is not a regular file (a FIFO, a device or a socket); give a file, or copy the data into one first");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            throw new SourceFormatException(path, null, "no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new SourceFormatException(path, null, "no such file (the folder does not exist)");
        }
        catch (UnauthorizedAccessException)
        {
            throw new SourceFormatException(path, null, "permission denied, or it is a folder");
        }
        catch (IOException e)
        {
            throw new SourceFormatException(path, null, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>Refuses a JSON input larger than <see cref="MaxJsonBytes"/>, before it is read.</summary>
    public static void CheckJsonSize(Stream stream, string path)
    {
        if (stream.Length > MaxJsonBytes)
        {
            throw new SourceFormatException(path, null, $"holds {stream.Length / (1024 * 1024):#,0} MB, more than the {MaxJsonBytes / (1024 * 1024)} MB a JSON input may hold");
        }
    }

    /// <summary>A whole JSON input as text, refused beyond <see cref="MaxJsonBytes"/>.</summary>
    public static string ReadJsonText(string path)
    {
        using var stream = OpenRead(path);
        CheckJsonSize(stream, path);

        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            return reader.ReadToEnd();
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new SourceFormatException(path, null, "is not UTF-8 text (it holds bytes UTF-8 does not allow)");
        }
    }
}
