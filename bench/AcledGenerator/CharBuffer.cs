using System.Buffers;
using System.Globalization;

namespace AcledGenerator;

/// <summary>A reusable growable char buffer, so a row costs no string allocations.</summary>
internal sealed class CharBuffer
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private char[] _chars = new char[4096];

    public int Length { get; set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public CharBuffer Append(char c)
    {
        Ensure(1);
        _chars[Length++] = c;
        return this;
    }

    public CharBuffer Append(ReadOnlySpan<char> s)
    {
        Ensure(s.Length);
        s.CopyTo(_chars.AsSpan(Length));
        Length += s.Length;
        return this;
    }

    public CharBuffer Append(int value)
    {
        Ensure(11);
        value.TryFormat(_chars.AsSpan(Length), out var n, default, CultureInfo.InvariantCulture);
        Length += n;
        return this;
    }

    public CharBuffer Append(long value)
    {
        Ensure(20);
        value.TryFormat(_chars.AsSpan(Length), out var n, default, CultureInfo.InvariantCulture);
        Length += n;
        return this;
    }

    /// <summary>Four decimals, as ACLED writes coordinates.</summary>
    public CharBuffer AppendFixed4(double value)
    {
        Ensure(24);
        value.TryFormat(_chars.AsSpan(Length), out var n, "F4", CultureInfo.InvariantCulture);
        Length += n;
        return this;
    }

    /// <summary>A CSV field (RFC 4180): quoted only when it holds a comma, quote or line break.</summary>
    public CharBuffer Field(ReadOnlySpan<char> s)
    {
        if (s.IndexOfAny(NeedsQuotes) < 0)
        {
            return Append(s);
        }

        Ensure((s.Length * 2) + 2);
        _chars[Length++] = '"';
        foreach (var c in s)
        {
            if (c == '"')
            {
                _chars[Length++] = '"';
            }

            _chars[Length++] = c;
        }

        _chars[Length++] = '"';
        return this;
    }

    private void Ensure(int extra)
    {
        if (Length + extra > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + extra));
        }
    }
}
