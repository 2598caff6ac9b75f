namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// Organisations whose abbreviation means them only in stories about one subject: "IOC" is the International Olympic
/// Committee in a sports story (the open list's International Olive Council is linked only when the article writes
/// that name out), "ECB" the England and Wales Cricket Board in cricket and the European Central Bank in business.
/// Written by us from general knowledge (public domain), no ids. Each line is <c>subject:Canonical|abbreviation…</c>;
/// the full name itself is listed without a subject (it is unambiguous).
/// </summary>
internal static class OwnAbbreviationSenses
{
    private static readonly string[] s_lines =
    [
        "sport:International Olympic Committee|IOC", "sport:Lawn Tennis Association|LTA", "sport:Football Association|FA",
        "sport:Rugby Football Union|RFU", "sport:Welsh Rugby Union|WRU", "sport:Scottish Rugby Union|SRU", "sport:Irish Rugby Football Union|IRFU",
        "sport:International Rugby Board|IRB", "sport:International Association of Athletics Federations|IAAF",
        "sport:International Cricket Council|ICC", "sport:England and Wales Cricket Board|ECB", "sport:World Anti-Doping Agency|Wada|WADA",
        "sport:British Olympic Association|BOA", "sport:UK Athletics|UKA", "sport:Professional Footballers' Association|PFA",
        "sport:Association of Tennis Professionals|ATP", "sport:Women's Tennis Association|WTA", "sport:Fifa|FIFA", "sport:Uefa|UEFA",
        "sport:Football Association of Wales|FAW", "sport:Scottish Football Association|SFA", "sport:Scottish Premier League|SPL",
        "business:Financial Services Authority|FSA", "business:Monetary Policy Committee|MPC", "business:Office of Fair Trading|OFT",
        "business:Confederation of British Industry|CBI", "business:Organization of the Petroleum Exporting Countries|Opec|OPEC",
        "business:Securities and Exchange Commission|SEC", "business:European Central Bank|ECB", "business:Office for National Statistics|ONS",
        "politics:International Criminal Court|ICC", "politics:Trades Union Congress|TUC", "politics:Crown Prosecution Service|CPS",
        "politics:Ministry of Defence|MoD", "politics:Commission for Racial Equality|CRE", "politics:Department for Work and Pensions|DWP",
        "politics:Home Office", "politics:Foreign Office",
        "entertainment:British Phonographic Industry|BPI", "entertainment:Recording Industry Association of America|RIAA",
        "entertainment:Motion Picture Association of America|MPAA", "entertainment:British Academy of Film and Television Arts|Bafta|BAFTA",
        "tech:Recording Industry Association of America|RIAA", "tech:Motion Picture Association of America|MPAA",
    ];

    public static IEnumerable<GazetteerEntry> All
    {
        get
        {
            foreach (var line in s_lines)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var subject = line[..colon];
                var names = line[(colon + 1)..].Split('|');
                // The full name is unambiguous in any story; its abbreviations hold in the subject's stories.
                yield return new GazetteerEntry(names[0], "ORG", null, names[0]);
                foreach (var alias in names.Skip(1)) yield return new GazetteerEntry(alias, "ORG", null, names[0]) { Kind = "sense:" + subject };
            }
        }
    }
}
