namespace KhorasanWatch.Sources;

/// <summary>Opening input files with errors a user can act on.</summary>
public static class SourceFiles
{
    public static FileStream OpenRead(string path)
    {
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
}
