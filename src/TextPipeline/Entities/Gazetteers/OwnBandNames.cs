namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// Bands and groups news names without saying "the band": organisations (ORG), as in CoNLL-2003, never persons.
/// Written by us from general knowledge (public domain), no ids. A name that is also a person, place or common word
/// ("Keane", "Oasis", "Queen", "Texas") counts only in entertainment stories (kind <c>sense:entertainment</c>).
/// </summary>
internal static class OwnBandNames
{
    private static readonly string[] s_bands =
    [
        "The Beatles|Beatles", "The Rolling Stones|Rolling Stones", "Led Zeppelin", "Pink Floyd", "The Who", "Iron Maiden", "Black Sabbath",
        "Deep Purple", "Sex Pistols", "The Clash", "The Smiths", "The Cure", "Joy Division", "New Order", "Depeche Mode", "Duran Duran",
        "Spandau Ballet", "Pet Shop Boys", "Eurythmics", "Dire Straits", "Def Leppard", "Motorhead", "Status Quo", "Genesis", "Radiohead",
        "Coldplay", "Pixies", "Foo Fighters", "Nirvana", "Pearl Jam", "Red Hot Chili Peppers", "R.E.M.|REM", "U2", "Metallica", "Guns N' Roses",
        "AC/DC", "Aerosmith", "Bon Jovi", "The Strokes", "The White Stripes", "White Stripes", "The Libertines", "Libertines",
        "Kaiser Chiefs", "Bloc Party", "Arctic Monkeys", "The Killers", "Scissor Sisters", "Snow Patrol", "Stereophonics", "Manic Street Preachers",
        "Super Furry Animals", "Kasabian", "The Darkness", "Razorlight", "Keane", "Franz Ferdinand", "Green Day", "Linkin Park", "Maroon 5",
        "Destiny's Child", "Spice Girls", "Sugababes", "Girls Aloud", "Atomic Kitten", "All Saints", "Westlife", "Boyzone", "Take That",
        "Backstreet Boys", "McFly", "Busted", "Blue", "S Club 7", "Steps", "Abba|ABBA", "Bee Gees", "Fleetwood Mac", "The Eagles",
        "Beach Boys", "The Doors", "Velvet Underground", "The Kinks", "The Jam", "The Specials", "Madness", "UB40", "Simple Minds",
        "Texas", "Travis", "Oasis", "Blur", "Pulp", "Suede", "Elbow", "Muse", "Queen", "The Police", "Embrace", "Feeder", "Doves",
        "Athlete", "The Streets", "Basement Jaxx", "Chemical Brothers", "The Chemical Brothers", "Prodigy", "The Prodigy", "Massive Attack",
        "Portishead", "Faithless", "Gorillaz", "Daft Punk", "Air", "Franz", "Slipknot", "System of a Down", "Limp Bizkit", "Korn",
        "Black Eyed Peas", "Outkast", "OutKast", "Beastie Boys", "Public Enemy", "Run DMC", "The Bravery", "The Zutons", "The Futureheads",
        "Hard-Fi", "The Magic Numbers", "Editors", "Maximo Park", "Idlewild", "Belle and Sebastian", "Mogwai", "Primal Scream",
        "The Stone Roses", "Happy Mondays", "Inspiral Carpets", "Charlatans", "The Charlatans", "Ocean Colour Scene", "Shed Seven",
        "Sleeper", "Echobelly", "Supergrass", "Ash", "Placebo", "Bush", "Hole", "The Corrs", "The Cranberries", "Thin Lizzy", "Boomtown Rats",
        "Spin Doctors", "Counting Crows", "Matchbox Twenty", "Nickelback", "Evanescence", "The Darkness", "Goldfrapp", "Scissor Sisters",
    ];

    // Names that are also people, places or common words: bands only in entertainment stories.
    private static readonly HashSet<string> s_ambiguous = new(StringComparer.Ordinal)
    {
        "Keane", "Franz Ferdinand", "Busted", "Blue", "Steps", "Texas", "Travis", "Oasis", "Blur", "Pulp", "Suede", "Elbow", "Muse", "Queen",
        "Embrace", "Feeder", "Doves", "Athlete", "Madness", "Genesis", "Air", "Franz", "Editors", "Sleeper", "Ash", "Placebo", "Bush", "Hole",
        "The Who", "The Police", "The Streets", "The Jam", "The Eagles", "The Doors", "The Darkness", "Prodigy", "The Prodigy", "Korn",
        "The Specials", "Nirvana",
    };

    public static IEnumerable<GazetteerEntry> All =>
        OwnNameLines.Entries(s_bands, "ORG").Select(e => s_ambiguous.Contains(e.Canonical) ? e with { Kind = "sense:entertainment" } : e);
}
