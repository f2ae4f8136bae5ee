namespace KhorasanWatch.Analysis.Places;

public static class Geodesy
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>
    /// A lower bound of the great-circle distance from the latitudes alone (the distance along a
    /// meridian): a pair it puts beyond a bound is beyond it, without the trigonometry.
    /// </summary>
    public static double AtLeastKilometres(double lat1, double lat2) => EarthRadiusKm * Math.Abs(lat2 - lat1) * Math.PI / 180;

    /// <summary>Great-circle distance by the haversine formula.</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
