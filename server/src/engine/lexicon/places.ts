/**
 * A small gazetteer, written by hand for this project: countries with the other names they go by,
 * the adjectives of their people, their capitals and some major cities and regions, and the
 * continents they lie on. Conflict rules use it to tell that "Chicago-based Boeing" and "Boeing's
 * headquarters is in Canada" put one company in two countries.
 *
 * Only names that stand for one country are listed: "Georgia" (a country and a US state), "Congo"
 * (two countries), "Korea", "Macedonia", and cities that share their name with another city
 * ("Birmingham", "Cambridge", "Perth", "Valencia", "Kingston", "Portland", "Richmond", "Victoria",
 * "Hamilton", "Santiago", "Córdoba", "San Jose", "Alexandria", "Hyderabad") and disputed places ("Kashmir",
 * "Jerusalem", "Kosovo") are left out, so they never conflict with anything.
 *
 * One line per country: `name; other names; adjectives; capital, cities and regions; continents`
 * (continents: af, as, eu, na, sa, oc). Lines starting with `@` are continents: `@code; names; adjectives`.
 */
const DATA = `
@af; Africa; African
@as; Asia; Asian
@eu; Europe; European
@na; North America; North American
@sa; South America, Latin America; South American, Latin American
@oc; Oceania, Australasia; Oceanian
United States; US, USA, U.S., U.S.A., United States of America, America; American, US, U.S.; Washington, New York, Los Angeles, Chicago, Houston, Philadelphia, Phoenix, San Antonio, San Diego, Dallas, San Francisco, Seattle, Boston, Detroit, Atlanta, Miami, Denver, Las Vegas, Baltimore, Pittsburgh, Cleveland, Cincinnati, Minneapolis, St. Louis, New Orleans, Nashville, Memphis, Milwaukee, Honolulu, Anchorage, Salt Lake City, Sacramento, Silicon Valley, Wall Street, Manhattan, Brooklyn, Hollywood, Palo Alto, Cupertino, Redmond, Armonk, Dearborn, Montvale, Puerto Rico, Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, West Virginia, Wisconsin, Wyoming; na
Canada; ; Canadian; Ottawa, Toronto, Montreal, Vancouver, Calgary, Edmonton, Winnipeg, Quebec, Ontario, Alberta, British Columbia, Manitoba, Saskatchewan, Nova Scotia, New Brunswick, Newfoundland; na
Mexico; ; Mexican; Mexico City, Guadalajara, Monterrey, Tijuana, Cancun; na
United Kingdom; UK, U.K., Britain, Great Britain, England, Scotland, Wales, Northern Ireland; British, English, Scottish, Scots, Welsh, Northern Irish; London, Manchester, Liverpool, Leeds, Glasgow, Edinburgh, Cardiff, Belfast, Bristol, Sheffield, Newcastle, Oxford, Nottingham, Southampton, Aberdeen; eu
Ireland; Irish Republic, Republic of Ireland, Eire; Irish; Dublin, Cork, Galway; eu
France; ; French; Paris, Marseille, Lyon, Toulouse, Nice, Bordeaux, Lille, Strasbourg, Nantes; eu
Germany; ; German; Berlin, Munich, Hamburg, Frankfurt, Cologne, Stuttgart, Dusseldorf, Düsseldorf, Dresden, Leipzig, Hanover, Bonn, Wolfsburg, Bavaria; eu
Netherlands; Holland, The Netherlands; Dutch; Amsterdam, Rotterdam, The Hague, Utrecht, Eindhoven; eu
Belgium; ; Belgian; Brussels, Antwerp, Ghent, Liege; eu
Luxembourg; ; Luxembourgish; ; eu
Switzerland; ; Swiss; Bern, Berne, Zurich, Geneva, Basel, Lausanne; eu
Austria; ; Austrian; Vienna, Salzburg, Graz, Innsbruck; eu
Italy; ; Italian; Rome, Milan, Naples, Turin, Florence, Venice, Genoa, Bologna, Palermo, Sicily, Sardinia; eu
Spain; ; Spanish; Madrid, Barcelona, Seville, Bilbao, Malaga, Zaragoza, Catalonia, Andalusia; eu
Portugal; ; Portuguese; Lisbon, Porto; eu
Greece; ; Greek; Athens, Thessaloniki, Crete; eu
Denmark; ; Danish; Copenhagen, Aarhus; eu
Norway; ; Norwegian; Oslo, Bergen; eu
Sweden; ; Swedish; Stockholm, Gothenburg, Malmo; eu
Finland; ; Finnish; Helsinki; eu
Iceland; ; Icelandic; Reykjavik; eu
Poland; ; Polish; Warsaw, Krakow, Gdansk, Wroclaw, Lodz; eu
Czech Republic; Czechia; Czech; Prague, Brno; eu
Slovakia; ; Slovak, Slovakian; Bratislava; eu
Hungary; ; Hungarian; Budapest; eu
Romania; ; Romanian; Bucharest; eu
Bulgaria; ; Bulgarian; Sofia; eu
Serbia; ; Serbian, Serb; Belgrade; eu
Croatia; ; Croatian, Croat; Zagreb; eu
Slovenia; ; Slovenian, Slovene; Ljubljana; eu
Bosnia and Herzegovina; Bosnia; Bosnian; Sarajevo; eu
Albania; ; Albanian; Tirana; eu
Montenegro; ; Montenegrin; Podgorica; eu
Moldova; ; Moldovan; Chisinau; eu
Ukraine; ; Ukrainian; Kiev, Kyiv, Kharkiv, Odessa, Lviv, Donetsk; eu
Belarus; ; Belarusian; Minsk; eu
Lithuania; ; Lithuanian; Vilnius; eu
Latvia; ; Latvian; Riga; eu
Estonia; ; Estonian; Tallinn; eu
Russia; Russian Federation; Russian; Moscow, St. Petersburg, Saint Petersburg, Novosibirsk, Vladivostok, Chechnya, Siberia; eu, as
Turkey; ; Turkish; Ankara, Istanbul, Izmir; eu, as
Cyprus; ; Cypriot; Nicosia; eu, as
Malta; ; Maltese; Valletta; eu
Israel; ; Israeli; Tel Aviv, Haifa; as
Palestine; Gaza, West Bank, Palestinian Territories; Palestinian; Ramallah; as
Lebanon; ; Lebanese; Beirut; as
Syria; ; Syrian; Damascus, Aleppo, Homs, Raqqa, Palmyra; as
Jordan; ; Jordanian; Amman; as
Iraq; ; Iraqi; Baghdad, Basra, Mosul, Kirkuk, Fallujah; as
Iran; Persia; Iranian, Persian; Tehran, Isfahan, Mashhad; as
Saudi Arabia; ; Saudi, Saudi Arabian; Riyadh, Jeddah, Mecca; as
Kuwait; ; Kuwaiti; Kuwait City; as
Qatar; ; Qatari; Doha; as
Bahrain; ; Bahraini; Manama; as
United Arab Emirates; UAE; Emirati; Abu Dhabi, Dubai; as
Oman; ; Omani; Muscat; as
Yemen; ; Yemeni; Sanaa, Aden; as
Afghanistan; ; Afghan; Kabul, Kandahar, Herat; as
Pakistan; ; Pakistani; Islamabad, Karachi, Lahore, Peshawar, Rawalpindi; as
India; ; Indian; New Delhi, Delhi, Mumbai, Bombay, Bangalore, Bengaluru, Kolkata, Calcutta, Chennai, Madras, Ahmedabad, Pune, Kerala; as
Bangladesh; ; Bangladeshi; Dhaka; as
Sri Lanka; ; Sri Lankan; Colombo; as
Nepal; ; Nepalese, Nepali; Kathmandu; as
China; People's Republic of China, PRC; Chinese; Beijing, Shanghai, Guangzhou, Shenzhen, Tianjin, Chongqing, Wuhan, Nanjing, Chengdu, Xian, Shantou, Xiamen, Tibet, Xinjiang, Guangdong, Hong Kong, Macau, Macao; as
Taiwan; ; Taiwanese; Taipei; as
Japan; ; Japanese; Tokyo, Osaka, Yokohama, Kyoto, Kobe, Nagoya, Hiroshima, Fukushima, Okinawa; as
South Korea; ; South Korean; Seoul, Busan, Incheon; as
North Korea; ; North Korean; Pyongyang; as
Mongolia; ; Mongolian; Ulan Bator, Ulaanbaatar; as
Vietnam; Viet Nam; Vietnamese; Hanoi, Ho Chi Minh City, Saigon; as
Thailand; ; Thai; Bangkok; as
Cambodia; ; Cambodian; Phnom Penh; as
Laos; ; Laotian; Vientiane; as
Myanmar; Burma; Burmese; Yangon, Rangoon, Naypyidaw; as
Malaysia; ; Malaysian; Kuala Lumpur; as
Singapore; ; Singaporean; ; as
Indonesia; ; Indonesian; Jakarta, Bali, Java, Sumatra; as
Philippines; ; Filipino, Philippine; Manila, Luzon, Mindanao; as
Kazakhstan; ; Kazakh; Astana, Almaty; as
Uzbekistan; ; Uzbek; Tashkent; as
Kyrgyzstan; ; Kyrgyz; Bishkek; as
Tajikistan; ; Tajik; Dushanbe; as
Turkmenistan; ; Turkmen; Ashgabat; as
Azerbaijan; ; Azerbaijani; Baku; as
Armenia; ; Armenian; Yerevan; as
Egypt; ; Egyptian; Cairo; af, as
Libya; ; Libyan; Tripoli, Benghazi; af
Tunisia; ; Tunisian; Tunis; af
Algeria; ; Algerian; Algiers; af
Morocco; ; Moroccan; Rabat, Casablanca, Marrakesh; af
Sudan; ; Sudanese; Khartoum, Darfur; af
South Sudan; ; South Sudanese; Juba; af
Ethiopia; ; Ethiopian; Addis Ababa; af
Eritrea; ; Eritrean; Asmara; af
Somalia; ; Somali; Mogadishu; af
Kenya; ; Kenyan; Nairobi, Mombasa; af
Uganda; ; Ugandan; Kampala; af
Tanzania; ; Tanzanian; Dodoma, Dar es Salaam, Zanzibar; af
Rwanda; ; Rwandan; Kigali; af
Burundi; ; Burundian; Bujumbura; af
Democratic Republic of Congo; Democratic Republic of the Congo, DRC, Zaire, Congo Kinshasa; Congolese; Kinshasa; af
Republic of Congo; Congo Brazzaville, Congo-Brazzaville; ; Brazzaville; af
Gabon; ; Gabonese; Libreville; af
Cameroon; ; Cameroonian; Yaounde, Douala; af
Nigeria; ; Nigerian; Abuja, Lagos, Kano; af
Ghana; ; Ghanaian; Accra; af
Ivory Coast; Côte d'Ivoire, Cote d'Ivoire; Ivorian; Abidjan, Yamoussoukro; af
Senegal; ; Senegalese; Dakar; af
Mali; ; Malian; Bamako, Timbuktu; af
Niger; ; Nigerien; Niamey; af
Chad; ; Chadian; N'Djamena; af
Burkina Faso; ; Burkinabe; Ouagadougou; af
Liberia; ; Liberian; Monrovia; af
Sierra Leone; ; Sierra Leonean; Freetown; af
Guinea; ; Guinean; Conakry; af
Mauritania; ; Mauritanian; Nouakchott; af
Angola; ; Angolan; Luanda; af
Zambia; ; Zambian; Lusaka; af
Zimbabwe; ; Zimbabwean; Harare, Bulawayo; af
Mozambique; ; Mozambican; Maputo; af
Malawi; ; Malawian; Lilongwe; af
Botswana; ; Botswanan; Gaborone; af
Namibia; ; Namibian; Windhoek; af
South Africa; ; South African; Pretoria, Johannesburg, Cape Town, Durban, Soweto; af
Madagascar; ; Malagasy; Antananarivo; af
Australia; ; Australian; Canberra, Sydney, Melbourne, Brisbane, Adelaide, Queensland, New South Wales, Tasmania; oc
New Zealand; ; New Zealand; Wellington, Auckland, Christchurch; oc
Papua New Guinea; ; Papua New Guinean; Port Moresby; oc
Fiji; ; Fijian; Suva; oc
Brazil; ; Brazilian; Brasilia, Sao Paulo, São Paulo, Rio de Janeiro, Rio, Salvador, Belo Horizonte; sa
Argentina; ; Argentine, Argentinian; Buenos Aires; sa
Chile; ; Chilean; Valparaiso; sa
Peru; ; Peruvian; Lima; sa
Colombia; ; Colombian; Bogota, Medellin, Cali; sa
Venezuela; ; Venezuelan; Caracas, Maracaibo; sa
Ecuador; ; Ecuadorian; Quito, Guayaquil; sa
Bolivia; ; Bolivian; La Paz, Sucre; sa
Paraguay; ; Paraguayan; Asuncion; sa
Uruguay; ; Uruguayan; Montevideo; sa
Cuba; ; Cuban; Havana; na
Haiti; ; Haitian; Port-au-Prince; na
Dominican Republic; ; Dominican; Santo Domingo; na
Jamaica; ; Jamaican; ; na
Guatemala; ; Guatemalan; Guatemala City; na
Honduras; ; Honduran; Tegucigalpa; na
El Salvador; ; Salvadoran, Salvadorean; San Salvador; na
Nicaragua; ; Nicaraguan; Managua; na
Costa Rica; ; Costa Rican; ; na
Panama; ; Panamanian; Panama City; na
`;

export interface Place {
  /** The country (its name as listed), or '' for a continent. */
  country: string;
  /** The continents it lies on (codes). */
  continents: string[];
  /** An adjective of its people ("Dutch"), not its name. */
  demonym: boolean;
}

/** Every listed name and adjective, lower-cased, words joined by one space ("new york", "u.s."), to what it places. */
export const PLACES = new Map<string, Place>();
/** The longest listed name, in words. */
export let PLACE_WORDS = 1;

/** The names of countries themselves (not their cities or regions), lower-cased, to the country ("britain" → "United Kingdom"). */
export const COUNTRY_NAMES = new Map<string, string>();

const continentOf = new Map<string, string[]>();
const put = (name: string, p: Place): void => {
  const key = name.toLowerCase().trim();
  if (!key) return;
  // a name listed twice for two places stands for neither
  const had = PLACES.get(key);
  if (had && had.country !== p.country) {
    PLACES.set(key, { country: '?', continents: [], demonym: p.demonym });
    return;
  }
  PLACES.set(key, p);
  PLACE_WORDS = Math.max(PLACE_WORDS, key.split(' ').length);
};
for (const line of DATA.split('\n')) {
  if (!line.trim()) continue;
  const f = line.split(';').map((x) => x.trim());
  const list = (s: string | undefined): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  if (f[0].startsWith('@')) {
    const code = f[0].slice(1);
    continentOf.set(code, [code]);
    for (const n of list(f[1])) put(n, { country: '', continents: [code], demonym: false });
    for (const n of list(f[2])) put(n, { country: '', continents: [code], demonym: true });
    continue;
  }
  const [country, aliases, adjectives, cities, continents] = f;
  const cs = list(continents);
  for (const n of [country, ...list(aliases)]) COUNTRY_NAMES.set(n.toLowerCase(), country);
  for (const n of [country, ...list(aliases), ...list(cities)]) put(n, { country, continents: cs, demonym: false });
  for (const n of list(adjectives)) {
    // an adjective that is also the country's name ("Hong Kong", "US") places as a name too
    if (PLACES.get(n.toLowerCase())?.country === country) continue;
    put(n, { country, continents: cs, demonym: true });
  }
}

/** Whether two places can be one: the same country, or (where one is a continent) a shared continent. */
export function placesAgree(x: Place, y: Place): boolean {
  if (x.country && y.country) return x.country === y.country;
  return x.continents.some((c) => y.continents.includes(c));
}
