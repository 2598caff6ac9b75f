namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// English names of places that GeoNames lists under their local names ("Sevilla", "Brugge", "Köln"), former names
/// still met in news archives ("Bombay", "Peking"), the counties and regions of the United Kingdom, and countries
/// under their usual English names ("Turkey"). Written by us (public domain). Each line is
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

    // Counties and regions of the United Kingdom: GeoNames lists only cities and the four nations, so "Surrey" would
    // otherwise be Surrey in British Columbia.
    private static readonly string[] s_britishCounties =
    [
        "Bedfordshire", "Berkshire", "Buckinghamshire", "Cambridgeshire", "Cheshire", "Cornwall", "Cumbria", "Derbyshire", "Devon", "Dorset",
        "County Durham", "Essex", "Gloucestershire", "Hampshire", "Herefordshire", "Hertfordshire", "Kent", "Lancashire", "Leicestershire",
        "Lincolnshire", "Merseyside", "Norfolk", "Northamptonshire", "Northumberland", "North Yorkshire", "Nottinghamshire", "Oxfordshire",
        "Rutland", "Shropshire", "Somerset", "Staffordshire", "Suffolk", "Surrey", "East Sussex", "West Sussex", "Sussex", "Tyne and Wear",
        "Warwickshire", "West Midlands", "Wiltshire", "Worcestershire", "Yorkshire", "East Yorkshire", "South Yorkshire", "West Yorkshire",
        "Greater Manchester", "Isle of Wight", "Anglesey", "Pembrokeshire", "Powys", "Gwynedd", "Ceredigion", "Carmarthenshire",
        "Aberdeenshire", "Fife", "Perthshire", "Lanarkshire", "Ayrshire", "Highlands", "Antrim", "County Antrim", "County Down", "Armagh",
        "Tyrone", "Fermanagh", "Londonderry", "Derry", "Cotswolds", "Lake District", "Home Counties", "Midlands", "East Anglia",
    ];

    // Countries as English news names them where the open list uses another name ("Türkiye", "Czechia").
    private static readonly (string Names, string Code)[] s_countries =
    [
        ("Turkey", "TR"), ("Czech Republic|Czechia", "CZ"), ("Burma|Myanmar", "MM"), ("Macedonia|North Macedonia", "MK"),
        ("Swaziland|Eswatini", "SZ"), ("East Timor|Timor-Leste", "TL"), ("Vatican|Vatican City|Holy See", "VA"),
        ("Democratic Republic of Congo|DR Congo|Democratic Republic of the Congo", "CD"), ("Ivory Coast|Cote d'Ivoire", "CI"),
    ];

    public static IEnumerable<GazetteerEntry> All =>
        OwnNameLines.Entries(s_lines, "LOC")
            .Concat(s_britishCounties.Select(n => new GazetteerEntry(n, "LOC", null, n) { Country = "GB" }))
            .Concat(s_countries.SelectMany(c => OwnNameLines.Entries([c.Names], "LOC").Select(e => e with { Country = c.Code })));
}
