"""Word lists the actor extractor reads: places, demonyms, given names, titles, org words.

Plain data, kept compact and general (world knowledge, never the names of one article).
Everything is matched case-insensitively unless noted.
"""

from __future__ import annotations


def word_list(block: str) -> list[str]:
    """The whitespace-separated words of a block of data written over several lines."""
    return block.split()


def _names(block: str) -> list[str]:
    """Split a "|"-separated block written over several lines."""
    return [name.strip() for name in block.split("|") if name.strip()]


COUNTRIES: frozenset[str] = frozenset(
    _names(
        """
    Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
    Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|
    Bosnia and Herzegovina|Antigua and Barbuda|Sao Tome and Principe|
    Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|
    China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|
    Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|
    Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|
    Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|
    Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|
    Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|
    Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|
    Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|New Zealand|
    Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|
    Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|
    Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|
    South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|
    Tajikistan|Tanzania|Thailand|Togo|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Uganda|
    Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|
    Vietnam|Yemen|Zambia|Zimbabwe|Britain|Great Britain|England|Scotland|Wales|
    Northern Ireland|America|Gaza|West Bank|Hong Kong|Puerto Rico|Greenland|Crimea|Kurdistan
            """
    )
)

# Short and official forms that name the same country.
PLACE_ALIASES: dict[str, str] = {
    "u.s.": "United States", "us": "United States", "u.s.a.": "United States",
    "usa": "United States", "america": "United States", "united states of america":
    "United States", "u.k.": "United Kingdom", "uk": "United Kingdom", "britain":
    "United Kingdom", "great britain": "United Kingdom", "uae": "United Arab Emirates",
    "u.a.e.": "United Arab Emirates", "burma": "Myanmar", "czechia": "Czech Republic",
    "holland": "Netherlands", "the netherlands": "Netherlands", "d.c.": "Washington",
}  # fmt: skip

US_STATES: frozenset[str] = frozenset(
    _names(
        """
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|
    Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|
    Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|
    New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
    Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
    Washington|West Virginia|Wisconsin|Wyoming
            """
    )
)

CITIES: frozenset[str] = frozenset(
    _names(
        """
    New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|
    Dallas|San Jose|Austin|Jacksonville|San Francisco|Columbus|Seattle|Denver|Boston|Detroit|
    Nashville|Portland|Las Vegas|Memphis|Louisville|Baltimore|Milwaukee|Albuquerque|Tucson|
    Sacramento|Atlanta|Miami|Oakland|Minneapolis|Cleveland|New Orleans|Tampa|
    Pittsburgh|Cincinnati|St. Louis|Orlando|El Paso|Cambridge|
    Mexico City|Guadalajara|Monterrey|Tijuana|Ciudad Juarez|Ciudad Juárez|Culiacán|Culiacan|
    Toronto|Montreal|Vancouver|Ottawa|London|Paris|Berlin|Madrid|Rome|Milan|Lisbon|
    Dublin|Amsterdam|Brussels|Vienna|Prague|Warsaw|Budapest|Athens|Stockholm|Oslo|Copenhagen|
    Helsinki|Geneva|Zurich|Moscow|Kyiv|Kiev|Istanbul|Ankara|Tehran|Baghdad|Damascus|
    Beirut|Jerusalem|Tel Aviv|Cairo|Riyadh|Dubai|Doha|Kabul|Islamabad|Karachi|Delhi|
    New Delhi|Mumbai|Beijing|Shanghai|Hong Kong|Tokyo|Osaka|Seoul|Pyongyang|Taipei|Manila|
    Jakarta|Bangkok|Hanoi|Singapore|Sydney|Melbourne|Nairobi|Lagos|Abuja|Accra|
    Johannesburg|Cape Town|Addis Ababa|Kinshasa|Dakar|Bogotá|Bogota|Lima|Caracas|Santiago|
    Buenos Aires|São Paulo|Sao Paulo|Rio de Janeiro|Havana|Panama City|Washington|Sanaa|Aden
            """
    )
)

# Regions and other well-known places that are not countries or cities.
REGIONS: frozenset[str] = frozenset(
    _names(
        """
    Africa|Asia|Europe|Latin America|South America|North America|Central America|
    Middle East|South Asia|East Asia|Southeast Asia|Caribbean|Balkans|Sahel|Arctic|Siberia|
    Sinaloa|Sonora|Chihuahua|Jalisco|Michoacán|Michoacan|Tamaulipas|Guerrero|Baja California|
    Quebec|Ontario|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|
    Newfoundland|Prince Edward Island|
    Bavaria|Catalonia|Kashmir|Punjab|Darfur|Donbas|Silicon Valley|Wall Street|
    Capitol Hill|Southwest|Midwest|Pacific|Atlantic|Gulf of Mexico|Persian Gulf|Red Sea|
    Mediterranean
            """
    )
)

# Demonym -> place. "Mexican lawmakers" is a group; a bare demonym is only a description.
DEMONYMS: dict[str, str] = {
    "american": "United States", "mexican": "Mexico", "canadian": "Canada",
    "british": "United Kingdom", "english": "England", "french": "France",
    "german": "Germany", "italian": "Italy", "spanish": "Spain", "portuguese": "Portugal",
    "dutch": "Netherlands", "belgian": "Belgium", "swiss": "Switzerland", "swedish": "Sweden",
    "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland", "polish": "Poland",
    "russian": "Russia", "ukrainian": "Ukraine", "greek": "Greece", "turkish": "Turkey",
    "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria", "lebanese": "Lebanon",
    "israeli": "Israel", "palestinian": "Palestine", "egyptian": "Egypt", "saudi":
    "Saudi Arabia", "yemeni": "Yemen", "afghan": "Afghanistan", "pakistani": "Pakistan",
    "indian": "India", "chinese": "China", "japanese": "Japan", "korean": "Korea",
    "north korean": "North Korea", "south korean": "South Korea", "taiwanese": "Taiwan",
    "vietnamese": "Vietnam", "thai": "Thailand", "filipino": "Philippines", "indonesian":
    "Indonesia", "australian": "Australia", "nigerian": "Nigeria", "kenyan": "Kenya",
    "ghanaian": "Ghana", "ethiopian": "Ethiopia", "somali": "Somalia", "sudanese": "Sudan",
    "south african": "South Africa", "brazilian": "Brazil", "argentine": "Argentina",
    "colombian": "Colombia", "venezuelan": "Venezuela", "peruvian": "Peru", "chilean": "Chile",
    "cuban": "Cuba", "haitian": "Haiti", "guatemalan": "Guatemala", "honduran": "Honduras",
    "salvadoran": "El Salvador", "nicaraguan": "Nicaragua", "panamanian": "Panama",
    "european": "Europe", "african": "Africa", "asian": "Asia", "latin american":
    "Latin America", "arab": "", "kurdish": "Kurdistan", "irish": "Ireland", "scottish":
    "Scotland", "welsh": "Wales", "austrian": "Austria", "hungarian": "Hungary", "czech":
    "Czech Republic", "romanian": "Romania", "serbian": "Serbia", "croatian": "Croatia",
    "bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "nepali": "Nepal", "qatari":
    "Qatar", "emirati": "United Arab Emirates", "jordanian": "Jordan", "libyan": "Libya",
    "moroccan": "Morocco", "algerian": "Algeria", "tunisian": "Tunisia",
}  # fmt: skip

# Lower-case nouns for groups of people; after a demonym or a name they make a group actor.
GROUP_NOUNS: frozenset[str] = frozenset(
    word_list("""
    lawmakers legislators senators congressmen officials leaders authorities troops forces
    soldiers police officers agents prosecutors investigators diplomats governors ministers
    voters protesters protestors demonstrators rebels militants insurgents fighters gangs
    cartel cartels gang militia militias traffickers smugglers regulators judges workers
    unions union families migrants refugees students farmers residents businesses banks
    companies firms executives negotiators
    """)
)

# Lower-case nouns for made things; a name right before one is a model or a brand of it
# ("Hellfire missiles", "Reaper drones", "Tomahawk cruise missile"), not an actor.
PRODUCT_NOUNS: frozenset[str] = frozenset(
    word_list("""
    missile missiles rocket rockets drone drones bomb bombs warhead warheads jet jets
    fighter-jets helicopter helicopters aircraft warplane warplanes rifle rifles pistol
    pistols handgun handguns gun guns cruise torpedo torpedoes munitions
    """)
)

# Named armed or criminal groups and movements (a compact, general list).
NAMED_GROUPS: frozenset[str] = frozenset(
    _names(
        """
    al-qaeda|al qaeda|al-qaida|isis|isil|islamic state|taliban|hamas|hezbollah|houthis|
    boko haram|al-shabab|al-shabaab|farc|eln|zetas|los zetas|ms-13|wagner group|
    proud boys|ku klux klan|mafia|cosa nostra|camorra|ndrangheta|yakuza|triads|
    tren de aragua|jalisco new generation cartel|cjng
            """
    )
)

# Named groups whose branches are named after where they act ("Al-Qaeda in the Arabian
# Peninsula", "Islamic State in Iraq and the Levant"); "Hamas in Gaza" is Hamas, in Gaza.
GROUPS_WITH_BRANCHES: frozenset[str] = frozenset(
    _names("al-qaeda|al qaeda|al-qaida|al qaida|islamic state")
)

# Known organisations whose names carry no organisation word (media, companies, bodies).
KNOWN_ORGANIZATIONS: frozenset[str] = frozenset(
    _names(
        """
    associated press|reuters|bloomberg|wall street journal|new york times|
    washington post|financial times|the economist|politico|axios|cnn|bbc|npr|
    fox news|al jazeera|agence france-presse|afp|the lancet|
    pentagon|white house|kremlin|congress|senate|parliament|interpol|europol|nato|
    united nations|european union|world bank|opec|google|apple|microsoft|amazon|meta|
    facebook|twitter|tesla|airbus|walmart|nasa|stars and stripes|procter and gamble|
    johnson and johnson|barnes and noble|marks and spencer|simon and schuster|ernst and young
            """
    )
)

# Acronym -> long form, for well-known bodies the text may not spell out.
ACRONYMS: dict[str, str] = {
    "CIA": "Central Intelligence Agency", "DEA": "Drug Enforcement Administration",
    "FBI": "Federal Bureau of Investigation", "CBP": "Customs and Border Protection",
    "ICE": "Immigration and Customs Enforcement", "DHS": "Department of Homeland Security",
    "DOJ": "Department of Justice", "NSA": "National Security Agency",
    "ATF": "Bureau of Alcohol, Tobacco, Firearms and Explosives", "IRS":
    "Internal Revenue Service", "SEC": "Securities and Exchange Commission", "FDA":
    "Food and Drug Administration", "UN":
    "United Nations", "EU": "European Union", "NATO": "North Atlantic Treaty Organization",
    "IMF": "International Monetary Fund", "NASA":
    "National Aeronautics and Space Administration", "FAA": "Federal Aviation Administration",
    "EPA": "Environmental Protection Agency", "CDC": "Centers for Disease Control and Prevention",
}  # fmt: skip

# Titles and roles stripped from names; multi-word ones are matched as phrases.
TITLES: frozenset[str] = frozenset(
    _names(
        """
    president|vice president|prime minister|premier|chancellor|king|queen|prince|princess|
    pope|sheikh|emir|gen.|general|lt.|lt. gen.|maj. gen.|brig. gen.|col.|colonel|maj.|major|
    capt.|captain|adm.|admiral|sgt.|sergeant|cpl.|gov.|governor|sen.|senator|rep.|
    representative|congressman|congresswoman|mayor|secretary|assistant secretary|
    deputy secretary|undersecretary|under secretary|minister|deputy minister|ambassador|
    attorney general|deputy attorney general|assistant attorney general|
    assistant u.s. attorney|u.s. attorney|district attorney|attorney|judge|justice|
    chief justice|magistrate|commissioner|director|deputy director|chief|chief executive|
    chief executive officer|ceo|cfo|coo|chairman|chairwoman|chair|chairperson|founder|
    co-founder|spokesman|spokeswoman|spokesperson|dr.|dr|prof.|professor|mr.|mrs.|ms.|mx.|
    sir|dame|lord|lady|rev.|reverend|father|sister|rabbi|imam|cardinal|bishop|sheriff|
    detective|officer|agent|special agent|inspector|superintendent|marshal|councilman|
    councilwoman|council member|treasurer|auditor|clerk|speaker|leader|majority leader|
    minority leader|whip|coach|provost|
    state|acting|former|late|then|
    then-president|deputy|interim|assistant|senior|junior|retired|district|u.s. district judge
            """
    )
)

ORG_WORDS: frozenset[str] = frozenset(
    word_list("""
    agency administration department ministry court senate congress house parliament
    assembly committee subcommittee commission council board bureau office service services
    authority police army navy force forces guard corps command university college school
    institute institution foundation fund trust bank association union party alliance
    coalition league federation organization organisation company co. corp. corp
    corporation inc. inc ltd. ltd llc plc group holdings partners press times journal post
    news network television radio airlines airways motors industries systems technologies
    robotics labs laboratories hospital clinic church ag gmbh s.a. sa nv patrol
    guard observatory laboratory museum library academy society centre center brigade
    regiment battalion division
    """)
)

# Head words by which a text names one of its institutions again ("the ministry said"):
# nouns that mean an institution and little else ("the house", "the state", "the party"
# mean many things, and are left out).
INSTITUTION_HEADS: frozenset[str] = frozenset(
    word_list("""
    agency administration department ministry court commission committee subcommittee
    council bureau authority observatory institute university college foundation bank
    company corporation hospital laboratory museum academy society brigade regiment
    battalion army navy police cartel militia alliance coalition federation association
    """)
)

PLACE_WORDS: frozenset[str] = frozenset(
    word_list("""
    province state county city town village district region island islands river mountains
    mountain valley bay sea ocean lake airport bridge port border street avenue square
    plaza park strait peninsula desert coast
    """)
)

# Verbs of speaking that follow a person's name ("Chavarria said").
SPEECH_VERBS: frozenset[str] = frozenset(
    word_list("said says told tells added asked wrote writes recalled testified argued explained")
)

MONTHS_AND_DAYS: frozenset[str] = frozenset(
    word_list("""
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun
    """)
)

# Capitalised words that are never actors on their own (sentence openers, pronouns...).
NON_ACTOR_WORDS: frozenset[str] = frozenset(
    word_list("""
    a an the this that these those there here it its he she they we i you his her their our
    my your in on at by for from with without after before during since until as if when
    while although though because but and or so yet still now then even also however
    meanwhile instead indeed moreover ultimately finally later earlier today yesterday
    tomorrow last next some many most few all both each every no not what who why how where
    which one two three four five six seven eight nine ten according asked despite under over
    about among between against such only just famously colleagues experts analysts officials
    read more multiple any another other much several given added underneath unlike like
    mr mrs ms dr i'm i've i'll i'd we're we've they're you're it's that's there's
    """)
)

# Common given names across languages: evidence that a capitalised pair is a person.
GIVEN_NAMES: frozenset[str] = frozenset(
    word_list("""
    aaron abdul abdullah abraham adam adrian ahmed ahmad aisha alan alberto alejandro alex
    alexander alexandra alexei ali alice alicia amanda amy ana anand andrea andreas andrew
    andrés andres andy angela angelo anita ann anna anne anthony antonio arjun arthur
    ashley barack barbara ben benjamin bernard beth bill billy bob boris brad brandon brenda
    brian bruce carl carla carlos carmen carol caroline catherine charles charlie chen chris
    christian christina christine christopher claire claudia colin craig daniel david
    deborah dennis diana diego dmitry donald donna dorothy douglas edward elaine elena
    elizabeth ellen emily emma emmanuel eric erik ernesto eugene eva evan fatima felipe
    fernando francis francisco frank gabriel gary george gerald gloria grace
    greg gregory hannah harold harry hassan heather helen henry hillary hugo ian igor isabel
    ivan jack jacob james jane janet jason javier jean jeff jeffrey jennifer jeremy jessica
    jim jimmy joan joaquín joaquin joe joel john jonathan jorge jose josé joseph joshua juan
    judith julia julian julie justin karen kate katherine kathleen keith kelly kenneth kevin
    kim kristi larry laura lauren lee leo leonardo linda lisa liu louis lucas luis luke
    luz manuel marco marcus margaret maria maría marie mario mark martha martin mary matthew
    maxim megan melissa michael michelle miguel mike mohamed mohammed muhammad nancy natalie
    nathan nicholas nicolás nicolas nina noah olga oliver omar pablo pamela patricia patrick
    paul pedro peter philip pierre rachel rafael rahul rajesh ramón ramon randy
    raul raúl ray raymond rebecca ricardo richard rick robert roberto rodrigo roger ronald
    rosa rubén ruben russell ruth ryan salvador samuel sandra sara sarah scott sean
    sergei sergio sharon shirley sofia sophie stephanie stephen steve steven susan tatiana
    teresa thomas tim timothy tom tomas tomás tony valentina vanessa victor victoria vladimir
    walter wang wei william xi yasmin yusuf zhang
    """)
)

# Role nouns: "Her lawyer, Thomas Brandt" and "Samir Khan, a naturalized U.S. citizen"
# make the name beside them a person.
ROLE_NOUNS: frozenset[str] = frozenset(
    word_list("""
    lawyer attorney daughter son wife husband mother father sister brother widow colleague
    friend clerk analyst professor executive engineer economist scientist chemist physicist
    doctor journalist reporter editor writer author citizen resident leader head chief
    founder member official officer agent spokesman spokeswoman spokesperson president
    governor senator minister secretary director judge prosecutor detective commander
    general kingpin boss chairman chairwoman chair partner aide adviser advisor ambassador
    candidate mayor manager owner employee worker student teacher researcher investigator
    treasurer auditor commissioner deputy representative lawmaker legislator king queen
    """)
)

# The head words a title runs on to after its first title word: "Chief Financial Officer",
# "Chief Operating Officer", "Chief Executive", "General Counsel", "Chief Economist".
TITLE_HEADS = frozenset(
    word_list("""
    officer executive counsel economist strategist scientist engineer editor correspondent
    architect surgeon officers
    """)
)
# Words that make a run a title; modifiers like "special" or "state" only do inside a phrase.
TITLE_MODIFIERS = frozenset(
    word_list(
        "special state district senior junior acting former late then deputy interim assistant "
        "retired majority minority county council vice under executive officer u.s"
    )
)

# Named things that are not actors of any type, though they may matter to a reader.
THING_WORDS = frozenset(word_list("prize award medal cup trophy act treaty accord plan program"))

GROUP_HEADS = frozenset(
    word_list("cartel cartels gang gangs militia militias movement brigade brigades")
)

# Role nouns that also stand as titles before a name ("Correspondent Purnell Murdock").
ROLE_TITLES = frozenset(
    word_list(
        "correspondent reporter editor analyst spokesman spokeswoman spokesperson aide adviser "
        "advisor lawyer prosecutor investigator commander"
    )
)
