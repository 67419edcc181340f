"""Places and what contains them.

Provenance: hand-compiled for claimcheck (2026-11) from the ISO 3166-1 English short
names of countries, their capitals and largest cities, the 50 US states and DC with
their USPS and AP-style abbreviations, the places named in the seed articles, the
cities most often named in the GVC shooting corpus, and districts and camps named in
the ECB+ corpus that the gazetteer (claims/gazetteer.py) lacks. These are the names
read as places in running text; the gazetteer adds the towns of datelines and "Town,
State" and the parents of places this table does not list. Containment is one step: a city
names its country (or its US state), a state names its country.

`PLACES` maps a place's name to the place that contains it (None for countries).
`PLACE_ALIASES` maps a variant spelling to the name used in `PLACES`.
`STATE_ABBREVIATIONS` maps "Calif." / "CA" style forms to the state.
"""

from __future__ import annotations

# One country per line; aliases after "=".
_COUNTRIES = """
Afghanistan
Albania
Algeria
Andorra
Angola
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina = Bosnia
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Central African Republic
Chad
Chile
China = People's Republic of China
Colombia
Comoros
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic = Czechia
Democratic Republic of the Congo = DR Congo | DRC
Republic of the Congo
Denmark
Djibouti
Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini = Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Germany
Ghana
Greece
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Israel
Italy
Ivory Coast = Cote d'Ivoire | Côte d'Ivoire
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Mauritania
Mauritius
Mexico
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar = Burma
Namibia
Nepal
Netherlands = Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea
North Macedonia = Macedonia
Norway
Oman
Pakistan
Palestine = Palestinian Territories | Palestinian Territory | State of Palestine
Panama
Papua New Guinea
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia = Russian Federation
Rwanda
Saudi Arabia
Senegal
Serbia
Sierra Leone
Singapore
Slovakia
Slovenia
Somalia
South Africa
South Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Timor-Leste = East Timor
Togo
Trinidad and Tobago
Tunisia
Turkey = Türkiye
Turkmenistan
Uganda
Ukraine
United Arab Emirates = UAE
United Kingdom = UK | U.K. | Britain | Great Britain
United States = US | U.S. | USA | U.S.A. | America | United States of America
Uruguay
Uzbekistan
Venezuela
Vietnam
Yemen
Zambia
Zimbabwe
"""

# "Place | container" lines; aliases after "=".
_CITIES = """
# seeds and the Middle East
Damascus | Syria
Homs | Syria
Aleppo | Syria
Hama | Syria
Idlib | Syria
Deraa | Syria = Daraa | Dara'a
Latakia | Syria
Raqqa | Syria
Deir ez-Zor | Syria = Deir Ezzor
Douma | Syria
Ghouta | Syria
Baba Amr | Homs
Moscow | Russia
Saint Petersburg | Russia = St. Petersburg | St Petersburg
Beijing | China
Shanghai | China
Hong Kong | China
Geneva | Switzerland
Zurich | Switzerland
Beirut | Lebanon
Tripoli | Libya
Benghazi | Libya
Baghdad | Iraq
Mosul | Iraq
Basra | Iraq
Fallujah | Iraq
Tehran | Iran
Ankara | Turkey
Istanbul | Turkey
Amman | Jordan
Cairo | Egypt
Alexandria | Egypt
Jerusalem | Israel
Tel Aviv | Israel
Gaza | Palestine = Gaza Strip
West Bank | Palestine
Riyadh | Saudi Arabia
Sanaa | Yemen = Sana'a
Aden | Yemen
Doha | Qatar
Dubai | United Arab Emirates
Abu Dhabi | United Arab Emirates
Kabul | Afghanistan
Kandahar | Afghanistan
Islamabad | Pakistan
Karachi | Pakistan
Lahore | Pakistan
Peshawar | Pakistan
# Europe
London | United Kingdom
Manchester | United Kingdom
Birmingham | United Kingdom
Edinburgh | United Kingdom
Glasgow | United Kingdom
Belfast | United Kingdom
Dublin | Ireland
Paris | France
Marseille | France
Lyon | France
Nice | France
Brussels | Belgium
Amsterdam | Netherlands
The Hague | Netherlands
Berlin | Germany
Munich | Germany
Hamburg | Germany
Frankfurt | Germany
Vienna | Austria
Rome | Italy
Milan | Italy
Naples | Italy
Madrid | Spain
Barcelona | Spain
Lisbon | Portugal
Athens | Greece
Warsaw | Poland
Prague | Czech Republic
Budapest | Hungary
Bucharest | Romania
Sofia | Bulgaria
Belgrade | Serbia
Zagreb | Croatia
Sarajevo | Bosnia and Herzegovina
Kiev | Ukraine = Kyiv
Kharkiv | Ukraine = Kharkov
Donetsk | Ukraine
Luhansk | Ukraine
Odessa | Ukraine = Odesa
Minsk | Belarus
Stockholm | Sweden
Oslo | Norway
Copenhagen | Denmark
Helsinki | Finland
Reykjavik | Iceland
# Asia and Oceania
Tokyo | Japan
Osaka | Japan
Fukushima | Japan
Seoul | South Korea
Pyongyang | North Korea
Taipei | Taiwan
Manila | Philippines
Jakarta | Indonesia
Bali | Indonesia
Bangkok | Thailand
Hanoi | Vietnam
Ho Chi Minh City | Vietnam = Saigon
Kuala Lumpur | Malaysia
Yangon | Myanmar = Rangoon
Dhaka | Bangladesh
Kathmandu | Nepal
Colombo | Sri Lanka
New Delhi | India = Delhi
Mumbai | India = Bombay
Kolkata | India = Calcutta
Chennai | India = Madras
Bangalore | India = Bengaluru
Sydney | Australia
Melbourne | Australia
Canberra | Australia
Brisbane | Australia
Perth | Australia
Auckland | New Zealand
Wellington | New Zealand
Christchurch | New Zealand
# Africa
Nairobi | Kenya
Mogadishu | Somalia
Addis Ababa | Ethiopia
Khartoum | Sudan
Juba | South Sudan
Lagos | Nigeria
Abuja | Nigeria
Maiduguri | Nigeria
Accra | Ghana
Dakar | Senegal
Bamako | Mali
Timbuktu | Mali
Kinshasa | Democratic Republic of the Congo
Goma | Democratic Republic of the Congo
Kigali | Rwanda
Kampala | Uganda
Johannesburg | South Africa
Cape Town | South Africa
Pretoria | South Africa
Durban | South Africa
Harare | Zimbabwe
Algiers | Algeria
Tunis | Tunisia
Rabat | Morocco
Casablanca | Morocco
# districts, provinces and camps the news names and the gazetteer (claims/gazetteer.py)
# lacks or puts only in its country: Gaza's refugee camps and towns, the largest
# camps of Syria's refugees
Khan Younis | Gaza = Khan Yunis
Jabaliya | Gaza = Jabalya | Jabalia
Shati | Gaza = Al-Shati
Rafah | Gaza
Beit Hanoun | Gaza
Zaatari | Jordan = Za'atari
Yarmouk | Damascus
# the Americas
Ottawa | Canada
Toronto | Canada
Montreal | Canada
Vancouver | Canada
Mexico City | Mexico
Guadalajara | Mexico
Tijuana | Mexico
Ciudad Juarez | Mexico = Ciudad Juárez
Havana | Cuba
Port-au-Prince | Haiti
Caracas | Venezuela
Bogota | Colombia = Bogotá
Lima | Peru
Santiago | Chile
Buenos Aires | Argentina
Sao Paulo | Brazil = São Paulo
Rio de Janeiro | Brazil
Brasilia | Brazil
Quito | Ecuador
La Paz | Bolivia
# US states
Alabama | United States
Alaska | United States
Arizona | United States
Arkansas | United States
California | United States
Colorado | United States
Connecticut | United States
Delaware | United States
Florida | United States
Georgia | United States
Hawaii | United States
Idaho | United States
Illinois | United States
Indiana | United States
Iowa | United States
Kansas | United States
Kentucky | United States
Louisiana | United States
Maine | United States
Maryland | United States
Massachusetts | United States
Michigan | United States
Minnesota | United States
Mississippi | United States
Missouri | United States
Montana | United States
Nebraska | United States
Nevada | United States
New Hampshire | United States
New Jersey | United States
New Mexico | United States
New York State | United States
North Carolina | United States
North Dakota | United States
Ohio | United States
Oklahoma | United States
Oregon | United States
Pennsylvania | United States
Rhode Island | United States
South Carolina | United States
South Dakota | United States
Tennessee | United States
Texas | United States
Utah | United States
Vermont | United States
Virginia | United States
Washington State | United States
West Virginia | United States
Wisconsin | United States
Wyoming | United States
District of Columbia | United States = D.C. | DC
# US cities (largest, and the most named in the GVC corpus)
New York | New York State = New York City | NYC
Brooklyn | New York
Bronx | New York = The Bronx
Queens | New York
Manhattan | New York
Staten Island | New York
Buffalo | New York State
Rochester | New York State
Los Angeles | California = L.A.
San Francisco | California
San Diego | California
San Jose | California
Sacramento | California
Oakland | California
Fresno | California
Long Beach | California
Santa Monica | California
Isla Vista | California
Santa Barbara | California
Bakersfield | California
Stockton | California
Riverside | California
San Bernardino | California
Chicago | Illinois
Springfield | Illinois
Houston | Texas
Dallas | Texas
San Antonio | Texas
Austin | Texas
Fort Worth | Texas
El Paso | Texas
Phoenix | Arizona
Tucson | Arizona
Philadelphia | Pennsylvania
Pittsburgh | Pennsylvania
Jacksonville | Florida
Miami | Florida
Tampa | Florida
Orlando | Florida
Fort Myers | Florida
Fort Lauderdale | Florida
Tallahassee | Florida
Daytona Beach | Florida
St. Petersburg, Florida | Florida
Columbus | Ohio
Cleveland | Ohio
Cincinnati | Ohio
Dayton | Ohio
Toledo | Ohio
Akron | Ohio
Indianapolis | Indiana
Gary | Indiana
Detroit | Michigan
Flint | Michigan
Grand Rapids | Michigan
Kalamazoo | Michigan
Seattle | Washington State
Spokane | Washington State
Tacoma | Washington State
Denver | Colorado
Aurora | Colorado
Colorado Springs | Colorado
Boulder | Colorado
Boston | Massachusetts
Washington | District of Columbia = Washington, D.C. | Washington DC
Nashville | Tennessee
Memphis | Tennessee
Knoxville | Tennessee
Chattanooga | Tennessee
Louisville | Kentucky
Lexington | Kentucky
Baltimore | Maryland
Milwaukee | Wisconsin
Madison | Wisconsin
Albuquerque | New Mexico
Las Vegas | Nevada
Reno | Nevada
Portland | Oregon
Oklahoma City | Oklahoma
Tulsa | Oklahoma
Kansas City | Missouri
St. Louis | Missouri = Saint Louis | St Louis
Ferguson | Missouri
Atlanta | Georgia
Savannah | Georgia
Omaha | Nebraska
Minneapolis | Minnesota
St. Paul | Minnesota = Saint Paul
New Orleans | Louisiana
Baton Rouge | Louisiana
Shreveport | Louisiana
Lafayette | Louisiana
Birmingham, Alabama | Alabama
Montgomery | Alabama
Mobile | Alabama
Charlotte | North Carolina
Raleigh | North Carolina
Durham | North Carolina
Greensboro | North Carolina
Charleston | South Carolina
Columbia | South Carolina
Richmond | Virginia
Norfolk | Virginia
Virginia Beach | Virginia
Chesapeake | Virginia
Newark | New Jersey
Jersey City | New Jersey
Camden | New Jersey
Trenton | New Jersey
Wilmington | Delaware
Hartford | Connecticut
Bridgeport | Connecticut
New Haven | Connecticut
Newtown | Connecticut
Providence | Rhode Island
Salt Lake City | Utah
Honolulu | Hawaii
Anchorage | Alaska
Little Rock | Arkansas
Jackson | Mississippi
Des Moines | Iowa
Wichita | Kansas
"""

# USPS codes and AP-style abbreviations, as they follow a town ("Auburn, Calif.").
_STATE_ABBREVIATIONS = """
Alabama: AL Ala.
Alaska: AK
Arizona: AZ Ariz.
Arkansas: AR Ark.
California: CA Calif. Cal.
Colorado: CO Colo.
Connecticut: CT Conn.
Delaware: DE Del.
Florida: FL Fla.
Georgia: GA Ga.
Hawaii: HI
Idaho: ID
Illinois: IL Ill.
Indiana: IN Ind.
Iowa: IA
Kansas: KS Kan. Kans.
Kentucky: KY Ky.
Louisiana: LA La.
Maine: ME
Maryland: MD Md.
Massachusetts: MA Mass.
Michigan: MI Mich.
Minnesota: MN Minn.
Mississippi: MS Miss.
Missouri: MO Mo.
Montana: MT Mont.
Nebraska: NE Neb. Nebr.
Nevada: NV Nev.
New Hampshire: NH N.H.
New Jersey: NJ N.J.
New Mexico: NM N.M.
New York State: NY N.Y.
North Carolina: NC N.C.
North Dakota: ND N.D.
Ohio: OH
Oklahoma: OK Okla.
Oregon: OR Ore.
Pennsylvania: PA Pa. Penn.
Rhode Island: RI R.I.
South Carolina: SC S.C.
South Dakota: SD S.D.
Tennessee: TN Tenn.
Texas: TX Tex.
Utah: UT
Vermont: VT Vt.
Virginia: VA Va.
Washington State: WA Wash.
West Virginia: WV W.Va. W.Va
Wisconsin: WI Wis. Wisc.
Wyoming: WY Wyo.
"""


def _read_tables() -> tuple[dict[str, str | None], dict[str, str], dict[str, str]]:
    places: dict[str, str | None] = {}
    aliases: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, _, alias_text = line.partition("=")
        name = name.strip()
        places[name] = None
        for alias in alias_text.split("|"):
            if alias.strip():
                aliases[alias.strip()] = name
    for line in _CITIES.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        entry, _, alias_text = line.partition("=")
        name, _, container = (part.strip() for part in entry.partition("|"))
        places.setdefault(name, container)
        for alias in alias_text.split("|"):
            if alias.strip():
                aliases[alias.strip()] = name
    states: dict[str, str] = {}
    for line in _STATE_ABBREVIATIONS.strip().splitlines():
        state, _, forms = line.partition(":")
        for form in forms.split():
            states[form] = state
    # "New York" and "Washington" mean the city unless a state form says otherwise.
    aliases.setdefault("New York state", "New York State")
    aliases.setdefault("Washington state", "Washington State")
    return places, aliases, states


PLACES, PLACE_ALIASES, STATE_ABBREVIATIONS = _read_tables()
