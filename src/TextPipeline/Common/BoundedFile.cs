namespace TextPipeline;

/// <summary>
/// Reads a whole file only when it is a regular file, stopping as soon as it holds more than a byte limit: the limit
/// is enforced while reading, never trusted to the length the file system reports (<c>/proc</c> files say 0, a file
/// may grow while it is read).
/// </summary>
internal static class BoundedFile
{
    /// <summary>The bytes, or null with <paramref name="problem"/> set (not a regular file, too large, unreadable).</summary>
    public static byte[]? TryReadAllBytes(string path, long maxBytes, out BoundedReadProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        problem = null;
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing)
        {
            problem = new BoundedReadProblem(BoundedReadFailure.Unreadable, "the file does not exist (or is a broken symbolic link)", 0);
            return null;
        }
        if (kind is not (FileKind.Regular or FileKind.Unknown))
        {
            problem = new BoundedReadProblem(BoundedReadFailure.NotRegular, $"it is {FileKinds.Describe(kind)}, not a regular file", 0);
            return null;
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            return ReadBounded(stream, maxBytes, out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = new BoundedReadProblem(BoundedReadFailure.Unreadable, e.Message, 0);
            return null;
        }
    }

    /// <summary>Reads a stream to its end, or stops with a <see cref="BoundedReadFailure.TooLarge"/> problem past <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadBounded(Stream stream, long maxBytes, out BoundedReadProblem? problem)
    {
        int n0;
        ArgumentNullException.ThrowIfNull(stream);
        problem = null;
        // A file whose length is known is read into an array of that size: no growing buffer, no final copy.
        if (stream.CanSeek && SafeLength(stream) is var length and >= 0 and <= int.MaxValue && length <= maxBytes && stream.Position == 0)
        {
            var exact = new byte[length];
            var read = 0;
            while (read < exact.Length && (n0 = stream.Read(exact, read, exact.Length - read)) > 0) read += n0;
            if (read == exact.Length && stream.ReadByte() < 0) return exact;
            // The file changed while it was read: start again the slow way from what is there now.
            stream.Position = 0;
        }
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, n);
            if (output.Length > maxBytes)
            {
                // Tell how large when the file system knows; otherwise "more than the limit".
                var known = stream.CanSeek ? SafeLength(stream) : -1;
                problem = new BoundedReadProblem(BoundedReadFailure.TooLarge, "", Math.Max(known, output.Length));
                return null;
            }
        }
        return output.ToArray();
    }

    private static long SafeLength(Stream stream)
    {
        try
        {
            return stream.Length;
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return -1;
        }
    }
}

/// <summary>Why <see cref="BoundedFile"/> did not return the bytes.</summary>
internal enum BoundedReadFailure
{
    NotRegular,
    TooLarge,
    Unreadable,
}

/// <summary>A failed bounded read: the reason, a message, and for <see cref="BoundedReadFailure.TooLarge"/> the bytes seen.</summary>
internal sealed record BoundedReadProblem(BoundedReadFailure Failure, string Message, long Bytes);
