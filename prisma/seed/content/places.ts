import type { SeedAttribute, SeedBundle, SeedComparison, SeedFigure } from '../types';

/** Joins paragraphs into a Markdown body (blank line between paragraphs). */
const md = (...paragraphs: string[]): string => paragraphs.join('\n\n');

const wiki = (title: string): string => `https://en.wikipedia.org/wiki/${title}`;

const attributes: SeedAttribute[] = [
  // Shared by all places
  {
    slug: 'country',
    label: 'Country',
    description: 'The country or countries in which the place lies.',
  },
  {
    slug: 'known-for',
    label: 'Known For',
    description: 'What the figure is best known for.',
  },
  // Cities
  {
    slug: 'population',
    label: 'Population',
    description: 'The number of residents, with the year and the boundary used for the count.',
  },
  {
    slug: 'area',
    label: 'Area',
    description: 'The land area within the boundary used for the population figure.',
  },
  {
    slug: 'founded',
    label: 'Founded',
    description: 'When and how the settlement began, as far as records and tradition allow.',
  },
  {
    slug: 'capital-status',
    label: 'Capital Status',
    description: 'Whether, and since or until when, the city has served as a national capital.',
  },
  {
    slug: 'river',
    label: 'River',
    description: 'The main river or rivers that flow through the city.',
  },
  {
    slug: 'climate',
    label: 'Climate',
    description: 'The general climate type, with its Köppen classification where useful.',
  },
  {
    slug: 'languages',
    label: 'Languages',
    description: 'The main language or languages spoken by residents.',
  },
  {
    slug: 'unesco',
    label: 'UNESCO World Heritage',
    description: 'World Heritage Sites inscribed by UNESCO within or immediately around the city.',
  },
  {
    slug: 'ancient-government',
    label: 'Ancient Government',
    description: 'How the city governed itself in antiquity.',
  },
  {
    slug: 'ancient-peak',
    label: 'Height of Ancient Power',
    description: 'The period in which the city was at the peak of its ancient influence.',
  },
  // Rivers
  {
    slug: 'length',
    label: 'Length',
    description: 'The approximate length of the river from its most distant source to its mouth.',
  },
  {
    slug: 'discharge',
    label: 'Average Discharge',
    description: 'The average volume of water the river carries per second near its mouth.',
  },
  {
    slug: 'drainage-basin',
    label: 'Drainage Basin',
    description: 'The approximate area of land that drains into the river and its tributaries.',
  },
  {
    slug: 'source',
    label: 'Source',
    description: 'Where the river rises, including its most distant headwaters.',
  },
  {
    slug: 'mouth',
    label: 'Mouth',
    description: 'Where the river empties into the sea.',
  },
  {
    slug: 'countries',
    label: 'Countries Crossed',
    description: 'The countries through which the river and its basin extend.',
  },
  {
    slug: 'tributaries',
    label: 'Major Tributaries',
    description: 'The largest rivers that feed into the main stream.',
  },
  // Mountains
  {
    slug: 'elevation',
    label: 'Elevation',
    description: 'The height of the summit above sea level.',
  },
  {
    slug: 'range',
    label: 'Mountain Range',
    description: 'The mountain range, and subrange where relevant, to which the peak belongs.',
  },
  {
    slug: 'first-ascent',
    label: 'First Ascent',
    description: 'The date and climbers of the first confirmed ascent to the summit.',
  },
  {
    slug: 'first-winter-ascent',
    label: 'First Winter Ascent',
    description: 'The date and climbers of the first confirmed ascent during calendar winter.',
  },
  {
    slug: 'fatality-rate',
    label: 'Fatality Rate',
    description: 'The approximate ratio of climbing deaths to successful ascents, which varies by source and period.',
  },
  {
    slug: 'other-names',
    label: 'Other Names',
    description: 'Local and historical names by which the place is also known.',
  },
];

const figures: SeedFigure[] = [
  {
    slug: 'paris',
    name: 'Paris',
    kind: 'PLACE',
    description:
      'The capital and largest city of France, set on the Seine. It is famed for its art museums, grand boulevards and landmarks such as the Eiffel Tower.',
    facts: {
      country: { value: 'France' },
      population: {
        value: 'About 2.1 million (city proper, 2021); more than 10 million in the wider metro area',
        sourceUrl: wiki('Paris'),
      },
      area: { value: 'About 105 km² (41 sq mi), city proper' },
      founded: { value: 'Celtic Parisii settlement by the 3rd century BC; Roman Lutetia after 52 BC' },
      'capital-status': { value: 'Capital of France; the main royal seat since the Middle Ages' },
      river: { value: 'Seine' },
      climate: { value: 'Temperate oceanic (Köppen Cfb)' },
      languages: { value: 'French' },
      unesco: { value: 'Paris, Banks of the Seine (inscribed 1991)' },
      'known-for': {
        value: 'Eiffel Tower, the Louvre, Notre-Dame, fashion, cafés and haute cuisine',
      },
    },
  },
  {
    slug: 'london',
    name: 'London',
    kind: 'PLACE',
    description:
      'The capital of the United Kingdom and of England, spread along the tidal Thames. It is one of the world’s leading centers of finance, culture and higher education.',
    facts: {
      country: { value: 'United Kingdom (England)' },
      population: {
        value: 'About 8.8 million (Greater London, 2021 census)',
        sourceUrl: wiki('London'),
      },
      area: { value: 'About 1,572 km² (607 sq mi), Greater London' },
      founded: { value: 'As Roman Londinium, around AD 47–50' },
      'capital-status': { value: 'Capital of England and, since 1707, of Great Britain and later the UK' },
      river: { value: 'Thames (tidal through the city)' },
      climate: { value: 'Temperate oceanic (Köppen Cfb)' },
      languages: { value: 'English; hundreds of other languages spoken by residents' },
      unesco: {
        value: 'Westminster (1987), Tower of London (1988), Maritime Greenwich (1997), Kew Gardens (2003)',
      },
      'known-for': {
        value: 'Houses of Parliament and Big Ben, Tower of London, British Museum, West End theaters, finance',
      },
    },
  },
  {
    slug: 'rome',
    name: 'Rome',
    kind: 'PLACE',
    description:
      'The capital of Italy and, in antiquity, the center of an empire that ringed the Mediterranean. It surrounds Vatican City, the seat of the Catholic Church.',
    facts: {
      country: { value: 'Italy' },
      population: {
        value: 'About 2.75 million (municipality, 2021 census)',
        sourceUrl: wiki('Rome'),
      },
      area: { value: 'About 1,287 km² (497 sq mi), municipality' },
      founded: { value: 'Traditionally 21 April 753 BC, by Romulus according to legend' },
      'capital-status': { value: 'Capital of Italy since 1871' },
      river: { value: 'Tiber' },
      climate: { value: 'Hot-summer Mediterranean (Köppen Csa)' },
      languages: { value: 'Italian' },
      unesco: { value: 'Historic Centre of Rome (inscribed 1980, extended 1990)' },
      'ancient-government': {
        value: 'Monarchy, then a Republic (from 509 BC), then an Empire (from 27 BC)',
      },
      'ancient-peak': {
        value: '1st–2nd centuries AD; the empire reached its greatest extent under Trajan (AD 117)',
      },
      'known-for': {
        value: 'Colosseum, Roman Forum, Pantheon, Vatican City, Renaissance and Baroque art',
      },
    },
  },
  {
    slug: 'athens',
    name: 'Athens',
    kind: 'PLACE',
    description:
      'The capital of Greece and one of the oldest continuously inhabited cities in Europe. In the 5th century BC it was the cradle of democracy, drama and classical philosophy.',
    facts: {
      country: { value: 'Greece' },
      population: {
        value: 'About 640,000 (municipality, 2021); over 3 million in the urban area',
        sourceUrl: wiki('Athens'),
      },
      area: { value: 'About 39 km² (15 sq mi), municipality' },
      founded: { value: 'Inhabited since Neolithic times; a Mycenaean citadel stood on the Acropolis' },
      'capital-status': { value: 'Capital of Greece since 1834' },
      river: { value: 'Kifisos and Ilisos (small, now largely channeled or covered)' },
      climate: { value: 'Hot semi-arid bordering on Mediterranean (Köppen BSh/Csa)' },
      languages: { value: 'Greek' },
      unesco: { value: 'Acropolis (1987); Daphni Monastery on the western outskirts (1990)' },
      'ancient-government': {
        value: 'Democracy after the reforms of Cleisthenes (508/507 BC); earlier ruled by archons and tyrants',
      },
      'ancient-peak': {
        value: '5th century BC “Golden Age,” especially under Pericles (c. 461–429 BC)',
      },
      'known-for': {
        value: 'Acropolis and Parthenon, birthplace of democracy, classical philosophy and theater',
      },
    },
  },
  {
    slug: 'tokyo',
    name: 'Tokyo',
    kind: 'PLACE',
    description:
      'The capital of Japan and the core of one of the world’s largest metropolitan areas. Formerly called Edo, it was the seat of the Tokugawa shoguns before the emperor moved there in 1868–69.',
    facts: {
      country: { value: 'Japan' },
      population: {
        value: 'About 14 million (Tokyo Metropolis, 2020 census); about 37 million in Greater Tokyo',
        sourceUrl: wiki('Tokyo'),
      },
      area: { value: 'About 2,194 km² (847 sq mi), Tokyo Metropolis' },
      founded: { value: 'As Edo: castle built 1457, shogunate seat from 1603, renamed Tokyo in 1868' },
      'capital-status': { value: 'Capital of Japan since 1868–69, when the emperor moved from Kyoto' },
      river: { value: 'Sumida, Arakawa and Tama rivers' },
      climate: { value: 'Humid subtropical (Köppen Cfa)' },
      languages: { value: 'Japanese' },
      unesco: { value: 'Ogasawara Islands (2011); National Museum of Western Art (2016, Le Corbusier listing)' },
      'known-for': {
        value: 'Shibuya Crossing, Shinjuku, Tokyo Skytree, the Imperial Palace, food and a vast rail network',
      },
    },
  },
  {
    slug: 'kyoto',
    name: 'Kyoto',
    kind: 'PLACE',
    description:
      'A city in western Japan that served as the imperial capital for more than a thousand years. It is known for its Buddhist temples, Shinto shrines, gardens and traditional crafts.',
    facts: {
      country: { value: 'Japan' },
      population: {
        value: 'About 1.46 million (city, 2020 census)',
        sourceUrl: wiki('Kyoto'),
      },
      area: { value: 'About 828 km² (320 sq mi), city' },
      founded: { value: '794, as the planned imperial capital Heian-kyō' },
      'capital-status': { value: 'Imperial capital 794–1868; now capital of Kyoto Prefecture' },
      river: { value: 'Kamo and Katsura rivers' },
      climate: { value: 'Humid subtropical (Köppen Cfa)' },
      languages: { value: 'Japanese (including the local Kyoto dialect)' },
      unesco: { value: 'Historic Monuments of Ancient Kyoto (17 sites in Kyoto, Uji and Otsu; 1994)' },
      'known-for': {
        value: 'About 1,600 temples, Kinkaku-ji, Fushimi Inari shrine, Gion and its geiko, Zen gardens',
      },
    },
  },
  {
    slug: 'amazon-river',
    name: 'Amazon River',
    kind: 'PLACE',
    description:
      'The river that drains most of northern South America, flowing from the Peruvian Andes to the Atlantic. It carries more water than any other river on Earth.',
    facts: {
      country: { value: 'Peru, Colombia and Brazil' },
      length: {
        value: 'About 6,400 km (4,000 mi); some studies argue for more than 6,900 km',
        sourceUrl: wiki('Amazon_River'),
        note: 'Measured length depends on which headwater is taken as the source and where the mouth is drawn.',
      },
      discharge: { value: 'About 200,000–215,000 m³/s, the largest of any river' },
      'drainage-basin': { value: 'About 7 million km² (2.7 million sq mi), the world’s largest' },
      source: { value: 'Andes of southern Peru; the remotest headwaters are usually placed near Nevado Mismi' },
      mouth: { value: 'Atlantic Ocean, through a wide estuary around Marajó Island, Brazil' },
      countries: {
        value: 'Peru, Colombia and Brazil; the basin also covers Bolivia, Ecuador, Venezuela and others',
      },
      tributaries: { value: 'Madeira, Negro, Japurá, Purus, Juruá, Xingu and Tapajós' },
      'known-for': {
        value: 'Greatest river flow on Earth, the Amazon rainforest, river dolphins, and no bridges across it',
      },
    },
  },
  {
    slug: 'nile',
    name: 'Nile',
    kind: 'PLACE',
    description:
      'The great river of northeastern Africa, flowing north to the Mediterranean through some of the driest land on Earth. It is traditionally ranked as the world’s longest river.',
    facts: {
      country: { value: 'Uganda, South Sudan, Sudan, Ethiopia and Egypt, among others' },
      length: {
        value: 'About 6,650 km (4,130 mi); traditionally ranked the world’s longest river',
        sourceUrl: wiki('Nile'),
        note: 'Measured length depends on which headwater is taken as the source.',
      },
      discharge: { value: 'About 2,800 m³/s, strongly seasonal and reduced by dams and irrigation' },
      'drainage-basin': { value: 'About 3.3 million km² (1.3 million sq mi), roughly a tenth of Africa' },
      source: { value: 'White Nile: Lake Victoria basin (Burundi/Rwanda headstreams); Blue Nile: Lake Tana, Ethiopia' },
      mouth: { value: 'Mediterranean Sea, through a broad delta north of Cairo, Egypt' },
      countries: {
        value: 'Basin spans 11 countries; the main stem flows through Uganda, South Sudan, Sudan and Egypt',
      },
      tributaries: { value: 'White Nile, Blue Nile (joining at Khartoum) and Atbara' },
      'known-for': {
        value: 'Cradle of ancient Egypt, its former annual flood, the Aswan High Dam and the fertile delta',
      },
    },
  },
  {
    slug: 'mount-everest',
    name: 'Mount Everest',
    kind: 'PLACE',
    description:
      'The highest mountain on Earth above sea level, on the border between Nepal and China in the Himalayas. It draws hundreds of climbers each year, most on guided expeditions.',
    facts: {
      country: { value: 'Nepal and China (Tibet), on the border' },
      elevation: {
        value: '8,848.86 m (29,031.7 ft), per the 2020 China–Nepal survey',
        sourceUrl: wiki('Mount_Everest'),
      },
      range: { value: 'Himalayas (Mahalangur Himal)' },
      'first-ascent': {
        value: '29 May 1953, Edmund Hillary and Tenzing Norgay (British expedition led by John Hunt)',
      },
      'first-winter-ascent': { value: '17 February 1980, Krzysztof Wielicki and Leszek Cichy (Poland)' },
      'fatality-rate': {
        value: 'Roughly 1 death per 30–40 successful ascents overall; lower in recent decades',
        note: 'Approximate; counts of deaths and ascents differ between sources.',
      },
      'other-names': { value: 'Sagarmatha (Nepali), Chomolungma or Qomolangma (Tibetan); surveyed as Peak XV' },
      'known-for': {
        value: 'Highest point on Earth, commercial guided expeditions, Sherpa climbers, summit queues',
      },
    },
  },
  {
    slug: 'k2',
    name: 'K2',
    kind: 'PLACE',
    description:
      'The second-highest mountain on Earth, on the border between Pakistan and China in the Karakoram. Its steepness, remoteness and harsh weather make it far more dangerous to climb than Everest.',
    facts: {
      country: { value: 'Pakistan (Gilgit-Baltistan) and China (Xinjiang), on the border' },
      elevation: {
        value: '8,611 m (28,251 ft)',
        sourceUrl: wiki('K2'),
      },
      range: { value: 'Karakoram (Baltoro Muztagh)' },
      'first-ascent': {
        value: '31 July 1954, Lino Lacedelli and Achille Compagnoni (Italian expedition led by Ardito Desio)',
      },
      'first-winter-ascent': { value: '16 January 2021, a team of ten Nepali climbers' },
      'fatality-rate': {
        value: 'Historically about 1 death per 4 successful ascents; lower since the busier 2020s seasons',
        note: 'Approximate; counts of deaths and ascents differ between sources.',
      },
      'other-names': { value: 'Chhogori (Balti), Mount Godwin-Austen; nicknamed the “Savage Mountain”' },
      'known-for': {
        value: 'Steep, technical climbing, the Bottleneck couloir, remoteness and a high death rate',
      },
    },
  },
];

const parisLondon: SeedComparison = {
  a: 'paris',
  b: 'london',
  summary:
    'Paris and London are two of Europe’s great capitals, about 340 kilometers apart and linked by rail through the Channel Tunnel. Both grew from Roman settlements on a river, both share a mild oceanic climate, and both are world centers of art, fashion, finance and tourism. They differ most in shape and scale: Paris crowds about 2.1 million people into a small, uniformly planned core, while Greater London spreads nearly 9 million residents across an area roughly fifteen times larger.',
  introduction: md(
    'Few pairs of cities invite comparison as readily as Paris and London. They face each other across the English Channel, roughly 340 kilometers apart in a straight line, and since 1994 Eurostar trains have connected them through the Channel Tunnel in a little over two hours. For centuries each has been the other’s chief rival in politics, commerce, taste and ambition, and writers from Charles Dickens onward have used one city to explain the other.',
    'Any side-by-side look has to begin with a note on definitions. The City of Paris is a compact administrative unit at the heart of a far larger metropolitan region, while Greater London takes in most of the built-up area around the British capital. Population and area figures therefore measure different things, and the comparison below points out where that difference matters.',
  ),
  sections: [
    {
      heading: 'Origins and Growth',
      body: md(
        'Both cities began as river settlements that the Romans turned into towns. A Celtic people called the Parisii lived on and around the Île de la Cité in the Seine, and after the Roman conquest of Gaul in 52 BC the town of Lutetia grew up on the river’s left bank. By late antiquity it had taken the name of its original inhabitants. The Frankish king Clovis made it his capital in the early 6th century, and from the late 10th century the Capetian kings built it into the seat of an increasingly centralized French monarchy.',
        'London has a more precise birth. The Romans invaded Britain in AD 43 and founded Londinium a few years later at a convenient crossing point on the Thames. Rebels led by Boudica burned it around AD 60–61, yet it was rebuilt and became the largest town in Roman Britain. After a period of decline it revived in the Middle Ages as a trading city, with the royal seat of Westminster growing up separately a short distance upstream.',
        'Disaster and planning later reshaped both. The Great Fire of 1666 destroyed much of medieval London, which was rebuilt largely on its old street plan and crowned by Christopher Wren’s St Paul’s Cathedral. Paris was remade more deliberately: between 1853 and 1870, under Napoleon III, the prefect Baron Haussmann cut broad boulevards through its crowded medieval core.',
      ),
    },
    {
      heading: 'Size, Layout and Architecture',
      body: md(
        'The City of Paris covers only about 105 square kilometers, including two large wooded parks, and is divided into 20 numbered districts, or *arrondissements*, that spiral outward from the center. The Boulevard Périphérique ring road marks its edge. With about 2.1 million residents it is one of the most densely populated major cities in the Western world. Its look is famously consistent: rows of cream-colored limestone apartment buildings from the Haussmann era, matching cornice lines and long-standing height limits have kept the skyline low, and most office towers stand in La Défense, just outside the city limits.',
        'Greater London, created as an administrative area in 1965, covers about 1,572 square kilometers and is made up of 32 boroughs plus the ancient City of London. It grew by swallowing dozens of villages, so it reads as a patchwork of neighborhoods with their own high streets, and much of its housing consists of terraced houses rather than apartment blocks. Its skyline is far more varied, mixing a Norman fortress, Georgian squares and Victorian landmarks with glass towers such as the Shard, completed in 2012.',
        'The result is a difference in feel that visitors notice quickly: Paris is intense and walkable, while London is sprawling, green and dependent on its transport network.',
      ),
    },
    {
      heading: 'Culture, Landmarks and Economy',
      body: md(
        'Paris is known worldwide for a handful of landmarks: the **Eiffel Tower**, built for the World’s Fair of 1889; the **Louvre**, the most visited art museum in the world; and **Notre-Dame**, which reopened in December 2024 after a fire in 2019. The city’s reputation also rests on its cafés, fashion houses and cuisine. London answers with the Houses of Parliament and the clock tower popularly known as Big Ben, the Tower of London and the British Museum, along with the theaters of the West End and a national museum system that is largely free to enter.',
        'Economically, London is one of the world’s top financial centers, with banking concentrated in the City of London and at Canary Wharf. Paris is the economic engine of France and home to the headquarters of many of its largest companies. The two cities also share a number of milestones:',
        '- **Olympics:** each has hosted the Summer Games three times (Paris in 1900, 1924 and 2024; London in 1908, 1948 and 2012).\n- **Subways:** the London Underground, opened in 1863, was the world’s first underground railway; the Paris Métro followed in 1900.\n- **World Heritage:** the banks of the Seine in Paris and four separate sites in London are on UNESCO’s list.',
      ),
    },
    {
      heading: 'Rivers and Climate',
      body: md(
        'The Seine curves through Paris from east to west, dividing around two islands, the Île de la Cité and the Île Saint-Louis, and its quays in the center are lined with bookstalls and promenades. The Thames behaves differently: it is tidal through London, rising and falling by several meters twice a day, and since the early 1980s the Thames Barrier downstream has protected the city from storm surges coming up from the North Sea.',
        'Both cities have a temperate oceanic climate, with mild winters, moderate summers and rainfall spread throughout the year. London’s reputation for rain is somewhat exaggerated; its yearly total is similar to that of Paris. Paris, farther inland, tends to have slightly warmer summers and is more exposed to heat waves, such as those of 2003 and 2019. London has warmed too, and in July 2022 it recorded temperatures above 40 °C for the first time.',
      ),
    },
  ],
  conclusion:
    'Paris and London share Roman beginnings, river settings, a mild climate and a long habit of measuring themselves against each other. Where they part ways is in form. Paris is a compact, carefully composed city whose 19th-century planning still defines daily life, while London is a vast, layered metropolis that grew outward from many centers. Choosing between them is largely a matter of taste, and many travelers, helped by the short train ride between them, simply visit both.',
  categories: ['cities-places'],
  rows: ['country', 'population', 'area', 'founded', 'river', 'climate', 'languages', 'unesco', 'known-for'],
  publishedAt: '2026-06-09',
};

const romeAthens: SeedComparison = {
  a: 'rome',
  b: 'athens',
  summary:
    'Rome and Athens are Mediterranean capitals whose ancient achievements still shape Western politics, law, art and thought. Athens peaked first, in the 5th century BC, when it pioneered democracy and produced landmark works of philosophy and drama. Rome rose later and built an empire that absorbed Greece and spread a blend of Greek and Roman culture across three continents. Today Rome is the larger city, while Athens is the heart of a metropolitan area holding over a third of Greece’s population.',
  introduction: md(
    'Ancient Athens and ancient Rome are often mentioned in the same breath as the twin foundations of Western civilization, yet they flourished at different times and in very different ways. Athens was a city-state whose brief golden age produced democracy, the Parthenon and the philosophy of Socrates, Plato and Aristotle. Rome began as a small settlement on the Tiber and became the capital of an empire that lasted, in its western half, until the 5th century AD.',
    'Both cities have been continuously inhabited for thousands of years and both serve as national capitals today, of Italy and Greece respectively. Their modern stories, however, diverge as much as their ancient ones.',
  ),
  sections: [
    {
      heading: 'Origins and Rise to Power',
      body: md(
        'Athens is far older as a settlement. People lived around the rock of the Acropolis in Neolithic times, and by the late Bronze Age a Mycenaean citadel stood on its summit. The classical city emerged over the following centuries as the leading community of the region of Attica. Its greatest period followed the defeat of the Persian invasions in 490 and 480–479 BC, when Athens led an alliance of Greek states and used its fleet and tribute to become the dominant sea power of the Aegean.',
        'Rome’s own tradition dates its founding to 753 BC, when, according to legend, Romulus laid out the city on the Palatine Hill. Archaeology confirms that villages on Rome’s hills were growing together around that time. From this modest start Rome conquered the Italian peninsula, defeated Carthage and took control of Greece by the middle of the 2nd century BC. Under the emperors its power reached its height, and its territory was largest under Trajan around AD 117.',
        'The contrast is one of scale and duration. Athenian supremacy lasted only a few generations and ended with defeat by Sparta in the Peloponnesian War (431–404 BC). Rome’s dominance endured for centuries.',
      ),
    },
    {
      heading: 'Government and Political Ideas',
      body: md(
        'Athens is remembered above all as the birthplace of democracy. After the reforms of Cleisthenes in 508/507 BC, adult male citizens met in an assembly to debate and vote on laws, war and peace, and many public officials were chosen by lot. This democracy was radical for its time but narrow by modern standards, since women, enslaved people and resident foreigners had no vote.',
        'Rome developed a different model. After expelling its kings, traditionally in 509 BC, it became a republic governed by two annually elected consuls, a powerful Senate and several popular assemblies, with elaborate checks meant to prevent any one man from seizing power. The system eventually broke down in a series of civil wars, and in 27 BC Augustus became the first emperor, although he preserved many republican forms.',
        'Both legacies remain visible. The word *democracy* comes from Greek, and the Athenian assembly is a touchstone for ideas of direct citizen rule. Rome contributed the vocabulary of representative government, including *republic* and *senate*, and a body of law that underlies the legal systems of much of continental Europe and beyond.',
      ),
    },
    {
      heading: 'Culture and Legacy',
      body: md(
        'Classical Athens produced an extraordinary concentration of cultural achievement. The Parthenon, built between 447 and 432 BC, became a model for later architecture. The tragedies of Aeschylus, Sophocles and Euripides and the comedies of Aristophanes premiered in the city’s festivals, and Plato’s Academy and Aristotle’s Lyceum shaped philosophy for two thousand years.',
        'Rome’s genius lay more in engineering, organization and adaptation. Romans built roads, aqueducts and bridges across their empire, perfected the use of concrete and raised monuments such as the Colosseum, finished around AD 80, and the Pantheon, whose dome is still the largest of unreinforced concrete. Latin literature, from Virgil to Cicero, drew openly on Greek models. The poet Horace put it memorably when he wrote that conquered Greece had in turn captured its rough conqueror.',
        'Roman admiration for Athens was practical as well as literary. Wealthy Romans studied there, and the emperor Hadrian endowed the city with new buildings and completed the enormous Temple of Olympian Zeus in the 2nd century AD.',
      ),
    },
    {
      heading: 'The Modern Capitals',
      body: md(
        'Rome never lost its importance entirely. After the fall of the Western Roman Empire it remained the seat of the papacy, and Renaissance and Baroque popes filled it with churches, palaces, piazzas and fountains. It became the capital of a unified Italy in 1871, and Vatican City, an independent state since 1929, lies within it. Its municipality now has about 2.75 million residents.',
        'Athens had a harder path. Under Byzantine and then Ottoman rule it shrank to a modest town, and the Parthenon itself was badly damaged by an explosion in 1687 during a Venetian siege. When Athens was chosen as capital of the new Greek state in 1834, it had only several thousand inhabitants. It then grew rapidly, especially after refugees arrived from Asia Minor in the 1920s, and its urban area now holds more than 3 million people. Athens hosted the first modern Olympic Games in 1896 and the Summer Games again in 2004; Rome hosted them in 1960.',
      ),
    },
  ],
  conclusion:
    'Athens and Rome are linked by history, admiration and conquest, but they are not interchangeable. Athens gave the world a short, brilliant burst of political and intellectual invention centered on citizenship, philosophy and drama. Rome built a durable state that spread law, engineering and a blended Greco-Roman culture across an empire, then reinvented itself as the capital of Christendom. Visitors to either city walk among ruins that still explain how much of the modern world came to be.',
  categories: ['cities-places', 'history-politics'],
  rows: [
    'country',
    'population',
    'founded',
    'ancient-government',
    'ancient-peak',
    'capital-status',
    'climate',
    'unesco',
    'known-for',
  ],
  publishedAt: '2026-07-21',
};

const tokyoKyoto: SeedComparison = {
  a: 'tokyo',
  b: 'kyoto',
  summary:
    'Tokyo and Kyoto have both served as the capital of Japan, and together they tell much of the country’s history. Kyoto was the imperial capital for more than a thousand years, from 794 to 1868, and remains the center of traditional arts, temples and gardens. Tokyo, formerly Edo, became the capital when the emperor moved there after the Meiji Restoration and has grown into a vast modern metropolis. One is a city of about 1.5 million people; the other anchors a region of roughly 37 million.',
  introduction: md(
    'The two names share a character, 京, meaning “capital.” Kyoto (京都) means roughly “capital city,” while Tokyo (東京) is literally the “Eastern Capital,” a name it received in 1868 when it replaced Kyoto as the home of the emperor. The two cities lie about 370 kilometers apart in a straight line, and the Tōkaidō Shinkansen, opened in 1964, connects them in a little over two hours.',
    'For many travelers they represent two faces of Japan: Tokyo the fast-moving center of government, business and pop culture, and Kyoto the keeper of older traditions. That picture is simplified, since Kyoto is also a modern university and industrial city and Tokyo has historic neighborhoods of its own, but it captures real differences in scale and character.',
  ),
  sections: [
    {
      heading: 'From Heian-kyō to Edo',
      body: md(
        'Kyoto was founded in 794 as Heian-kyō, a planned capital laid out by Emperor Kammu on a grid modeled on the Chinese capital Chang’an. For most of the next 1,074 years it was the official residence of the emperor and the heart of court culture, producing classics such as *The Tale of Genji*. Real political power, however, often lay with military rulers, or shoguns, some of whom governed from Kamakura and later Edo. Kyoto also suffered badly in the Ōnin War of 1467–1477, which left much of the city in ruins.',
        'Tokyo’s history is shorter. A castle was built at Edo, a fishing settlement on a bay in eastern Japan, in 1457. In 1603 Tokugawa Ieyasu made it the seat of his shogunate, and under more than 250 years of Tokugawa rule Edo grew into one of the largest cities in the world, with an estimated population of over a million by the 18th century.',
        'The Meiji Restoration of 1868 ended the shogunate. The young emperor moved to Edo, which was renamed Tokyo, and the shift of the capital from the old imperial city to the old shogunal one became permanent.',
      ),
    },
    {
      heading: 'Scale and Economy',
      body: md(
        'The difference in size is enormous. Tokyo Metropolis, which includes 23 special wards, suburban cities to the west and a chain of Pacific islands, has about 14 million residents, and the Greater Tokyo area around it holds roughly 37 million, making it one of the most populous metropolitan areas in the world. It is Japan’s political capital, its financial center and the headquarters of most of its major corporations, media companies and government ministries.',
        'Kyoto, with about 1.46 million people, is one of Japan’s larger cities but is part of the Kansai region, whose economic center is nearby Osaka. Its economy blends tourism, education and industry. Kyoto University is one of the country’s leading research institutions, and the city is home to major companies, including the video game maker Nintendo. Traditional crafts such as Nishijin silk weaving, ceramics and lacquerware still support local workshops.',
        'Both cities are among Japan’s most visited places, but tourism weighs far more heavily on Kyoto, where crowds at popular temples and in the Gion district have prompted local measures to manage visitor numbers.',
      ),
    },
    {
      heading: 'Townscape and Culture',
      body: md(
        'Tokyo has been rebuilt repeatedly. The Great Kantō earthquake of 1923 and the fires it caused destroyed much of the city, and American firebombing in 1945 devastated it again. What stands today is overwhelmingly modern: dense districts such as Shinjuku and Shibuya, elevated railways, neon-lit shopping streets and towers topped by the 634-meter Tokyo Skytree, completed in 2012. Older places survive in pockets, including the Sensō-ji temple in Asakusa and the Meiji Shrine, and the Imperial Palace occupies the site of Edo Castle.',
        'Kyoto was largely spared heavy bombing in World War II, and it retains an exceptional concentration of historic buildings. The city has roughly 1,600 Buddhist temples and hundreds of Shinto shrines, and 17 sites in and near it make up the UNESCO listing of Historic Monuments of Ancient Kyoto. Highlights include the Golden Pavilion of Kinkaku-ji, the wooden stage of Kiyomizu-dera and the thousands of vermilion gates at Fushimi Inari. Wooden townhouses called *machiya*, the geiko and maiko of Gion, and festivals such as the Gion Matsuri keep older customs visible in daily life.',
      ),
    },
  ],
  conclusion:
    'Tokyo and Kyoto are bound together by the transfer of the capital in 1868, and each reflects a different era of Japanese history. Kyoto preserves the refined court and religious culture of more than a millennium as an imperial seat, while Tokyo embodies the rapid modernization that followed and the scale of contemporary Japan. Seen together, the two cities offer a compact lesson in how the country has balanced continuity and change.',
  categories: ['cities-places'],
  rows: ['population', 'area', 'founded', 'capital-status', 'river', 'climate', 'unesco', 'known-for'],
  publishedAt: '2026-08-27',
};

const amazonNile: SeedComparison = {
  a: 'amazon-river',
  b: 'nile',
  summary:
    'The Amazon and the Nile are the two longest rivers on Earth, each stretching roughly 6,400 to 6,650 kilometers, and geographers still debate which is longer. In almost every other respect they are opposites. The Amazon flows east through the world’s largest rainforest and carries more water than any other river, while the Nile flows north through desert and carries only a small fraction as much. The Nile sustained one of the first great civilizations; the Amazon is prized above all for its biodiversity.',
  introduction: md(
    'Ask which river is the longest in the world and the answer depends on whom you ask. Most reference works give the title to the Nile, at about 6,650 kilometers, with the Amazon close behind at about 6,400. Some researchers, measuring from different headwaters, argue that the Amazon is actually longer. What is not in dispute is that these two rivers dwarf all others in length, and that they could hardly be more different in character.',
    'One is a river of the humid tropics, fed by heavy rain over an enormous basin; the other threads through one of the driest regions on the planet and depends on rain that falls far to the south. Comparing them reveals how climate, geography and human use shape a river.',
  ),
  sections: [
    {
      heading: 'Length: A Contested Record',
      body: md(
        'Measuring a river is harder than it sounds. Researchers must decide which of many headstreams counts as the true source, how to trace the channel through lakes, swamps and braided sections, and where the river ends when it spreads into a delta or estuary. Small choices add up to hundreds of kilometers.',
        'For the Nile, the most distant source is usually placed in the highlands of Burundi or Rwanda, in streams that feed Lake Victoria and ultimately the White Nile. From there the river flows roughly 6,650 kilometers to the Mediterranean. For the Amazon, the traditional source lies in the Andes of southern Peru, near the peak of Nevado Mismi, giving a length of about 6,400 kilometers to the Atlantic. A Brazilian study in 2007 proposed a route that would make the Amazon nearly 7,000 kilometers long, and other work has suggested a different, more remote Peruvian source.',
        'None of these claims has been universally accepted, so most encyclopedias continue to list the Nile first while noting that the question remains open.',
      ),
    },
    {
      heading: 'Volume and Drainage Basin',
      body: md(
        'On volume there is no contest. The Amazon discharges an average of roughly 200,000 cubic meters of water per second into the Atlantic, about one-fifth of all the fresh water that rivers deliver to the world’s oceans. That is more than the next several largest rivers combined and roughly seventy times the average flow of the Nile, about 2,800 cubic meters per second.',
        'The difference comes from their basins. The Amazon drains about 7 million square kilometers, the largest river basin on Earth, covering large parts of Brazil, Peru, Colombia, Bolivia and Ecuador, with smaller parts in neighboring countries. Heavy tropical rain falls across most of it, and more than a thousand tributaries, led by the Madeira and the Negro, add to the flow. In the wet season the river spreads across floodplains tens of kilometers wide.',
        'The Nile basin covers about 3.3 million square kilometers in 11 countries, but much of it receives little rain. Most of the river’s water and silt comes from the Ethiopian Highlands, chiefly via the Blue Nile, which meets the White Nile at Khartoum. The White Nile loses much of its water to evaporation in the vast Sudd wetland of South Sudan, and once the Atbara joins it north of Khartoum, the Nile receives no other significant tributary on its long journey across the Sahara.',
      ),
    },
    {
      heading: 'Landscapes and Wildlife',
      body: md(
        'The Amazon flows through the largest tropical rainforest on the planet, and its waters are among the richest freshwater habitats known. Thousands of fish species live in the basin, including piranhas and the giant arapaima, along with pink river dolphins, giant otters and caimans. Near Manaus, the dark water of the Rio Negro and the pale, sediment-laden main stream flow side by side for several kilometers before mixing, a sight known as the Meeting of the Waters.',
        'The Nile’s landscape is one of sharp contrasts. In Egypt and northern Sudan a narrow ribbon of green fields follows the river through otherwise barren desert, and between Aswan and Khartoum the channel is broken by a series of rocky rapids known as cataracts. The river and its lakes support Nile crocodiles, hippopotamuses and large numbers of migrating birds, and its delta spreads into a broad, fertile fan before reaching the Mediterranean.',
      ),
    },
    {
      heading: 'Rivers and People',
      body: md(
        'The Nile is inseparable from human history. Its annual summer flood deposited fertile silt along its banks, allowing ancient Egyptians to farm the desert and build a civilization that lasted for thousands of years; their calendar was even organized around the seasons of flood, growth and harvest. Today the great majority of Egypt’s population lives close to the river or in its delta, and the country relies on it for almost all of its fresh water. The **Aswan High Dam**, completed in 1970, ended the annual flood and created Lake Nasser, and Ethiopia’s Grand Ethiopian Renaissance Dam on the Blue Nile has become a source of regional tension.',
        'The Amazon has been home to Indigenous peoples for thousands of years, but it has never supported dense populations on the scale of the Nile Valley. Europeans first traveled its length in 1541–42 with the Spanish expedition of Francisco de Orellana, whose chronicler described battles with women warriors, inspiring the river’s name. Today the river is a major transport route, and no bridge spans its main channel. Deforestation, mining and dam building in the basin are the most serious concerns for its future.',
      ),
    },
  ],
  conclusion:
    'The Amazon and the Nile are close rivals for the title of the world’s longest river, but the comparison ends there. The Amazon is a river of superlatives in volume, basin size and biological richness, flowing through a largely forested and thinly populated region. The Nile is a slender lifeline through the desert whose modest flow made possible one of humanity’s earliest civilizations. Together they show that a river’s importance depends on far more than its length.',
  categories: ['nature-geography'],
  rows: ['length', 'discharge', 'drainage-basin', 'source', 'mouth', 'countries', 'tributaries', 'known-for'],
  publishedAt: '2026-09-30',
};

const everestK2: SeedComparison = {
  a: 'mount-everest',
  b: 'k2',
  summary:
    'Mount Everest and K2 are the two highest mountains on Earth, both rising above 8,600 meters in the great ranges of Asia and both first climbed in the 1950s. Everest, on the Nepal–China border, is about 240 meters higher and is climbed by hundreds of people each year, mostly on guided expeditions. K2, on the Pakistan–China border in the Karakoram, is steeper, more remote and far deadlier, and it was the last of the world’s 8,000-meter peaks to be climbed in winter.',
  introduction: md(
    'Everest holds the record for height, but among mountaineers K2 has long carried the greater reputation for difficulty. The two peaks lie about 1,300 kilometers apart, Everest in the Himalayas and K2 in the Karakoram, and both rise well into the so-called death zone above 8,000 meters, where the thin air cannot sustain human life for long.',
    'Their histories have followed different paths. Everest became a symbol of human achievement after its first ascent in 1953 and later a destination for commercial expeditions. K2 has remained a more serious undertaking, attempted by far fewer climbers and associated with some of mountaineering’s worst tragedies.',
  ),
  sections: [
    {
      heading: 'Height and Setting',
      body: md(
        'Mount Everest stands 8,848.86 meters above sea level, according to a joint survey by China and Nepal announced in 2020. It lies in the Mahalangur Himal section of the Himalayas, with its summit on the border between Nepal and the Tibet Autonomous Region of China. Its upper rock layers include limestone containing fossils of sea creatures, a reminder that the mountain was pushed up from an ancient ocean floor by the collision of the Indian and Eurasian plates.',
        'K2 reaches 8,611 meters, making it the second-highest mountain on Earth. It rises in the Baltoro Muztagh section of the Karakoram, on the border between the Gilgit-Baltistan region of Pakistan and Xinjiang in China. It sits farther north than Everest and in a more isolated setting: reaching its base camp from the Pakistani side usually means a trek of about a week up the Baltoro Glacier, whereas Everest’s southern base camp is reached by a well-trodden trail through Sherpa villages in Nepal.',
        'In shape, too, they differ. Everest is a broad, three-sided pyramid, while K2 is a steep, more symmetrical pyramid that appears to stand alone above the surrounding glaciers.',
      ),
    },
    {
      heading: 'Names and Early Exploration',
      body: md(
        'Both mountains received their best-known names from the Great Trigonometrical Survey of British India. Everest was first listed as Peak XV. After surveyors identified it as the highest known summit in the 1850s, it was named in 1865 for Sir George Everest, a former Surveyor General of India. Locally it has older names: Chomolungma or Qomolangma in Tibetan, and Sagarmatha, the name officially adopted by Nepal.',
        'K2 got its name in 1856, when the surveyor Thomas Montgomerie labeled the peaks of the Karakoram in sequence, using K for Karakoram. Unusually, the survey label stuck, partly because the mountain is so remote that it had no single widely used local name. It is sometimes called Chhogori, from the Balti words for “big mountain,” and has also been known as Mount Godwin-Austen after an early surveyor of the region.',
        'Climbers began testing both peaks in the early 20th century. An expedition led by the Duke of the Abruzzi in 1909 explored the ridge on K2 that became its standard route, while British teams made repeated attempts on Everest in the 1920s and 1930s, including the 1924 expedition on which George Mallory and Andrew Irvine vanished high on the mountain.',
      ),
    },
    {
      heading: 'First Ascents and Climbing Today',
      body: md(
        'Everest was first climbed on 29 May 1953 by Edmund Hillary of New Zealand and Tenzing Norgay, a Sherpa, as members of a British expedition led by John Hunt. K2 followed on 31 July 1954, when Lino Lacedelli and Achille Compagnoni of an Italian expedition led by Ardito Desio reached the top. The Italian success was later clouded by a long dispute over the treatment of teammate Walter Bonatti and the high-altitude porter Amir Mahdi, who were forced to spend a night in the open near the summit.',
        'In the following decades Everest became far more accessible. Two main routes, the Southeast Ridge from Nepal and the North Ridge from Tibet, are now equipped each season with fixed ropes, and guided teams supported by Sherpa climbers and bottled oxygen have brought the total number of ascents into the many thousands. Crowding near the summit has become a familiar problem.',
        'K2 has seen only a small fraction of that traffic. The standard Abruzzi Spur is steep and exposed throughout, and the final hurdle, a narrow gully called the Bottleneck beneath an overhanging wall of ice, remains one of the most dangerous passages on any major route. K2 was the last 8,000-meter peak to be climbed in winter, by a team of ten Nepali mountaineers on 16 January 2021, more than forty years after Polish climbers made the first winter ascent of Everest in 1980.',
      ),
    },
    {
      heading: 'Danger and Reputation',
      body: md(
        'Both mountains are deadly, but not to the same degree. Hundreds of people have died on Everest, from falls, avalanches, exhaustion and altitude sickness, yet because so many reach the top, the overall ratio is roughly one death for every 30 to 40 successful ascents, and it has fallen over time. Everest’s worst disasters include the storm of May 1996, the 2014 avalanche in the Khumbu Icefall that killed 16 Nepali mountain workers, and the avalanche triggered by the 2015 earthquake that killed more than 20 people at base camp.',
        'K2 has historically claimed about one life for every four people who reached its summit, earning the nickname “the Savage Mountain.” Its steepness leaves little room for error, and its more northerly position exposes climbers to sudden, severe storms. In August 2008, 11 climbers died in a series of accidents, several of them linked to a collapse of the ice above the Bottleneck. Larger commercial teams in recent seasons have lowered the ratio, but K2 remains far riskier than Everest for the average climber.',
      ),
    },
  ],
  conclusion:
    'Everest and K2 share the top two places on the list of the world’s highest mountains, and both demand enormous effort and carry real risk. Everest is the higher and far more famous summit, a global symbol that has become, for better or worse, accessible to guided climbers. K2 is slightly lower but steeper, more remote and much more dangerous, and for many mountaineers it remains the greater prize. One is the roof of the world; the other is its hardest test.',
  categories: ['nature-geography'],
  rows: [
    'elevation',
    'range',
    'country',
    'other-names',
    'first-ascent',
    'first-winter-ascent',
    'fatality-rate',
    'known-for',
  ],
  publishedAt: '2026-11-12',
};

const comparisons: SeedComparison[] = [parisLondon, romeAthens, tokyoKyoto, amazonNile, everestK2];

export const places: SeedBundle = { attributes, figures, comparisons };
