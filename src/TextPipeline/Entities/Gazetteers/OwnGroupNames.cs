namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// Words for peoples, faiths and political groups ("Kurdish", "Arabs", "Muslim", "Soviet"): capitalised like names
/// but not entities, and not the demonym of one country either, so a name list must say what they are (type NORP,
/// as in OntoNotes). The recognizer drops mentions that are only such a word. Written by us (public domain).
/// </summary>
internal static class OwnGroupNames
{
    private static readonly string[] s_words =
    [
        "Kurd", "Kurds", "Kurdish", "Arab", "Arabs", "Arabic", "Chechen", "Chechens", "Tajik", "Tajiks", "Azeri", "Azeris", "Afrikaner",
        "Afrikaners", "Soviet", "Soviets", "Briton", "Britons", "Brit", "Brits", "Yugoslav", "Yugoslavs", "Basque", "Basques", "Catalan", "Catalans",
        "Palestinian", "Palestinians", "Pashtun", "Pashtuns", "Hutu", "Hutus", "Tutsi", "Tutsis", "Sunni", "Sunnis", "Shia", "Shias", "Shiite",
        "Shiites", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jew", "Jews", "Hindu", "Hindus", "Sikh", "Sikhs", "Buddhist",
        "Buddhists", "Catholic", "Catholics", "Protestant", "Protestants", "Latino", "Latinos", "Hispanic", "Hispanics", "Scandinavian",
        "Scandinavians", "Nordic", "Baltic", "Balkan", "Caribbean", "Islamic", "Islamist", "Islamists", "Western", "Westerners", "Asians",
        "Arabian", "Persian", "Slav", "Slavs", "Serb", "Serbs", "Croat", "Croats", "Bosniak", "Bosniaks", "Albanians", "Uighur", "Uighurs",
        "Tamil", "Tamils", "Sinhalese", "Maori", "Aboriginal", "Aborigines", "Inuit", "Roma", "Gypsies", "Communist", "Communists",
        "Socialist", "Socialists", "Republicans", "Democrats", "Tory MPs", "Labour MPs", "Conservative MPs", "Thatcherite", "Thatcherites",
        "Blairite", "Blairites", "Eurosceptic", "Eurosceptics", "Europhile", "Olympian", "Olympians", "Paralympian", "Paralympians",
        "Nazi", "Nazis", "Neo-Nazi", "Neo-Nazis", "Neocon", "Neocons", "Zionist", "Zionists", "Jihadist", "Jihadists",
        "Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism", "Catholicism", "Protestantism",
    ];

    public static IEnumerable<GazetteerEntry> All => s_words.Select(w => new GazetteerEntry(w, "NORP", null, w));
}
