namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// Sports clubs (and the leagues and cups stories name them in), by sport: in a story about that sport a club is an
/// organisation even when the text calls it by its town ("Chelsea", "Leicester", "Bath"); in any other story the
/// town's name stays a place. Cups are events (MISC), leagues organisations. Written by us from general
/// knowledge (public domain), no ids (an id must be checked before it ships). Each line is
/// <c>Canonical|alias|alias…</c>; the canonical name adds "FC" (or the club's full name) where the short name is a
/// place, so a tag page for the club is not the town's.
/// </summary>
internal static class OwnClubNames
{
    private static readonly string[] s_football =
    [
        // England
        "Arsenal|Gunners", "Aston Villa|Villa", "Birmingham City|Birmingham", "Blackburn Rovers|Blackburn", "Bolton Wanderers|Bolton",
        "Charlton Athletic|Charlton", "Chelsea FC|Chelsea", "Crystal Palace|Palace", "Everton", "Fulham FC|Fulham", "Liverpool FC|Liverpool",
        "Manchester City|Man City", "Manchester United|Man Utd|Man United", "Middlesbrough FC|Middlesbrough|Boro",
        "Newcastle United|Newcastle|Magpies|Toon", "Norwich City|Norwich", "Portsmouth FC|Portsmouth|Pompey", "Southampton FC|Southampton",
        "Tottenham Hotspur|Tottenham|Spurs", "West Bromwich Albion|West Brom|West Bromwich", "Leeds United|Leeds",
        "Leicester City|Leicester", "Sunderland AFC|Sunderland", "West Ham United|West Ham", "Wolverhampton Wanderers|Wolves|Wolverhampton",
        "Nottingham Forest|Forest|Nottm Forest", "Derby County|Derby", "Sheffield United|Sheff Utd", "Sheffield Wednesday|Sheff Wed", "Ipswich Town|Ipswich",
        "Coventry City|Coventry", "Stoke City|Stoke", "Wigan Athletic|Wigan", "Reading FC|Reading", "Watford FC|Watford",
        "Burnley FC|Burnley", "Hull City|Hull", "Cardiff City|Cardiff", "Swansea City|Swansea", "Brighton & Hove Albion|Brighton",
        "Queens Park Rangers|QPR", "Millwall", "Crewe Alexandra|Crewe", "Preston North End|Preston", "Plymouth Argyle|Plymouth",
        "Luton Town|Luton", "Bristol City", "Bristol Rovers", "Bradford City|Bradford", "Huddersfield Town|Huddersfield",
        "Blackpool FC|Blackpool", "Oldham Athletic|Oldham", "Rotherham United|Rotherham", "Gillingham FC|Gillingham", "Brentford FC|Brentford",
        "Hartlepool United|Hartlepool", "Doncaster Rovers|Doncaster", "Exeter City|Exeter", "Yeovil Town|Yeovil", "Stockport County|Stockport",
        "Wrexham AFC|Wrexham", "Tranmere Rovers|Tranmere", "Southend United|Southend", "Swindon Town|Swindon", "Peterborough United|Peterborough",
        "AFC Bournemouth|Bournemouth", "Oxford United", "Cambridge United", "Northampton Town|Northampton", "Notts County|Notts Co", "Leyton Orient|Orient",
        "MK Dons|Milton Keynes Dons", "Wimbledon FC", "Barnsley FC|Barnsley", "Walsall FC|Walsall", "Port Vale", "Chesterfield FC|Chesterfield",
        "Scunthorpe United|Scunthorpe", "Grimsby Town|Grimsby", "Boston United|Boston", "Chester City|Chester", "Rochdale AFC|Rochdale",
        "Cheltenham Town|Cheltenham", "Kidderminster Harriers|Kidderminster", "Macclesfield Town|Macclesfield", "Mansfield Town|Mansfield",
        "Bury FC|Bury", "Lincoln City|Lincoln", "Wycombe Wanderers|Wycombe", "Shrewsbury Town|Shrewsbury", "Torquay United|Torquay",
        "Rushden & Diamonds|Rushden", "Barnet FC|Barnet", "Yeading FC|Yeading", "Hinckley United|Hinckley",
        "Slough Town|Slough", "Carlisle United|Carlisle", "Darlington FC|Darlington", "Colchester United|Colchester",
        // Leagues and cups named as in football stories ("Premiership" is rugby's league in a rugby story)
        "Premier League|Premiership|Barclays Premiership", "Football League Championship|Championship|Coca-Cola Championship",
        "Football League One|League One", "Football League Two|League Two", "Football Conference|Conference|Nationwide Conference",
        "Scottish Premier League|SPL|Scottish Premiership", "Champions League|Uefa Champions League|UEFA Champions League", "Uefa Cup|UEFA Cup",
        // Scotland
        "Celtic", "Rangers", "Heart of Midlothian|Hearts", "Hibernian|Hibs", "Aberdeen FC|Aberdeen", "Dundee United", "Dundee FC|Dundee",
        "Motherwell FC|Motherwell", "Kilmarnock FC|Kilmarnock", "Dunfermline Athletic|Dunfermline", "Inverness Caledonian Thistle|Inverness CT",
        "Livingston FC|Livingston", "Partick Thistle|Partick", "St Mirren", "St Johnstone",
        // Europe
        "Real Madrid", "FC Barcelona|Barcelona|Barca", "Atletico Madrid", "Valencia CF|Valencia", "Deportivo La Coruna|Deportivo",
        "Sevilla FC|Sevilla", "Real Betis|Betis", "Villarreal CF|Villarreal", "Real Sociedad", "Athletic Bilbao", "Espanyol",
        "AC Milan|Milan", "Inter Milan|Inter", "Juventus|Juve", "AS Roma|Roma", "SS Lazio|Lazio", "Parma FC|Parma", "Fiorentina",
        "Napoli", "Udinese", "Sampdoria", "Bayern Munich|Bayern", "Borussia Dortmund|Dortmund", "Werder Bremen|Bremen",
        "Bayer Leverkusen|Leverkusen", "Schalke 04|Schalke", "Hamburg SV|Hamburg", "VfB Stuttgart|Stuttgart", "Ajax", "PSV Eindhoven|PSV",
        "Feyenoord", "FC Porto|Porto", "Benfica", "Sporting Lisbon|Sporting", "Olympiakos", "Panathinaikos", "Galatasaray",
        "Fenerbahce", "Besiktas", "Olympique Lyonnais|Lyon", "Olympique de Marseille|Marseille", "Paris Saint-Germain|Paris St-Germain|PSG",
        "AS Monaco|Monaco", "CSKA Moscow", "Spartak Moscow", "Lokomotiv Moscow", "Dynamo Kiev", "Shakhtar Donetsk", "Anderlecht",
        "Club Brugge", "Rosenborg", "FC Copenhagen", "Red Star Belgrade", "Partizan Belgrade", "Steaua Bucharest", "Basel",
    ];

    private static readonly string[] s_rugby =
    [
        "Zurich Premiership|Premiership|Guinness Premiership", "Celtic League", "Heineken Cup", "Powergen Cup",
        "Leicester Tigers|Leicester|Tigers", "Bath Rugby|Bath", "London Wasps|Wasps", "Sale Sharks|Sale", "Gloucester Rugby|Gloucester",
        "Northampton Saints|Northampton|Saints", "Newcastle Falcons|Newcastle|Falcons", "Leeds Tykes|Leeds", "Saracens", "Harlequins|Quins",
        "Worcester Warriors|Worcester", "London Irish", "Bristol Rugby|Bristol", "Llanelli Scarlets|Llanelli|Scarlets", "Ospreys|Neath-Swansea Ospreys",
        "Newport Gwent Dragons|Dragons", "Cardiff Blues", "Munster Rugby|Munster", "Leinster Rugby|Leinster", "Ulster Rugby|Ulster",
        "Connacht Rugby|Connacht", "Edinburgh Rugby", "Glasgow Warriors", "Border Reivers", "Stade Francais", "Stade Toulousain|Toulouse",
        "Biarritz Olympique|Biarritz", "USA Perpignan|Perpignan", "Clermont Auvergne|Clermont", "Bourgoin", "Castres Olympique|Castres",
        "Wigan Warriors", "St Helens RFC|St Helens", "Leeds Rhinos", "Bradford Bulls",
    ];

    private static readonly string[] s_cricket =
    [
        "Yorkshire County Cricket Club|Yorkshire", "Lancashire County Cricket Club|Lancashire", "Surrey County Cricket Club|Surrey",
        "Kent County Cricket Club|Kent", "Essex County Cricket Club|Essex", "Sussex County Cricket Club|Sussex",
        "Middlesex County Cricket Club|Middlesex", "Warwickshire County Cricket Club|Warwickshire",
        "Nottinghamshire County Cricket Club|Nottinghamshire|Notts", "Somerset County Cricket Club|Somerset",
        "Gloucestershire County Cricket Club|Gloucestershire", "Hampshire County Cricket Club|Hampshire",
        "Worcestershire County Cricket Club|Worcestershire", "Leicestershire County Cricket Club|Leicestershire",
        "Northamptonshire County Cricket Club|Northamptonshire", "Derbyshire County Cricket Club|Derbyshire",
        "Durham County Cricket Club|Durham", "Glamorgan County Cricket Club|Glamorgan",
    ];

    private static readonly string[] s_basketball =
    [
        "Boston Celtics|Celtics", "Los Angeles Lakers|Lakers", "Chicago Bulls|Bulls", "New York Knicks|Knicks", "Miami Heat", "San Antonio Spurs",
        "Detroit Pistons|Pistons", "Houston Rockets|Rockets", "Phoenix Suns|Suns", "Dallas Mavericks|Mavericks", "Sacramento Kings",
        "Indiana Pacers|Pacers", "New Jersey Nets", "Utah Jazz", "Seattle SuperSonics|SuperSonics|Sonics", "Minnesota Timberwolves|Timberwolves",
        "Philadelphia 76ers|76ers|Sixers", "Cleveland Cavaliers|Cavaliers", "Orlando Magic", "Denver Nuggets|Nuggets", "Portland Trail Blazers|Trail Blazers",
        "Golden State Warriors", "Atlanta Hawks", "Milwaukee Bucks|Bucks", "Toronto Raptors|Raptors", "Memphis Grizzlies|Grizzlies",
        "Washington Wizards", "Los Angeles Clippers|Clippers",
    ];

    private static readonly string[] s_americanFootball =
    [
        "New England Patriots|Patriots", "Philadelphia Eagles", "Pittsburgh Steelers|Steelers", "Dallas Cowboys|Cowboys", "Green Bay Packers|Packers",
        "San Francisco 49ers|49ers", "New York Giants", "New York Jets", "Indianapolis Colts|Colts", "Denver Broncos|Broncos",
        "Oakland Raiders|Raiders", "Miami Dolphins", "Chicago Bears", "Washington Redskins|Redskins", "Minnesota Vikings",
        "Baltimore Ravens|Ravens", "Kansas City Chiefs", "Seattle Seahawks|Seahawks", "Atlanta Falcons", "Carolina Panthers",
    ];

    private static readonly string[] s_baseball =
    [
        "New York Yankees|Yankees", "Boston Red Sox|Red Sox", "New York Mets|Mets", "Los Angeles Dodgers|Dodgers", "San Francisco Giants",
        "Chicago Cubs|Cubs", "Chicago White Sox|White Sox", "St. Louis Cardinals|St Louis Cardinals", "Atlanta Braves|Braves",
        "Houston Astros|Astros", "Seattle Mariners|Mariners", "Oakland Athletics", "Texas Rangers", "Baltimore Orioles|Orioles",
        "Cleveland Indians", "Detroit Tigers", "Minnesota Twins", "Toronto Blue Jays|Blue Jays", "Philadelphia Phillies|Phillies",
        "Florida Marlins|Marlins", "Anaheim Angels", "San Diego Padres|Padres", "Colorado Rockies", "Arizona Diamondbacks|Diamondbacks",
        "Cincinnati Reds", "Pittsburgh Pirates", "Milwaukee Brewers|Brewers", "Kansas City Royals", "Montreal Expos|Expos", "Tampa Bay Devil Rays",
    ];

    private static readonly string[] s_iceHockey =
    [
        "Montreal Canadiens|Canadiens", "Toronto Maple Leafs|Maple Leafs", "Detroit Red Wings|Red Wings", "New York Rangers", "Boston Bruins|Bruins",
        "Chicago Blackhawks", "Philadelphia Flyers|Flyers", "Pittsburgh Penguins", "Edmonton Oilers|Oilers", "Colorado Avalanche",
        "New Jersey Devils", "Tampa Bay Lightning", "Calgary Flames", "Vancouver Canucks|Canucks", "Ottawa Senators",
    ];

    public static IEnumerable<GazetteerEntry> All =>
        Entries(s_football, "football").Concat(Entries(s_rugby, "rugby")).Concat(Entries(s_cricket, "cricket"))
            .Concat(Entries(s_basketball, "basketball")).Concat(Entries(s_americanFootball, "american-football"))
            .Concat(Entries(s_baseball, "baseball")).Concat(Entries(s_iceHockey, "ice-hockey"));

    private static IEnumerable<GazetteerEntry> Entries(string[] lines, string sport) =>
        OwnNameLines.Entries(lines, "ORG").Select(e => e with { Type = IsCup(e.Canonical) ? "MISC" : "ORG", Kind = "sport:" + sport });

    private static bool IsCup(string name) => name.EndsWith(" Cup", StringComparison.Ordinal);
}
