namespace KhorasanWatch.Analysis.Statistics;

/// <summary>
/// The numbers <c>new Random(seed)</c> draws, without its indirection: Knuth's subtractive
/// generator (The Art of Computer Programming, vol. 2, §3.6), seeded as .NET seeds it, so a
/// permutation test keeps the p-values it always gave while its inner loop (millions of draws in a
/// report) runs on a struct the JIT can keep in registers. A test checks it against
/// <see cref="Random"/> draw for draw.
/// </summary>
public struct SubtractiveRandom
{
    private const int Big = int.MaxValue;
    private const int SeedBase = 161_803_398;
    private readonly int[] _state;
    private int _next;
    private int _nextPrime;

    public SubtractiveRandom(int seed)
    {
        _state = new int[56];
        var subtraction = seed == int.MinValue ? int.MaxValue : Math.Abs(seed);
        var mj = SeedBase - subtraction;
        _state[55] = mj;
        var mk = 1;
        var ii = 0;
        for (var i = 1; i < 55; i++)
        {
            if ((ii += 21) >= 55)
            {
                ii -= 55;
            }

            _state[ii] = mk;
            mk = mj - mk;
            if (mk < 0)
            {
                mk += Big;
            }

            mj = _state[ii];
        }

        for (var k = 1; k < 5; k++)
        {
            for (var i = 1; i < 56; i++)
            {
                var n = i + 30;
                if (n >= 55)
                {
                    n -= 55;
                }

                _state[i] -= _state[1 + n];
                if (_state[i] < 0)
                {
                    _state[i] += Big;
                }
            }
        }

        _next = 0;
        _nextPrime = 21;
    }

    /// <summary>As <see cref="Random.Next(int, int)"/>: a whole number from <paramref name="min"/> up to, not including, <paramref name="max"/> (a range below 2³¹).</summary>
    public int Next(int min, int max) => (int)(Sample() * ((long)max - min)) + min;

    private double Sample()
    {
        var next = _next + 1 >= 56 ? 1 : _next + 1;
        var nextPrime = _nextPrime + 1 >= 56 ? 1 : _nextPrime + 1;
        var value = _state[next] - _state[nextPrime];
        if (value == Big)
        {
            value--;
        }

        if (value < 0)
        {
            value += Big;
        }

        _state[next] = value;
        _next = next;
        _nextPrime = nextPrime;
        return value * (1.0 / Big);
    }
}
