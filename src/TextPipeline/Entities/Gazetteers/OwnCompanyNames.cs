namespace TextPipeline.Entities.Gazetteers;

/// <summary>
/// Companies, brands and media the open lists miss: the S&amp;P 500 covers only US-listed firms and names them by
/// their legal titles ("Alphabet Inc."), so news and web text ("Google", "Maersk", "Deutsche Bahn", "Xinhua") had no
/// entry. Written by us from general knowledge (public domain); no ids, since an id must be checked before it ships.
/// Each line is <c>Canonical|alias|alias…</c>. Names that are everyday words or places ("Shell", "Orange", "Target",
/// "Amazon", "Mars", "Wired") or people's names ("Bloomberg", "Walt Disney") are left out on purpose: a listed
/// organisation overrides a PER tag, and a gazetteer hit is a strong feature, so an entry must rarely be wrong.
/// </summary>
internal static class OwnCompanyNames
{
    private static readonly string[] s_lines =
    [
        // Technology and internet
        "Google|Google Inc.|Google LLC", "YouTube", "Gmail", "Mozilla|Mozilla Foundation|Mozilla Corporation",
        "Firefox|Mozilla Firefox", "Facebook|Facebook Inc.", "Meta Platforms|Meta Platforms Inc.", "Instagram", "WhatsApp",
        "Twitter|Twitter Inc.", "LinkedIn", "Yahoo|Yahoo!|Yahoo Inc.", "eBay|EBay", "PayPal", "Netflix", "Spotify",
        "Amazon.com|Amazon.com Inc.|Amazon Web Services", "Uber|Uber Technologies", "Lyft", "Airbnb", "TikTok", "ByteDance",
        "Snapchat", "Pinterest", "Reddit", "Wikipedia", "Wikimedia Foundation", "OpenAI", "DeepMind", "Anthropic",
        "Huawei|Huawei Technologies", "Xiaomi", "Lenovo", "Alibaba|Alibaba Group", "Tencent", "Baidu", "JD.com",
        "Samsung|Samsung Electronics", "LG Electronics|LG", "SK Hynix", "Sony|Sony Corporation", "Panasonic", "Toshiba",
        "Hitachi", "Fujitsu", "Nintendo", "Sega", "Nokia", "Ericsson", "Siemens", "SAP", "Philips", "ASML",
        "Infineon", "STMicroelectronics", "Arm Holdings", "TSMC|Taiwan Semiconductor Manufacturing Company", "Foxconn",
        "Intel|Intel Corporation", "AMD|Advanced Micro Devices", "Nvidia|NVIDIA", "IBM", "Oracle", "Cisco|Cisco Systems",
        "Dell", "Hewlett-Packard|HP", "Adobe|Adobe Systems", "Salesforce", "Qualcomm", "Texas Instruments", "Xerox",
        "Kodak|Eastman Kodak", "BlackBerry|Research In Motion", "Motorola", "Skype", "Napster", "Netscape", "AOL",
        "MySpace", "Tesla|Tesla Motors", "SpaceX", "Blue Origin", "Accenture", "Infosys", "Wipro", "Tata Consultancy Services",
        // Trade unions and professional bodies (BBC politics: "Unison", "Amicus" and "Acpo" were read as people)
        "Unison", "Amicus", "GMB", "Transport and General Workers' Union|TGWU", "Rail, Maritime and Transport Union|RMT",
        "Public and Commercial Services Union", "Communication Workers Union|CWU", "Fire Brigades Union|FBU",
        "British Medical Association|BMA", "National Union of Students|NUS", "Association of Chief Police Officers|Acpo|ACPO",
        // Cars, aircraft, transport
        "Volkswagen|VW", "BMW", "Mercedes-Benz", "Daimler", "Audi", "Porsche", "Opel", "Volvo|Volvo Cars", "Saab",
        "Renault", "Peugeot", "Citroën|Citroen", "Stellantis", "Fiat", "Ferrari", "Lamborghini", "Toyota|Toyota Motor",
        "Honda", "Nissan", "Mazda", "Subaru", "Mitsubishi", "Suzuki", "Hyundai", "Kia", "Tata Motors", "Geely", "BYD",
        "General Motors|GM", "Chrysler", "Jaguar Land Rover", "Rolls-Royce", "Airbus", "Boeing", "Embraer", "Bombardier",
        "Maersk|A.P. Moller-Maersk|A.P. Møller-Mærsk", "MSC|Mediterranean Shipping Company", "CMA CGM", "Hapag-Lloyd",
        "Deutsche Bahn", "SNCF", "Eurostar", "Amtrak", "Network Rail", "Lufthansa", "Air France", "KLM",
        "Air France-KLM", "British Airways", "easyJet", "Ryanair", "Emirates", "Qatar Airways", "Etihad", "Aeroflot",
        "Qantas", "Singapore Airlines", "Cathay Pacific", "Delta Air Lines", "United Airlines", "American Airlines",
        "Southwest Airlines", "FedEx", "UPS", "DHL", "Royal Mail",
        // Energy, materials, industry
        "BP", "Royal Dutch Shell|Shell plc", "ExxonMobil|Exxon Mobil|Exxon", "Chevron", "TotalEnergies", "Eni",
        "Equinor|Statoil", "Gazprom", "Rosneft", "Lukoil", "Saudi Aramco|Aramco", "Petrobras", "Sinopec", "PetroChina",
        "Iberdrola", "Enel", "EDF|Électricité de France", "Engie", "E.ON", "RWE", "Vattenfall", "Ørsted|Orsted",
        "Enron", "ArcelorMittal", "Rio Tinto", "BHP", "Glencore", "Anglo American", "BASF", "Bayer", "Thyssenkrupp",
        "ABB", "Alstom", "General Electric|GE", "Caterpillar", "Honeywell", "Lockheed Martin", "Raytheon", "BAE Systems",
        "Northrop Grumman", "Thales", "Dassault", "Siemens Energy", "Vestas", "Northvolt", "CATL",
        // Consumer, retail, food, pharma
        "Walmart|Wal-Mart", "Tesco", "Sainsbury's", "Carrefour", "Aldi", "Lidl", "Ikea|IKEA", "H&M", "Zara", "Inditex",
        "Primark", "Marks & Spencer|Marks and Spencer", "John Lewis", "Harrods", "Costco", "Home Depot", "Starbucks",
        "McDonald's|McDonalds", "Burger King", "KFC", "Taco Bell", "Pizza Hut", "Domino's", "Coca-Cola|Coca Cola",
        "Pepsi|PepsiCo", "Nestlé|Nestle", "Unilever", "Procter & Gamble|P&G", "Danone", "Heineken", "Carlsberg",
        "AB InBev|Anheuser-Busch InBev|Anheuser-Busch", "Diageo", "Kellogg's|Kellogg", "Kraft Heinz|Kraft", 
        "L'Oréal|L'Oreal", "LVMH", "Gucci", "Prada", "Chanel", "Hermès|Hermes", "Nike", "Adidas", "Puma", "Reebok",
        "Pfizer", "Moderna", "BioNTech", "AstraZeneca", "GlaxoSmithKline|GSK", "Novartis", "Roche", "Sanofi",
        "Johnson & Johnson", "Merck", "Novo Nordisk", "Bayer AG", "Eli Lilly", "Disney|Walt Disney Company",
        "Warner Bros.|Warner Bros", "Universal Pictures", "Paramount Pictures|Paramount", "Sony Pictures", "Pixar", "Marvel Studios",
        "EMI", "Universal Music", "Sony Music", "Warner Music", "Electronic Arts|EA", "Activision Blizzard|Activision",
        "Ubisoft",
        // Finance
        "Goldman Sachs", "JPMorgan|JPMorgan Chase|JP Morgan", "Morgan Stanley", "Citigroup|Citi", "Bank of America",
        "Wells Fargo", "BlackRock", "Berkshire Hathaway", "HSBC", "Barclays", "Lloyds|Lloyds Banking Group", "NatWest",
        "Royal Bank of Scotland|RBS", "Santander", "BBVA", "Deutsche Bank", "Commerzbank", "BNP Paribas",
        "Société Générale|Societe Generale", "Crédit Agricole|Credit Agricole", "UBS", "Credit Suisse", "ING", "Rabobank",
        "ABN Amro", "UniCredit", "Intesa Sanpaolo", "Allianz", "AXA", "Aviva", "Prudential", "Zurich Insurance",
        "Lloyd's of London", "Nomura", "Mitsubishi UFJ", "Visa Inc.", "Mastercard", "American Express", "Moody's",
        "Standard & Poor's|S&P", "Fitch Ratings|Fitch", "Lehman Brothers", "Bear Stearns", "Nasdaq|NASDAQ",
        "New York Stock Exchange|NYSE", "London Stock Exchange|LSE", "Euronext", "Deutsche Börse|Deutsche Boerse",
        // News media and agencies
        "Reuters|Thomson Reuters", "Associated Press|AP", "Agence France-Presse|AFP", "Xinhua|Xinhua News Agency",
        "TASS", "RIA Novosti", "Interfax", "Yonhap|Yonhap News Agency", "KCNA|Korean Central News Agency", "Kyodo",
        "BBC", "ITV", "Channel 4", "Sky News", "CNN", "Fox News", "MSNBC", "CBS", "NBC", "ABC News", "NPR", "PBS",
        "Al Jazeera", "Deutsche Welle", "Euronews", "The Guardian", "The Times", "The Sunday Times",
        "The Daily Telegraph|The Telegraph", "Financial Times|FT", "The Economist", "Daily Mail", "The Sun", "The Independent",
        "The New York Times|New York Times", "The Washington Post|Washington Post", "The Wall Street Journal|Wall Street Journal",
        "Le Monde", "Der Spiegel", "Die Zeit", "El País|El Pais", "Corriere della Sera", "Politico", "Axios", "Vox",
        "BuzzFeed", "HuffPost|Huffington Post", "TechCrunch",
    ];

    public static IEnumerable<GazetteerEntry> All => OwnNameLines.Entries(s_lines, "ORG");
}
