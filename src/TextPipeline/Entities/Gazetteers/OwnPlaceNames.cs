namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// English names of places that GeoNames lists under their local names ("Sevilla", "Brugge", "Köln"), and former
/// names still met in news archives ("Bombay", "Peking"). Written by us (public domain). Each line is
/// <c>Canonical|alias|alias…</c>; the canonical name is the one English-language news uses today.
/// </summary>
internal static class OwnPlaceNames
{
    private static readonly string[] s_lines =
    [
        "Seville", "Bruges", "Antwerp", "Ghent", "Cologne", "Nuremberg", "Gothenburg", "Dunkirk", "Mecca",
        "Marseille|Marseilles", "Lyon|Lyons", "A Coruña|Corunna|La Coruña", "Zaragoza|Saragossa", "Majorca|Mallorca",
        "Livorno|Leghorn", "Mantua", "Kraków|Krakow|Cracow", "Mumbai|Bombay", "Beijing|Peking", "Kolkata|Calcutta",
        "Chennai|Madras", "Ho Chi Minh City|Saigon", "Yangon|Rangoon", "Kyiv|Kiev", "Gdańsk|Danzig",
        "Tbilisi|Tiflis", "Almaty|Alma-Ata", "Corsica", "Sardinia", "Sicily", "Crete", "Tenerife", "Gran Canaria",
    ];

    public static IEnumerable<GazetteerEntry> All => OwnNameLines.Entries(s_lines, "LOC");
}
