package extract

import "strings"

// This file holds the genre vocabulary: read-only lookup tables built once,
// at package initialisation, and never written afterwards.

// partyInfo describes a national political party.
type partyInfo struct {
	id    string // actor ID, e.g. "labour-party"
	name  string // canonical name, e.g. "Labour Party"
	group string // how its council group is called, e.g. "Labour group"
}

// parties maps party keys to their description.
var parties = map[string]partyInfo{
	"labour":       {"labour-party", "Labour Party", "Labour group"},
	"conservative": {"conservative-party", "Conservative Party", "Conservative group"},
	"libdem":       {"liberal-democrats", "Liberal Democrats", "Liberal Democrat group"},
	"green":        {"green-party", "Green Party", "Green group"},
	"reform":       {"reform-uk", "Reform UK", "Reform UK group"},
	"ukip":         {"ukip", "UKIP", "UKIP group"},
	"snp":          {"snp", "SNP", "SNP group"},
	"plaid":        {"plaid-cymru", "Plaid Cymru", "Plaid Cymru group"},
	"brexit":       {"brexit-party", "Brexit Party", "Brexit Party group"},
	"alliance":     {"alliance-party", "Alliance Party", "Alliance group"},
	"dup":          {"dup", "DUP", "DUP group"},
	"sinnfein":     {"sinn-fein", "Sinn Féin", "Sinn Féin group"},
	"sdlp":         {"sdlp", "SDLP", "SDLP group"},
	"uup":          {"ulster-unionist-party", "Ulster Unionist Party", "Ulster Unionist group"},
	"tuv":          {"tuv", "TUV", "TUV group"},
	"pbp":          {"people-before-profit", "People Before Profit", "People Before Profit group"},
	// independents form council groups but no party
	"independent": {"", "", "Independent group"},
}

// partyNames maps lowercased party names and adjectives, as words joined by
// single spaces, to party keys. Names of one word must be capitalised in
// the text to count.
var partyNames = map[string]string{
	"labour": "labour", "labour party": "labour", "new labour": "labour",
	"conservative": "conservative", "conservatives": "conservative", "conservative party": "conservative",
	"tory": "conservative", "tories": "conservative", "tory party": "conservative",
	"conservative and unionist party": "conservative",
	"lib dem":                         "libdem", "lib dems": "libdem", "libdem": "libdem", "libdems": "libdem",
	"liberal democrat": "libdem", "liberal democrats": "libdem", "liberal democrat party": "libdem",
	"lib-dem": "libdem", "lib-dems": "libdem",
	"green party": "green", "greens": "green", "green": "green",
	"reform uk": "reform", "reform": "reform",
	"ukip": "ukip", "uk independence party": "ukip",
	"snp": "snp", "scottish national party": "snp",
	"plaid cymru": "plaid", "plaid": "plaid",
	"brexit party":   "brexit",
	"alliance party": "alliance",
	"dup":            "dup", "democratic unionist party": "dup",
	"sinn fein": "sinnfein", "sinn féin": "sinnfein",
	"alliance": "alliance", "alliance party of northern ireland": "alliance",
	"sdlp": "sdlp", "social democratic and labour party": "sdlp",
	"ulster unionist": "uup", "ulster unionists": "uup", "ulster unionist party": "uup", "uup": "uup",
	"tuv": "tuv", "traditional unionist voice": "tuv", "people before profit": "pbp",
	"scottish conservative": "conservative", "scottish conservatives": "conservative",
	"scottish conservative party": "conservative", "scottish tories": "conservative",
	"welsh conservative": "conservative", "welsh conservatives": "conservative",
	"scottish labour": "labour", "welsh labour": "labour", "scottish labour party": "labour",
	"scottish liberal democrat": "libdem", "scottish liberal democrats": "libdem",
	"welsh liberal democrat": "libdem", "welsh liberal democrats": "libdem",
	"scottish green": "green", "scottish greens": "green", "scottish green party": "green",
	"wales green party": "green",
}

// partyAbbrev maps the abbreviations used in parentheses after a name,
// "(Lab)", "(Con, Delapre)", to party keys.
var partyAbbrev = map[string]string{
	"lab": "labour", "labour": "labour",
	"con": "conservative", "cons": "conservative", "conservative": "conservative", "tory": "conservative",
	"ld": "libdem", "lib dem": "libdem", "libdem": "libdem", "liberal democrat": "libdem",
	"green": "green", "grn": "green", "reform": "reform", "reform uk": "reform",
	"ukip": "ukip", "snp": "snp", "pc": "plaid", "plaid": "plaid", "plaid cymru": "plaid",
	"dup": "dup", "sf": "sinnfein", "sinn fein": "sinnfein", "sinn féin": "sinnfein", "sdlp": "sdlp",
	"uup": "uup", "alliance": "alliance", "all": "alliance", "tuv": "tuv",
}

// titles maps lowercased honorifics to the form recorded on the actor.
var titles = map[string]string{
	"cllr": "Cllr", "councillor": "Councillor", "coun": "Coun", "cr": "Cr",
	"alderman": "Alderman", "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx",
	"dr": "Dr", "sir": "Sir", "dame": "Dame", "lord": "Lord", "lady": "Lady",
	"baroness": "Baroness", "baron": "Baron", "prof": "Prof", "professor": "Professor",
	"rev": "Rev", "reverend": "Reverend", "canon": "Canon", "judge": "Judge",
}

// councillorTitles are the titles that make a person a member of a council.
var councillorTitles = map[string]bool{"Cllr": true, "Councillor": true, "Coun": true, "Cr": true, "Alderman": true}

// titleGender gives the gender a title implies.
var titleGender = map[string]byte{"Mr": 'm', "Sir": 'm', "Lord": 'm', "Baron": 'm', "Mrs": 'f', "Ms": 'f', "Miss": 'f', "Dame": 'f', "Lady": 'f', "Baroness": 'f'}

// bodyInfo describes a known body.
type bodyInfo struct {
	name string // canonical name
	kind Kind
}

// knownBodies maps lowercased names and abbreviations of national bodies to
// their description. Abbreviations are matched in any case.
var knownBodies = map[string]bodyInfo{
	// Regulators and inspectorates.
	"ofsted":                            {"Ofsted", Regulator},
	"office for standards in education": {"Ofsted", Regulator},
	"estyn":                             {"Estyn", Regulator},
	"care quality commission":           {"Care Quality Commission", Regulator},
	"cqc":                               {"Care Quality Commission", Regulator},
	"audit commission":                  {"Audit Commission", Regulator},
	"audit scotland":                    {"Audit Scotland", Regulator},
	"audit wales":                       {"Audit Wales", Regulator},
	"wales audit office":                {"Wales Audit Office", Regulator},
	"national audit office":             {"National Audit Office", Regulator},
	"accounts commission":               {"Accounts Commission", Regulator},
	"local government ombudsman":        {"Local Government Ombudsman", Regulator},
	"local government and social care ombudsman": {"Local Government and Social Care Ombudsman", Regulator},
	"housing ombudsman":                          {"Housing Ombudsman", Regulator},
	"parliamentary and health service ombudsman": {"Parliamentary and Health Service Ombudsman", Regulator},
	"public services ombudsman for wales":        {"Public Services Ombudsman for Wales", Regulator},
	"scottish public services ombudsman":         {"Scottish Public Services Ombudsman", Regulator},
	"electoral commission":                       {"Electoral Commission", Regulator},
	"information commissioner":                   {"Information Commissioner's Office", Regulator},
	"information commissioner's office":          {"Information Commissioner's Office", Regulator},
	"ico":                                        {"Information Commissioner's Office", Regulator},
	"care inspectorate":                          {"Care Inspectorate", Regulator},
	"care inspectorate wales":                    {"Care Inspectorate Wales", Regulator},
	"education scotland":                         {"Education Scotland", Regulator},
	"hmicfrs":                                    {"HMICFRS", Regulator},
	"hmic":                                       {"HMIC", Regulator},
	"hm inspectorate of constabulary":            {"HMIC", Regulator},
	"hm inspectorate of probation":               {"HM Inspectorate of Probation", Regulator},
	"hm inspectorate of prisons":                 {"HM Inspectorate of Prisons", Regulator},
	"health and safety executive":                {"Health and Safety Executive", Regulator},
	"hse":                                        {"Health and Safety Executive", Regulator},
	"standards board for england":                {"Standards Board for England", Regulator},
	"adjudication panel":                         {"Adjudication Panel", Regulator},
	"charity commission":                         {"Charity Commission", Regulator},
	"equality and human rights commission":       {"Equality and Human Rights Commission", Regulator},
	"ehrc":                                       {"Equality and Human Rights Commission", Regulator},
	"regulator of social housing":                {"Regulator of Social Housing", Regulator},
	"homes and communities agency":               {"Homes and Communities Agency", Regulator},
	"ofqual":                                     {"Ofqual", Regulator},
	"ofwat":                                      {"Ofwat", Regulator},
	"ofgem":                                      {"Ofgem", Regulator},
	"ofcom":                                      {"Ofcom", Regulator},
	"monitor":                                    {"Monitor", Regulator},
	"nhs improvement":                            {"NHS Improvement", Regulator},
	"independent office for police conduct":      {"Independent Office for Police Conduct", Regulator},
	"iopc":                                       {"Independent Office for Police Conduct", Regulator},
	"ipcc":                                       {"Independent Police Complaints Commission", Regulator},
	"independent police complaints commission":   {"Independent Police Complaints Commission", Regulator},
	"boundary commission":                        {"Boundary Commission", Regulator},
	"local government boundary commission for england": {"Local Government Boundary Commission for England", Regulator},
	"committee on standards in public life":            {"Committee on Standards in Public Life", Regulator},
	"financial conduct authority":                      {"Financial Conduct Authority", Regulator},
	"fca":                                              {"Financial Conduct Authority", Regulator},
	"food standards agency":                            {"Food Standards Agency", Regulator},
	"environment agency":                               {"Environment Agency", Regulator},

	// Government.
	"government":                 {"Government", Government},
	"the government":             {"Government", Government},
	"uk government":              {"UK Government", Government},
	"welsh government":           {"Welsh Government", Government},
	"scottish government":        {"Scottish Government", Government},
	"welsh assembly government":  {"Welsh Assembly Government", Government},
	"northern ireland executive": {"Northern Ireland Executive", Government},
	"home office":                {"Home Office", Government},
	"cabinet office":             {"Cabinet Office", Government},
	"foreign office":             {"Foreign Office", Government},
	"treasury":                   {"Treasury", Government},
	"hm treasury":                {"Treasury", Government},
	"downing street":             {"Downing Street", Government},
	"whitehall":                  {"Whitehall", Government},
	"dfe":                        {"Department for Education", Government},
	"dfes":                       {"Department for Education and Skills", Government},
	"dcsf":                       {"Department for Children, Schools and Families", Government},
	"dclg":                       {"Department for Communities and Local Government", Government},
	"mhclg":                      {"Ministry of Housing, Communities and Local Government", Government},
	"dluhc":                      {"Department for Levelling Up, Housing and Communities", Government},
	"department for levelling up, housing and communities":  {"Department for Levelling Up, Housing and Communities", Government},
	"ministry of housing, communities and local government": {"Ministry of Housing, Communities and Local Government", Government},
	"department for communities and local government":       {"Department for Communities and Local Government", Government},
	"department for education":                              {"Department for Education", Government},
	"department for transport":                              {"Department for Transport", Government},
	"department for work and pensions":                      {"Department for Work and Pensions", Government},
	"department of health and social care":                  {"Department of Health and Social Care", Government},
	"department for environment, food and rural affairs":    {"Department for Environment, Food and Rural Affairs", Government},
	"cipfa": {"Chartered Institute of Public Finance and Accountancy", OtherKind},
	"chartered institute of public finance and accountancy": {"Chartered Institute of Public Finance and Accountancy", OtherKind},
	"dwp":                   {"Department for Work and Pensions", Government},
	"dft":                   {"Department for Transport", Government},
	"dhsc":                  {"Department of Health and Social Care", Government},
	"defra":                 {"Defra", Government},
	"moj":                   {"Ministry of Justice", Government},
	"mod":                   {"Ministry of Defence", Government},
	"nhs england":           {"NHS England", Government},
	"homes england":         {"Homes England", Government},
	"historic england":      {"Historic England", Government},
	"natural england":       {"Natural England", Government},
	"highways england":      {"Highways England", Government},
	"national highways":     {"National Highways", Government},
	"sport england":         {"Sport England", Government},
	"arts council england":  {"Arts Council England", Government},
	"public health england": {"Public Health England", Government},
	"department of health":  {"Department of Health", Government},

	// Media.
	"bbc":                               {"BBC", Media},
	"itv":                               {"ITV", Media},
	"sky news":                          {"Sky News", Media},
	"channel 4":                         {"Channel 4", Media},
	"press association":                 {"Press Association", Media},
	"local democracy reporting service": {"Local Democracy Reporting Service", Media},
	"ldrs":                              {"Local Democracy Reporting Service", Media},

	// Companies often in council news.
	"capita": {"Capita", Company}, "serco": {"Serco", Company}, "kier": {"Kier", Company},
	"carillion": {"Carillion", Company}, "amey": {"Amey", Company}, "veolia": {"Veolia", Company},
	"biffa": {"Biffa", Company}, "g4s": {"G4S", Company}, "mitie": {"Mitie", Company},
	"interserve": {"Interserve", Company}, "balfour beatty": {"Balfour Beatty", Company},
	"virgin care": {"Virgin Care", Company}, "sodexo": {"Sodexo", Company},

	// Other national bodies.
	"local government association":       {"Local Government Association", OtherKind},
	"lga":                                {"Local Government Association", OtherKind},
	"nspcc":                              {"NSPCC", OtherKind},
	"barnardo's":                         {"Barnardo's", OtherKind},
	"unison":                             {"Unison", OtherKind},
	"unite":                              {"Unite", OtherKind},
	"gmb":                                {"GMB", OtherKind},
	"fire brigades union":                {"Fire Brigades Union", OtherKind},
	"fbu":                                {"Fire Brigades Union", OtherKind},
	"royal college of nursing":           {"Royal College of Nursing", OtherKind},
	"rcn":                                {"Royal College of Nursing", OtherKind},
	"british medical association":        {"British Medical Association", OtherKind},
	"bma":                                {"British Medical Association", OtherKind},
	"national education union":           {"National Education Union", OtherKind},
	"neu":                                {"National Education Union", OtherKind},
	"nasuwt":                             {"NASUWT", OtherKind},
	"psni":                               {"PSNI", OtherKind},
	"police service of northern ireland": {"Police Service of Northern Ireland", OtherKind},
	"police scotland":                    {"Police Scotland", OtherKind},
	"scottish fire and rescue service":   {"Scottish Fire and Rescue Service", OtherKind},
	"ombudsman for northern ireland":     {"Northern Ireland Public Services Ombudsman", Regulator},
	"northern ireland public services ombudsman": {"Northern Ireland Public Services Ombudsman", Regulator},
	"standards commission for scotland":          {"Standards Commission for Scotland", Regulator},
	"ethical standards commissioner":             {"Ethical Standards Commissioner", Regulator},
	"nhs":                                        {"NHS", OtherKind},
	"high court":                                 {"High Court", OtherKind},
	"court of appeal":                            {"Court of Appeal", OtherKind},
	"supreme court":                              {"Supreme Court", OtherKind},
	"house of commons":                           {"House of Commons", OtherKind},
	"house of lords":                             {"House of Lords", OtherKind},
	"parliament":                                 {"Parliament", OtherKind},
}

// bodyHeads maps the last word of a body's name to its kind.
var bodyHeads = map[string]Kind{
	"council": Council, "authority": OtherKind,
	"board":     Board,
	"ombudsman": Regulator, "inspectorate": Regulator, "regulator": Regulator,
	"commission": OtherKind, "trust": OtherKind, "association": OtherKind, "agency": OtherKind,
	"committee": OtherKind, "partnership": OtherKind, "society": OtherKind, "foundation": OtherKind,
	"union": OtherKind, "federation": OtherKind, "institute": OtherKind, "alliance": OtherKind,
	"network": OtherKind, "forum": OtherKind, "police": OtherKind, "constabulary": OtherKind,
	"university": OtherKind, "college": OtherKind, "academy": OtherKind, "hospital": OtherKind,
	"charity": OtherKind, "panel": Board, "executive": OtherKind, "cabinet": OtherKind,
	"assembly": OtherKind, "parliament": OtherKind, "court": OtherKind, "tribunal": OtherKind,
	"office": Government, "department": Government, "ministry": Government,
	"ltd": Company, "limited": Company, "plc": Company, "llp": Company, "inc": Company,
	"company": Company, "homes": Company, "group": Company,
	"news": Media, "advertiser": Media, "gazette": Media, "times": Media, "post": Media,
	"echo": Media, "herald": Media, "chronicle": Media, "mail": Media, "mercury": Media,
	"standard": Media, "observer": Media, "express": Media, "telegraph": Media,
	"guardian": Media, "journal": Media, "argus": Media, "courier": Media, "star": Media,
	"sentinel": Media, "citizen": Media, "bulletin": Media, "examiner": Media,
	"reporter": Media, "radio": Media, "press": Media, "record": Media,
	"service": OtherKind, "services": OtherKind,
	"partners": Company, "associates": Company, "consulting": Company, "consultants": Company,
	"solutions": Company, "holdings": Company, "construction": Company, "developments": Company,
	"properties": Company, "contractors": Company, "engineering": Company, "logistics": Company,
	"homecare": Company, "housebuilders": Company, "llc": Company,
	"buses": Company, "coaches": Company, "legal": Company, "solicitors": Company,
	"infirmary": OtherKind,
}

// councilAuthorities are the words before "Authority" that make it a
// council ("Unitary Authority", "Combined Authority").
var councilAuthorities = map[string]bool{"unitary": true, "combined": true, "london": true}

// govStarts are the first words of government bodies: "Department for
// Education", "Ministry of Justice".
var govStarts = map[string]bool{"department": true, "ministry": true}

// boroughStarts are the first words of councils named "London Borough of X".
var boroughStarts = map[string]bool{"london borough of": true, "royal borough of": true, "city of": true, "borough of": true}

// notNameWords are common capitalised words that never name a person
// unless a title comes first.
var notNameWords = setOf(
	"i'm", "i've", "i'd", "i'll", "i’m", "i’ve", "i’d", "i’ll",
	"services", "service", "hall", "street", "road", "lane", "avenue", "square", "park", "house",
	"school", "centre", "center", "church", "station", "bridge", "north", "south", "east", "west",
	"northern", "southern", "eastern", "western", "midlands", "social", "care", "children's", "education",
	"health", "police", "fire", "team", "cabinet", "county", "city", "borough", "district", "town",
	"parish", "village", "ward", "estate", "way", "green", "market", "court", "office", "department",
	"government", "council", "councils", "england", "scotland", "wales", "britain", "uk", "british",
	"english", "welsh", "scottish", "irish", "european", "union", "national", "local", "public",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "christmas", "easter", "day", "week", "year", "budget", "plan",
	"strategy", "report", "act", "bill", "policy", "scheme", "fund", "programme", "project",
	"review", "inquiry", "meeting", "party", "group", "board", "commission", "trust",
	"secretary", "state", "minister", "leader", "chairman", "chief", "executive", "director",
	"member", "members", "portfolio", "mayor", "commissioner", "committee", "conference",
	"gcse", "gcses", "a-level", "a-levels", "covid", "coronavirus", "brexit", "internet",
	"facebook", "twitter", "website", "road", "roads", "airport", "library", "museum", "theatre",
	"full", "extraordinary", "annual", "general", "scrutiny", "overview", "adult", "adults",
	"families", "family", "communities", "community", "housing", "planning", "transport",
	"highways", "environment", "finance", "resources", "safeguarding", "quality", "mobility",
	"poverty", "child", "children", "young", "people", "people's", "women's", "men's",
	"independent", "conservative", "labour", "tory", "liberal", "democrat", "democrats", "sir",
)

// functionWords are capitalised only at the start of a sentence; they never
// begin a name.
var functionWords = setOf(
	"a", "an", "the", "this", "that", "these", "those", "it", "its", "it's", "he", "she", "they", "we",
	"i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "me",
	"but", "and", "or", "nor", "so", "yet", "if", "when", "while", "whilst", "although", "though",
	"because", "since", "after", "before", "during", "until", "as", "at", "by", "for", "from", "in",
	"into", "of", "on", "onto", "to", "with", "without", "within", "about", "above", "across",
	"against", "along", "among", "amongst", "around", "behind", "below", "beneath", "beside",
	"between", "beyond", "despite", "down", "inside", "near", "off", "out", "outside", "over",
	"past", "per", "through", "throughout", "towards", "under", "up", "upon", "via", "what",
	"which", "who", "whom", "whose", "where", "why", "how", "there", "here", "then", "now",
	"also", "however", "meanwhile", "moreover", "furthermore", "instead", "indeed", "still",
	"last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "recently",
	"some", "many", "most", "more", "several", "all", "both", "each", "every", "any", "no", "not",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "almost",
	"just", "only", "even", "back", "moments", "speaking", "asked", "is", "was", "are", "were",
	"be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
	"should", "must", "may", "might", "shall", "let", "yes", "well", "please", "other", "others",
	"such", "than", "once", "twice", "again", "already", "never", "always", "often", "first",
	"second", "third", "finally", "overall", "currently", "previously", "following", "according",
	"among", "like", "unlike", "whether", "either", "neither", "someone", "something", "anyone",
	"everyone", "nobody", "nothing", "things", "people", "everybody", "in", "according",
)

// pronouns maps subject, object and possessive pronouns to what they can refer to:
// 'm', 'f', 'p' (plural or a body) or 'o' (a body).
var pronouns = map[string]byte{
	"he": 'm', "him": 'm', "his": 'm', "himself": 'm',
	"she": 'f', "her": 'f', "hers": 'f', "herself": 'f',
	"they": 'p', "them": 'p', "their": 'p', "themselves": 'p',
	"it": 'o', "its": 'o',
}

// speechVerbs introduce or attribute quoted words.
var speechVerbs = setOf(
	"said", "says", "say", "saying", "added", "adds", "add", "adding", "told", "tells", "tell",
	"explained", "explains", "commented", "comments", "stated", "states", "insisted", "insists",
	"warned", "warns", "admitted", "admits", "claimed", "claims", "claim", "argued", "argues",
	"called", "calls", "calling", "branded", "brands", "branding", "labelled", "labels", "labelling",
	"described", "describes", "describing", "continued", "continues", "remarked", "replied",
	"responded", "responds", "asked", "asks", "wrote", "writes", "declared", "declares",
	"stressed", "stresses", "urged", "urges", "acknowledged", "acknowledges", "revealed",
	"reveals", "announced", "announces", "confirmed", "confirms", "noted", "notes", "concluded",
	"concludes", "accused", "accuses", "accusing", "blasted", "slammed", "hit", "hits",
	"led", "questioned", "pointed", "believes", "believed", "suggested", "suggests",
	"stating", "insisting", "warning", "admitting", "claiming", "arguing", "cries", "chanted",
	"shouted", "shouting",
)

// attributionVerbs are the verbs that attribute a quote next to it: `"…,"
// said X`, `X said: "…"`.
var attributionVerbs = setOf(
	"said", "says", "say", "added", "adds", "told", "tells", "explained", "explains",
	"commented", "comments", "stated", "states", "insisted", "insists", "warned", "warns",
	"admitted", "admits", "claimed", "claims", "argued", "argues", "continued", "continues",
	"remarked", "replied", "responded", "asked", "asks", "wrote", "writes", "declared",
	"stressed", "urged", "acknowledged", "concluded", "concludes", "saying", "adding", "telling",
	"reads", "read", "states", "stated",
)

// roleHeads are nouns that head a post.
var roleHeads = setOf(
	"leader", "member", "chairman", "chairwoman", "chair", "chairperson", "vice-chairman",
	"vice-chair", "chief", "executive", "director", "commissioner", "spokesman", "spokeswoman",
	"spokesperson", "secretary", "minister", "mayor", "officer", "manager", "head", "holder",
	"mp", "mep", "msp", "am", "candidate", "president", "treasurer", "clerk", "boss",
	"inspector", "ombudsman", "auditor", "governor", "trustee", "founder", "editor",
	"headteacher", "principal", "superintendent", "constable", "whip", "speaker", "provost",
	"convener", "convenor", "deputy", "controller", "solicitor", "lawyer", "adviser", "advisor",
	"coordinator", "co-ordinator", "administrator", "chancellor", "lead", "champion",
	"representative", "councillor", "cabinet", "portfolio", "ms", "mla", "msp", "organiser",
	"organizer", "steward", "campaigner", "activist", "agent", "observer", "inspector",
)

// roleModifiers may stand before a role head: "cabinet member", "police and
// crime commissioner", "Labour group leader".
var roleModifiers = setOf(
	"cabinet", "deputy", "assistant", "chief", "executive", "lead", "shadow", "opposition",
	"council", "county", "city", "district", "borough", "parish", "town", "police", "crime",
	"fire", "legal", "finance", "financial", "group", "party", "senior", "principal",
	"managing", "strategic", "corporate", "interim", "acting", "joint", "vice", "co",
	"portfolio", "ward", "local", "labour", "conservative", "tory", "green", "liberal",
	"democrat", "lib", "dem", "independent", "national", "regional", "general", "health", "social",
	"care", "children's", "education", "housing", "planning", "transport", "environment",
	"press", "communications", "public", "community", "safeguarding", "monitoring",
	"returning", "electoral", "and", "service", "services", "operating", "medical", "nursing",
	"political", "schools", "adult", "adults", "highways", "parliamentary", "independent",
	"commercial", "operations", "technical", "policy", "programme", "project", "area",
	"unitary", "prospective", "elected", "area", "regeneration", "economic", "development",
	"licensing", "audit", "scrutiny", "committee", "standards", "resources", "people",
	"member", "mayoral", "metro", "city-region", "region", "opposition's", "branch", "union",
	"regional", "divisional", "executive's", "hm", "brigade", "midwifery", "nurse", "medical",
	"clinical", "operational", "station", "watch", "group's", "ward's", "town's", "panel", "board",
)

// roleDrop are adjectives dropped from the front of a role: "current police
// and crime commissioner" is the post "police and crime commissioner".
var roleDrop = setOf("current", "new", "newly", "incoming", "recently", "appointed", "then")

// roleFormer mark a post no longer held.
var roleFormer = setOf("former", "ex", "ex-", "outgoing", "previous", "late", "one-time", "retired")

// nonCouncilRoles are role words whose post does not default to the
// article's council when the text names no body.
var nonCouncilRoles = setOf(
	"mp", "mep", "msp", "minister", "secretary", "police", "commissioner", "inspector",
	"editor", "reporter", "correspondent", "ombudsman", "auditor", "trustee", "headteacher",
	"principal", "superintendent", "constable", "candidate", "chancellor", "president",
	"lawyer", "solicitor", "founder", "governor", "spokesman", "spokeswoman", "spokesperson",
)

// determiners may stand before a body's name.
var determiners = setOf("the", "a", "an", "this", "that", "its", "his", "her", "their", "our")

// prepositions before a mention put it out of subject position.
var prepositions = setOf(
	"at", "in", "on", "for", "of", "by", "with", "from", "to", "against", "about", "into",
	"during", "after", "before", "over", "under", "between", "among", "towards", "toward",
	"than", "like", "via", "across", "behind", "within", "without", "beyond", "upon", "including",
	"as",
)

// auxiliaries may stand between an actor and its verb: "X has also called".
var auxiliaries = setOf(
	"has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "now", "then",
	"today", "yesterday", "again", "once", "repeatedly", "previously", "publicly", "openly",
	"strongly", "has", "been", "already", "recently", "later", "subsequently", "immediately",
	"did", "does", "do", "not", "could", "should", "can", "may", "might", "formally", "furiously",
	"angrily", "quickly", "swiftly", "tonight", "last", "night", "this", "week", "earlier",
	"effectively", "personally", "himself", "herself", "themselves", "itself", "even", "further",
	"both", "all", "just", "clearly", "fully", "rightly", "previously", "once",
)

// collectiveNouns after a party name make a collective actor: "Labour
// councillors", "Conservative politicians".
var collectiveNouns = setOf(
	"councillors", "members", "politicians", "mps", "activists", "campaigners", "colleagues",
	"opposition", "ministers", "candidates", "leaders", "figures", "sources", "bosses", "chiefs",
	"representatives", "group",
)

// groupNouns after a party name make a council party group.
var groupNouns = setOf("group", "administration", "cabinet", "opposition", "leadership", "cabal")

// plainPossessives are possessive words that stay inside a name:
// "Safeguarding Children's Board".
var plainPossessives = setOf("children's", "childrens", "women's", "men's", "people's", "citizens'", "residents'", "young", "st", "st.",
	"residents", "ratepayers", "tenants", "citizens", "taxpayers", "carers", "parents", "members")

// nameConnectors may join capitalised words into one name.
var nameConnectors = setOf("of", "for", "and", "&", "the", "on", "in", "upon", "de", "van", "von", "der", "le", "la", "du", "da", "di", "al", "bin", "ap", "ab", "del", "della", "dos", "das", "ten", "el")

// personParticles are lowercase particles inside people's names.
var personParticles = setOf("de", "van", "von", "der", "le", "la", "du", "da", "di", "al", "bin", "ter", "den", "ap", "ab", "del", "della", "dos", "das", "ten", "el", "ibn", "binti")

// streetWords end the names of streets and places, never of people:
// "Victoria Road", "Castle Quay".
var streetWords = setOf("road", "street", "lane", "avenue", "drive", "crescent", "square", "quay",
	"terrace", "gardens", "boulevard", "parade", "precinct", "wharf", "estate", "roundabout", "retail",
	"mews", "embankment", "promenade")

// placeStarts begin the names of places and institutions, never of
// people: "Ysgol Bryn Celyn", "River Leam".
var placeStarts = setOf("ysgol", "coleg", "river", "loch", "lake", "mount", "fort", "port", "afon", "llyn", "parc", "canolfan", "glan")

// anaphoricCouncil are lowercase phrases that refer to the article's main
// council.
var anaphoricCouncil = map[string]bool{
	"the council": true, "the county council": true, "the city council": true,
	"the district council": true, "the borough council": true, "the authority": true,
	"the local authority": true, "the unitary authority": true,
	"the town council": true, "the parish council": true,
}

// firstNames is a list of common given names in the UK with their usual
// gender; it tells a person's name from other capitalised words.
var firstNames = func() map[string]byte {
	m := make(map[string]byte)
	male := "aaron adam adrian aidan alan alastair albert alex alexander alfie alistair andrew andy angus anthony antony archie arthur ashley barry ben benjamin bernard bill billy bob brendan brian bruce callum calum carl charles charlie chris christopher clive colin conor craig dale damian daniel danny darren dave david dean declan dennis derek des desmond dominic don donald douglas duncan dylan ed eddie edward elliot eric ewan frank fraser freddie gareth gary gavin geoff geoffrey george gerald gerry gordon graham grant greg gregory guy harry harvey hugh hugo iain ian jack jacob jake james jamie jason jeff jeremy jim jimmy joe joel john jon jonathan jordan joseph josh joshua julian justin keith kenneth kevin kieran lee leo leon lewis liam luke malcolm marc marcus mark martin matt matthew max michael mick mike mohammed muhammad nathan neil nicholas nick nigel noel oliver owen patrick paul pete peter phil philip phillip ralph ray raymond reece richard rick rob robert robin rod roger ronald ross roy russell ryan sam samuel scott sean shane simon stephen steve steven stewart stuart terry thomas tim timothy toby tom tommy tony trevor vincent wayne william zac zak rory rhys dafydd gwyn huw ieuan iwan alun bryn emlyn glyn hamish graeme alasdair alastair ruaridh ruairidh ruaraidh angus euan ewen murdo fergus lachlan calum gregor hector struan niall neill kenny ally sandy rhodri gethin gruffydd dewi aled osian iolo llyr geraint meirion cian ciaran cormac eoin oisin padraig seamus fintan donal kieron darragh imran asif tariq khalid rashid hamid amir arif zahid sajid shahid wasim naveed sunil rajesh raj vijay sanjay ravi anil ashok deepak rahul amit vikram arjun kwame kofi femi tunde olu emeka chidi segun ade kemi joshua nigel clive rupert crispin jasper giles piers quentin rowan barnaby hugh lionel reginald cedric stanley herbert wilfred ernest leonard maurice cyril harold walter percy dominic jeremiah matthias ollie alfie theo lucas jayden kai ethan logan mason noah oscar finley reuben elliott isaac tobias ivan piotr tomasz marek andrzej luca marco giovanni carlos miguel jose pedro juan pablo andre pierre jean-paul hans erik lars sven"
	female := "abigail alice alison amanda amy andrea angela ann anna anne annette barbara beth bethan beverley brenda bridget carol caroline catherine charlotte cheryl chloe christine claire clare debbie deborah denise diana diane donna dorothy elaine eleanor elizabeth ellie emily emma esther eve fiona frances gail gemma georgina gillian gill hannah harriet hazel heather helen hilary holly irene jackie jacqueline jan jane janet janice jayne jean jennifer jenny jess jessica jill jo joan joanna joanne josephine joy judith judy julia julie karen kate katherine kathleen kathryn katie kay kelly kerry kim kirsty laura lauren lesley linda lisa liz lorraine louise lucy lynn lynne mandy margaret maria marie marion mary maureen megan melanie michelle miriam molly nancy natalie nicola nicky niamh olivia pam pamela pat patricia pattie patsy paula pauline penny rachel rebecca rose rosemary ruth sally samantha sandra sarah sharon sheila shirley sian siobhan sophie stella sue susan suzanne tanya teresa theresa tracey tracy valerie vanessa vicky victoria wendy yvonne zoe zoë ffion carys cerys eluned nia rhian elin eleri angharad bronwen catrin delyth eirlys glenys gwen gwenllian heledd lowri mair manon menna nerys rhiannon sioned siwan morag mhairi kirsteen ishbel eilidh isla iona ailsa catriona fionnuala shona kirstie lorna moira morven aileen aoife ciara grainne maeve orla roisin saoirse sinead una priya anjali shazia nadia aisha ayesha fatima farah yasmin salma samina nasreen rukhsana sunita anita geeta meena asha kiran neelam parveen nusrat shabana ngozi chioma funmi folake abena ama yetunde bola adaeze harriet imogen jemima henrietta philippa rosalind rosamund cressida araminta felicity prudence hermione ottilie agnes edith ethel mabel doris gladys hilda beryl muriel peggy joyce audrey vera lilian marjorie phyllis sylvia jill joanne lindsey lindsay kerri kirsten jodie stacey leanne gemma hayley freya evie ella isabel isabella isobel mia ava lily scarlett zara layla erin maisie keira naomi janine jeanette bev beverly beverley tina gina carla paula rita clara dolores carmen elena lucia sofia anna-marie marianne magda agnieszka katarzyna ewa ingrid astrid helga greta lorraine priscilla"
	for _, n := range strings.Fields(male) {
		m[n] = 'm'
	}
	for _, n := range strings.Fields(female) {
		m[n] = 'f'
	}
	for _, n := range strings.Fields("fran sam alex jo chris pat jamie ashley robin leslie kim charlie jess frankie") {
		m[n] = 'u'
	}
	return m
}()

// mediaVerbs introduce a news outlet: "told the NDP", "the Echo
// revealed".
var mediaVerbs = setOf("told", "telling", "tells")

// setOf builds a read-only set.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
