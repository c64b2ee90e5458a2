import type { SeedAttribute, SeedBundle, SeedComparison, SeedFigure } from '../types';

const attributes: SeedAttribute[] = [
  {
    slug: 'invented',
    label: 'Invented',
    description: 'When the thing was first developed or introduced in usable form.',
  },
  {
    slug: 'inventor',
    label: 'Key Inventors',
    description: 'The people or organizations chiefly credited with its development.',
  },
  {
    slug: 'origin',
    label: 'Origin',
    description: 'Where the figure first appeared or was developed.',
  },
  {
    slug: 'how-it-works',
    label: 'How It Works',
    description: 'The basic principle by which it operates.',
  },
  {
    slug: 'transmits',
    label: 'What It Transmits',
    description: 'The kind of information the communication system carries.',
  },
  {
    slug: 'first-message',
    label: 'Famous First Message',
    description: 'The first widely remembered message sent with the system.',
  },
  {
    slug: 'peak-use',
    label: 'Peak Use',
    description: 'The period when it was most widely used.',
  },
  {
    slug: 'known-for',
    label: 'Known For',
    description: 'What the figure is best known for.',
  },
  {
    slug: 'format-size',
    label: 'Standard Size',
    description: 'The common physical dimensions and playback speed of the format.',
  },
  {
    slug: 'sound-quality',
    label: 'Sound Quality',
    description: 'How faithfully and cleanly the format reproduces recorded sound.',
  },
  {
    slug: 'capacity',
    label: 'Playing Time',
    description: 'How much audio a standard disc holds.',
  },
  {
    slug: 'durability',
    label: 'Durability',
    description: 'How well the medium stands up to playback, handling and age.',
  },
  {
    slug: 'source-plant',
    label: 'Source Plant',
    description: 'The plant, and the part of it, from which the drink is made.',
  },
  {
    slug: 'caffeine',
    label: 'Caffeine per Cup',
    description: 'Typical caffeine content of an 8-ounce (240 ml) serving.',
  },
  {
    slug: 'preparation',
    label: 'Preparation',
    description: 'How the drink is usually made.',
  },
  {
    slug: 'main-varieties',
    label: 'Main Varieties',
    description: 'The principal types or styles of the product.',
  },
  {
    slug: 'top-producer',
    label: 'Largest Producer',
    description: 'The country that grows the largest share of the world crop.',
  },
  {
    slug: 'combustion',
    label: 'Combustion',
    description: "Where the fuel burns relative to the engine's working parts.",
  },
  {
    slug: 'fuel',
    label: 'Fuel',
    description: 'The fuels the engine typically burns.',
  },
  {
    slug: 'efficiency',
    label: 'Typical Efficiency',
    description: "The share of the fuel's energy that is converted into useful work.",
  },
  {
    slug: 'typical-uses',
    label: 'Typical Uses',
    description: 'The machines and settings in which it is commonly used.',
  },
];

const figures: SeedFigure[] = [
  {
    slug: 'telegraph',
    name: 'Telegraph',
    kind: 'THING',
    description:
      'An electrical system for sending coded text messages over wires, developed in the 1830s and 1840s. It was the first technology to carry information across long distances almost instantly.',
    facts: {
      invented: {
        value: 'Late 1830s; Cooke and Wheatstone patented their system in 1837, and Morse opened his first line in 1844',
        sourceUrl: 'https://en.wikipedia.org/wiki/Electrical_telegraph',
      },
      inventor: {
        value: 'Samuel Morse and Alfred Vail (US); William Cooke and Charles Wheatstone (UK)',
        sourceUrl: 'https://en.wikipedia.org/wiki/Electrical_telegraph',
      },
      origin: { value: 'Britain and the United States, developed in parallel' },
      'how-it-works': {
        value: 'An operator keys on-off pulses of current down a wire; an electromagnet at the far end clicks or marks them',
      },
      transmits: {
        value: 'Coded text (dots and dashes), sent and decoded by trained operators',
        sourceUrl: 'https://en.wikipedia.org/wiki/Morse_code',
      },
      'first-message': {
        value: '"What hath God wrought," Washington to Baltimore, May 24, 1844',
        sourceUrl: 'https://en.wikipedia.org/wiki/What_hath_God_wrought',
      },
      'peak-use': {
        value: 'Late 19th to early 20th century; Western Union sent over 200 million telegrams at its 1929 peak',
      },
      'known-for': {
        value: 'Morse code, transatlantic cables and the clipped, pay-by-the-word telegram',
      },
    },
  },
  {
    slug: 'telephone',
    name: 'Telephone',
    kind: 'THING',
    description:
      'A device that converts the human voice into electrical signals and back again, allowing live conversation over a distance. Patented by Alexander Graham Bell in 1876, it grew into a worldwide network.',
    facts: {
      invented: {
        value: '1876; Bell received his US patent on March 7 of that year',
        sourceUrl: 'https://en.wikipedia.org/wiki/Invention_of_the_telephone',
      },
      inventor: {
        value: 'Alexander Graham Bell, with rival claims by Elisha Gray and Antonio Meucci',
        sourceUrl: 'https://en.wikipedia.org/wiki/Invention_of_the_telephone',
      },
      origin: { value: 'United States (Boston), with early tests in Brantford, Ontario' },
      'how-it-works': {
        value: 'A transmitter turns sound vibrations into a varying current; a receiver turns the current back into sound',
        sourceUrl: 'https://en.wikipedia.org/wiki/Telephone',
      },
      transmits: { value: 'Live spoken voice, as a two-way conversation in real time' },
      'first-message': {
        value: '"Mr. Watson, come here, I want to see you," March 10, 1876',
        sourceUrl: 'https://en.wikipedia.org/wiki/Invention_of_the_telephone',
      },
      'peak-use': {
        value: 'Still in use; US landlines peaked around 2000, and mobile phones now number in the billions',
      },
      'known-for': {
        value: 'Bringing real-time voice communication into homes and leading to the mobile phone',
      },
    },
  },
  {
    slug: 'vinyl-record',
    name: 'Vinyl Record',
    kind: 'THING',
    description:
      'An analog audio disc whose spiral groove is traced by a stylus. The 12-inch long-playing record, introduced in 1948, was the standard format for albums for roughly four decades.',
    facts: {
      invented: {
        value: '1948, when Columbia launched the 33⅓ rpm LP; RCA Victor followed with the 45 rpm single in 1949',
        sourceUrl: 'https://en.wikipedia.org/wiki/LP_record',
      },
      inventor: {
        value: "Peter Goldmark's team at Columbia Records, building on Emile Berliner's earlier gramophone disc",
        sourceUrl: 'https://en.wikipedia.org/wiki/LP_record',
      },
      origin: { value: 'United States' },
      'how-it-works': {
        value: 'A stylus follows a spiral groove whose wiggles trace the sound wave; the motion is converted and amplified',
        sourceUrl: 'https://en.wikipedia.org/wiki/Phonograph_record',
      },
      'format-size': { value: '12-inch (30 cm) LP at 33⅓ rpm; 7-inch (18 cm) single at 45 rpm' },
      'sound-quality': {
        value: 'Analog; often described as warm, but subject to surface noise, clicks and a narrower dynamic range',
      },
      capacity: { value: 'About 20 to 25 minutes per side of a 12-inch LP' },
      durability: {
        value: 'Wears slightly with each play and can scratch or warp; lasts for decades with careful handling',
      },
      'peak-use': {
        value: 'Late 1970s; sales collapsed by the early 1990s and have revived since the late 2000s',
      },
      'known-for': {
        value: "The album as an art form, large cover artwork and a 21st-century collectors' revival",
      },
    },
  },
  {
    slug: 'compact-disc',
    name: 'Compact Disc',
    kind: 'THING',
    description:
      'An optical disc that stores digital audio as microscopic pits read by a laser. Developed jointly by Philips and Sony, it went on sale in 1982 and carried the music industry into the digital era.',
    facts: {
      invented: {
        value: 'Standard agreed in 1980; first discs and players went on sale in Japan in October 1982',
        sourceUrl: 'https://en.wikipedia.org/wiki/Compact_disc',
      },
      inventor: {
        value: 'Philips and Sony engineers, including Kees Schouhamer Immink and Toshitada Doi',
        sourceUrl: 'https://en.wikipedia.org/wiki/Compact_disc',
      },
      origin: { value: 'The Netherlands and Japan (Philips and Sony)' },
      'how-it-works': {
        value: 'A laser reads pits along a spiral track as binary data, which is decoded back into sound',
        sourceUrl: 'https://en.wikipedia.org/wiki/Compact_Disc_Digital_Audio',
      },
      'format-size': { value: '120 mm (about 4.7 in) across; an 80 mm mini CD also exists' },
      'sound-quality': {
        value: 'Digital 16-bit, 44.1 kHz stereo; no surface noise and a dynamic range of about 96 dB',
        sourceUrl: 'https://en.wikipedia.org/wiki/Compact_Disc_Digital_Audio',
      },
      capacity: { value: 'Typically 74 to 80 minutes on a single side' },
      durability: {
        value: 'No wear from playback and error correction masks light scratches, but discs can suffer "disc rot"',
      },
      'peak-use': {
        value: 'Around 2000, when CD sales peaked; since overtaken by downloads and streaming',
      },
      'known-for': {
        value: 'Launching the digital music era; adapted as the CD-ROM for computer software and data',
      },
    },
  },
  {
    slug: 'coffee',
    name: 'Coffee',
    kind: 'THING',
    description:
      'A brewed drink made from the roasted seeds of the Coffea plant. Native to Ethiopia, it is one of the most popular drinks in the world and a leading source of caffeine.',
    facts: {
      'source-plant': {
        value: 'Roasted seeds ("beans") of Coffea shrubs, mainly Coffea arabica and Coffea canephora',
        sourceUrl: 'https://en.wikipedia.org/wiki/Coffea',
      },
      origin: {
        value: 'Ethiopian highlands; first drunk as a beverage in Yemen in the 15th century',
        sourceUrl: 'https://en.wikipedia.org/wiki/History_of_coffee',
      },
      caffeine: {
        value: 'About 95 mg in brewed coffee, varying widely with beans and method',
        sourceUrl: 'https://en.wikipedia.org/wiki/Coffee',
      },
      preparation: {
        value: 'Roasted beans are ground and brewed with hot water: drip, espresso, French press and more',
      },
      'main-varieties': { value: 'Arabica (roughly 60% of output) and robusta' },
      'top-producer': {
        value: 'Brazil, which grows roughly a third of the world crop',
        sourceUrl: 'https://en.wikipedia.org/wiki/Coffee',
      },
      'known-for': {
        value: 'Morning routines, espresso drinks and coffeehouse culture',
      },
    },
  },
  {
    slug: 'tea',
    name: 'Tea',
    kind: 'THING',
    description:
      'A drink made by steeping the processed leaves of Camellia sinensis in hot water. First drunk in China, it is the most widely consumed beverage in the world after water.',
    facts: {
      'source-plant': {
        value: 'Leaves and buds of Camellia sinensis',
        sourceUrl: 'https://en.wikipedia.org/wiki/Camellia_sinensis',
      },
      origin: {
        value: 'Southwestern China, where it has been drunk for more than 2,000 years',
        sourceUrl: 'https://en.wikipedia.org/wiki/History_of_tea',
      },
      caffeine: {
        value: 'Roughly 40 to 50 mg in black tea; green tea usually less',
        sourceUrl: 'https://en.wikipedia.org/wiki/Tea',
      },
      preparation: {
        value: 'Leaves or tea bags are steeped in hot water for a few minutes; matcha powder is whisked',
      },
      'main-varieties': {
        value: 'Green, black, oolong and white, distinguished mainly by how the leaves are processed',
      },
      'top-producer': {
        value: 'China, followed by India and Kenya',
        sourceUrl: 'https://en.wikipedia.org/wiki/Tea',
      },
      'known-for': {
        value: 'Being the most consumed drink after water; tea ceremonies and afternoon tea',
      },
    },
  },
  {
    slug: 'steam-engine',
    name: 'Steam Engine',
    kind: 'THING',
    description:
      'A heat engine in which steam from a separately fired boiler drives a piston. It powered the mines, mills, railways and ships of the Industrial Revolution.',
    facts: {
      invented: {
        value: "1712, Newcomen's atmospheric engine; Savery's steam pump of 1698 came first",
        sourceUrl: 'https://en.wikipedia.org/wiki/Newcomen_atmospheric_engine',
      },
      inventor: {
        value: 'Thomas Savery, Thomas Newcomen and James Watt, whose separate condenser was patented in 1769',
        sourceUrl: 'https://en.wikipedia.org/wiki/Watt_steam_engine',
      },
      origin: { value: 'England' },
      'how-it-works': {
        value: 'Steam from a boiler pushes a piston back and forth; a crank turns that motion into rotation',
        sourceUrl: 'https://en.wikipedia.org/wiki/Steam_engine',
      },
      combustion: { value: 'External: fuel burns outside the engine to boil water in a separate boiler' },
      fuel: { value: 'Mainly coal; also wood, oil or almost any source of heat that can boil water' },
      efficiency: {
        value: "About 1% for Newcomen's engine; typical steam locomotives stayed below 10%",
        sourceUrl: 'https://en.wikipedia.org/wiki/Steam_engine',
      },
      'typical-uses': { value: 'Mine pumps, textile mills, locomotives, steamships and traction engines' },
      'peak-use': { value: 'Late 18th to early 20th century' },
      'known-for': { value: 'Powering the Industrial Revolution, the first railways and steamships' },
    },
  },
  {
    slug: 'internal-combustion-engine',
    name: 'Internal Combustion Engine',
    kind: 'THING',
    description:
      "An engine that burns its fuel inside its own cylinders or combustion chamber. Developed in the late 19th century, it powers most of the world's cars, trucks, ships and aircraft.",
    facts: {
      invented: {
        value: "About 1860, Lenoir's gas engine; Otto's four-stroke engine of 1876 became the standard",
        sourceUrl: 'https://en.wikipedia.org/wiki/Internal_combustion_engine',
      },
      inventor: {
        value: 'Étienne Lenoir, Nikolaus Otto, Gottlieb Daimler, Karl Benz and Rudolf Diesel',
        sourceUrl: 'https://en.wikipedia.org/wiki/Internal_combustion_engine',
      },
      origin: { value: 'France and Germany' },
      'how-it-works': {
        value: 'Fuel and air burn inside a cylinder, and the expanding gas pushes a piston (or spins a turbine)',
        sourceUrl: 'https://en.wikipedia.org/wiki/Four-stroke_engine',
      },
      combustion: { value: "Internal: fuel burns inside the engine's own cylinders or combustion chamber" },
      fuel: { value: 'Gasoline and diesel, plus natural gas, propane, ethanol and other refined fuels' },
      efficiency: {
        value: 'Roughly 20–40% for car engines; the largest marine diesels exceed 50%',
        sourceUrl: 'https://en.wikipedia.org/wiki/Thermal_efficiency',
      },
      'typical-uses': { value: 'Cars, trucks, motorcycles, aircraft, ships, tractors and generators' },
      'peak-use': {
        value: '20th century to today; over a billion vehicles still use one as electric motors gain ground',
      },
      'known-for': {
        value: 'Powering the automobile and airplane, and a major source of air pollution and CO₂ emissions',
      },
    },
  },
];

const comparisons: SeedComparison[] = [
  {
    a: 'telegraph',
    b: 'telephone',
    summary:
      'The telegraph and the telephone both sent messages over electrical wires, and together they turned long-distance communication from a matter of days into a matter of seconds. The telegraph, developed in the late 1830s and 1840s, carried coded text that trained operators tapped out and decoded. The telephone, patented in 1876, carried the human voice itself, letting anyone hold a live conversation without learning a code, and it eventually pushed the telegram almost entirely aside.',
    introduction: `Before the electrical telegraph, a message could travel no faster than a horse, a ship or a chain of signal towers in clear weather. Within a few decades of the first practical telegraph lines, news, prices and orders were moving across continents almost instantly, and undersea cables soon linked Europe with North America.

The telephone arrived about a generation later and built directly on the telegraph's wires, companies and technical know-how. Yet it changed who could communicate, and how. This comparison looks at how each device worked, who used it, where it came from and why one largely replaced the other.`,
    sections: [
      {
        heading: 'How They Work',
        body: `Both devices depend on an electric current moving along a wire, but they use that current in very different ways. A telegraph is essentially a switch at one end and a detector at the other. When the operator presses the key, the circuit closes and a pulse of current travels down the line; at the far end, an electromagnet pulls on a metal arm that clicks against a stop or marks a strip of paper. Short and long pulses, the dots and dashes of Morse code, spell out a message one letter at a time.

A telephone sends a continuously varying current rather than simple on-off pulses. Sound waves from a speaker's voice make a thin diaphragm vibrate, and the transmitter turns those vibrations into matching changes in the current. At the other end, a second diaphragm driven by an electromagnet reproduces the vibrations as sound. Bell's first instruments were faint, but carbon transmitters developed in the late 1870s made voices much louder and clearer.

The essential difference is that the telegraph sends symbols, while the telephone sends an electrical copy of the sound itself.`,
      },
      {
        heading: 'Who Could Use Them',
        body: `Sending a telegram meant relying on specialists. Skilled operators, many of whom could read Morse code by ear at remarkable speed, worked in offices at railroad stations and in city centers. A customer wrote out a message, paid by the word and waited while a messenger delivered the printed result at the other end. That pricing explains the famously clipped style of telegrams, in which "STOP" marked the end of a sentence and every unnecessary word was cut.

The telephone took the middleman out of the message. Anyone who could speak could use it, and the exchange happened in real time, complete with tone of voice, questions and immediate answers. Switchboard operators were still needed for decades to connect calls by hand, but they did not relay the content. Automatic exchanges, beginning with the switch Almon Strowger patented in 1891, gradually removed even that step.

Because it was so easy to use, the telephone spread into ordinary homes in a way the telegraph never did. The telegraph remained mainly a tool of business, government, the press and the railroads, while the telephone became a household fixture.`,
      },
      {
        heading: 'Inventors and Rival Claims',
        body: `Neither device had a single inventor. In Britain, William Cooke and Charles Wheatstone patented a needle telegraph in 1837 and installed it along railway lines. In the United States, Samuel Morse, working with Alfred Vail and drawing on Joseph Henry's research into electromagnets, developed a simpler system and the code that bears his name. A modified version of that code became the international standard.

The telephone's origins are even more disputed. Alexander Graham Bell's patent application reached the US Patent Office on February 14, 1876, the same day Elisha Gray filed a notice describing a similar device, and the timing fueled accusations for decades. The Italian-born inventor Antonio Meucci had experimented with voice transmission years earlier but could not afford to maintain a patent caveat; in 2002 the US House of Representatives passed a resolution recognizing his work.

Bell's patents nonetheless survived hundreds of legal challenges, and the company built on them grew into the Bell System, for most of the twentieth century the dominant telephone network in the United States.`,
      },
      {
        heading: 'Rise and Decline',
        body: `The telegraph expanded rapidly after Morse's 1844 demonstration line between Washington and Baltimore. A transcontinental line crossed the United States in 1861, putting the Pony Express out of business, and a durable transatlantic cable began operating in 1866 after a short-lived attempt in 1858. Telegram traffic kept growing well into the twentieth century; Western Union alone sent more than 200 million telegrams at its peak in 1929.

The telephone grew more slowly at first but ultimately far larger. The first transcontinental call in the United States was placed in 1915, and as long-distance calls became cheaper after World War II, the telegram lost its main advantage. Telex, fax machines and finally email finished the job, and Western Union sent its last telegram in January 2006.

The telephone, by contrast, never truly declined. The number of landlines has been falling since around 2000, but the mobile phone carried the idea forward, and today billions of people carry one.`,
      },
    ],
    conclusion:
      'The telegraph and the telephone are best understood as two stages of the same revolution. The telegraph proved that electricity could carry information faster than any messenger, and it built the wires, companies and habits that made near-instant communication normal. The telephone took that foundation and made it personal, replacing coded text with the human voice and moving the network from the telegraph office into the home. One now survives mainly in history books and among Morse code hobbyists; the other lives on in nearly every pocket.',
    categories: ['technology', 'science-invention'],
    rows: ['invented', 'inventor', 'how-it-works', 'transmits', 'first-message', 'peak-use', 'known-for'],
    publishedAt: '2026-06-16',
  },
  {
    a: 'vinyl-record',
    b: 'compact-disc',
    summary:
      'Vinyl records and compact discs are both spinning discs for selling recorded music, and each defined an era of the music industry. Vinyl stores sound as an analog groove traced by a stylus and dominated from the 1950s into the 1980s. The CD, launched in 1982, stores digital data read by a laser, offering longer playing time, no surface noise and no wear from playback. CDs overtook vinyl quickly, yet vinyl has since enjoyed a remarkable revival.',
    introduction: `For most of the second half of the twentieth century, buying music meant buying a physical disc. The long-playing vinyl record, introduced in 1948, helped turn the album into an art form, while the compact disc, introduced in 1982, carried the industry into the digital age and fueled its most lucrative years.

The two formats are constantly set against each other in debates about sound, and both have since been overshadowed by downloads and streaming. Comparing them shows how differently they capture audio, how they hold up over time and why each still has devoted listeners.`,
    sections: [
      {
        heading: 'Analog Grooves and Digital Pits',
        body: `A vinyl record is a physical trace of sound. During mastering, a cutting lathe carves a single spiral groove whose walls wiggle in step with the audio waveform; in a stereo record, each wall of the V-shaped groove carries one channel. On playback, a diamond stylus rides in the groove, and the cartridge converts its tiny movements into an electrical signal that is amplified and sent to the speakers.

A compact disc stores numbers rather than shapes. The music is sampled 44,100 times per second, each sample is recorded as a 16-bit value for each stereo channel, and the resulting data is encoded as microscopic pits and flat areas along a spiral track. A laser beam shines on the spinning disc, and a sensor reads the changes in reflected light as a stream of binary data. A digital-to-analog converter then rebuilds the waveform.

Because nothing but light touches a CD, reading it causes no physical wear, and built-in error correction can fill in small gaps caused by dust, fingerprints or light scratches.`,
      },
      {
        heading: 'Sound Quality',
        body: `Few topics spark more argument among listeners. On paper, the CD has clear technical advantages: a dynamic range of roughly 96 decibels, an even frequency response up to about 20 kHz and no surface noise, clicks or pops. Vinyl's dynamic range is narrower, its sound can change between the outer edge and the inner grooves, and deep bass or loud high frequencies sometimes have to be tamed so the stylus can stay in the groove.

Many listeners nonetheless prefer vinyl, describing it as warmer or more natural. Part of that impression comes from the format's own coloration and mild distortion, which some people find pleasing, and part comes from mastering. During the "loudness war" of the late 1990s and 2000s, many CDs were mastered with heavy compression to sound as loud as possible, while vinyl editions of the same albums were often prepared differently.

In short, the CD is the more accurate format, while vinyl offers a distinctive character that many people enjoy. Which one sounds better in practice depends on the recording, the equipment and the listener.`,
      },
      {
        heading: 'Playing Time, Size and Durability',
        body: `A standard 12-inch LP holds about 20 to 25 minutes of music per side, so listeners must flip the record partway through an album. Longer sides are possible, but only by narrowing the grooves and lowering the volume. A 7-inch single spinning at 45 rpm holds just a few minutes per side. A 120-millimeter CD, by contrast, plays up to 74 minutes without interruption, later stretched to about 80, which encouraged longer albums and bonus tracks.

Durability cuts both ways:

- **Vinyl** wears slightly each time it is played, attracts dust and static, and can warp in heat; a deep scratch causes a repeating click or a skip. Stored carefully, though, records last for generations.
- **CDs** do not wear from playback and shrug off minor scuffs, but deep scratches, especially on the thin label side, can damage the reflective layer, and poorly made discs can suffer "disc rot" as that layer corrodes.

Portability also favored the CD, which fit into pocket-sized players and car stereos far more comfortably than a spinning record with a stylus ever could.`,
      },
      {
        heading: 'Market History and Revival',
        body: `Vinyl dominated recorded music from the 1950s into the 1980s, with sales peaking in the late 1970s. The cassette, which was portable and could be recorded at home, overtook it in the early 1980s, and the compact disc did the rest. By the early 1990s, most major retailers had stopped stocking new LPs.

The CD's rise was swift. Launched in Japan in 1982 and in Europe and North America the following year, it was outselling vinyl in the United States by 1988 and drove music industry revenue to an all-time high around 2000, as many buyers replaced their old collections on the new format. File sharing, digital downloads and then streaming steadily eroded CD sales after that.

Vinyl, meanwhile, staged an unlikely comeback. Sales began climbing again in the late 2000s, and in the United States vinyl revenue passed that of CDs in 2020, with vinyl unit sales following in 2022. Much of the appeal is tangible: large cover art, liner notes and the ritual of playing an album from start to finish.`,
      },
    ],
    conclusion:
      "Vinyl records and compact discs embody two different ways of storing sound: one carves the wave itself into plastic, while the other reduces it to numbers. The CD won on convenience, accuracy and durability and powered the industry's peak years, while vinyl lost the mass market but kept a physical appeal the CD never fully matched. Now that most listening happens through streaming, both survive mainly as objects people choose to own, and, unexpectedly, vinyl is the one that is growing.",
    categories: ['technology'],
    rows: [
      'invented',
      'inventor',
      'how-it-works',
      'format-size',
      'sound-quality',
      'capacity',
      'durability',
      'peak-use',
      'known-for',
    ],
    publishedAt: '2026-07-23',
  },
  {
    a: 'coffee',
    b: 'tea',
    summary:
      'Coffee and tea are the two most popular hot drinks in the world, both brewed from plants with hot water and both prized for their caffeine. Coffee is made from the roasted seeds of the Coffea plant, which originated in Ethiopia, and a cup usually holds about twice as much caffeine. Tea is made from the leaves of Camellia sinensis, first drunk in China, and comes in many styles, from green to black, shaped by how the leaves are processed.',
    introduction: `Every day, people around the world drink billions of cups of coffee and tea. Both drinks began as regional customs, spread along trade routes and through colonial empires, and became fixtures of daily routines, social rituals and national identity.

Despite their shared role as everyday stimulants, coffee and tea differ in almost every detail: the part of the plant that is used, how it is processed and brewed, how much caffeine ends up in the cup and the cultures that have grown up around each drink.`,
    sections: [
      {
        heading: 'From Plant to Cup',
        body: `Coffee comes from the seeds of shrubs and small trees in the genus *Coffea*. The fruit, known as the coffee cherry, usually contains two seeds, which are removed, dried and then roasted to develop their aroma and flavor. Two species dominate the market: arabica, valued for its more complex, aromatic taste, and robusta, a hardier plant with a harsher flavor and more caffeine. Arabica makes up roughly 60 percent of world production.

Tea comes from the leaves and buds of a single species, *Camellia sinensis*, and its many varieties result mostly from processing rather than from different plants. The key variable is how far the leaves are allowed to oxidize after picking:

- **Green tea** is heated soon after picking to prevent oxidation.
- **Oolong** is partly oxidized.
- **Black tea** is fully oxidized, giving it a darker color and stronger flavor.
- **White tea** is minimally processed, often from young buds.

Herbal infusions such as chamomile or rooibos are commonly called tea, but they contain no tea leaves at all.`,
      },
      {
        heading: 'Origins and Spread',
        body: `Tea has by far the longer history. Chinese legend credits its discovery to the mythical ruler Shennong nearly 5,000 years ago, and archaeological finds show that tea was being consumed in China more than 2,000 years ago. It reached Japan and Korea with Buddhist monks, arrived in Europe with Dutch and Portuguese traders in the early 1600s and became Britain's national drink over the following century. In the 1800s the British planted vast estates in India and Ceylon, now Sri Lanka, to break China's near monopoly.

Coffee's story begins in the highlands of Ethiopia, where the plant grows wild. The earliest reliable evidence of coffee drinking comes from Sufi communities in Yemen in the fifteenth century, where the brew helped worshippers stay alert during nighttime devotions. Coffeehouses spread across the Ottoman Empire and reached Europe in the 1600s, becoming hubs of business, news and debate. European powers later planted coffee throughout their tropical colonies, and in the nineteenth century Brazil became the world's largest producer, a position it still holds.`,
      },
      {
        heading: 'Caffeine and Health',
        body: `An 8-ounce (240 ml) cup of brewed coffee typically contains about 95 milligrams of caffeine, although the figure varies widely with the beans, the roast and the brewing method. The same size cup of black tea usually contains roughly 40 to 50 milligrams, and green tea often less. A single shot of espresso holds about 60 to 65 milligrams in a much smaller volume. Tea also contains L-theanine, an amino acid that some researchers think softens the jittery edge of caffeine.

Both drinks are rich in plant compounds called polyphenols, and large observational studies have linked moderate consumption of either one to lower risks of several conditions, including type 2 diabetes and heart disease. Such studies cannot prove cause and effect, however, and generous amounts of sugar or cream change the picture. Health authorities generally consider up to about 400 milligrams of caffeine a day safe for most healthy adults, or roughly four cups of coffee or eight cups of black tea.`,
      },
      {
        heading: 'Preparation and Culture',
        body: `Making coffee centers on grinding roasted beans and extracting their flavor with hot water. Methods range from drip machines and French presses to pressurized espresso, the base of cappuccinos and lattes, and Turkish coffee, which is simmered with very fine grounds that settle in the cup. Tea is usually simpler: loose leaves or a tea bag are steeped in hot water for a few minutes, with cooler water and shorter times for delicate green teas. Japanese matcha is an exception, since the powdered leaf is whisked into water and consumed whole.

Each drink has shaped social life. The coffeehouse became a gathering place for merchants, writers and political radicals, a role today's cafés still play. Tea inspired the formal Japanese tea ceremony, the Chinese gongfu tradition, British afternoon tea and the spiced milk tea known as chai in India. Geography still divides drinkers: coffee dominates in much of Europe and the Americas, while tea leads in China, India, Britain and Turkey.`,
      },
    ],
    conclusion:
      "Coffee and tea fill similar places in daily life, offering warmth, a dose of caffeine and a reason to pause, but they come from different plants, different histories and different traditions. Coffee is typically stronger and bolder, and it is closely tied to the bustle of cafés and commerce; tea is gentler in caffeine, more varied in style and older by many centuries. Many people happily drink both, and neither shows any sign of losing its place in the world's cups.",
    categories: ['food-drink'],
    rows: ['source-plant', 'origin', 'caffeine', 'preparation', 'main-varieties', 'top-producer', 'known-for'],
    publishedAt: '2026-09-09',
  },
  {
    a: 'steam-engine',
    b: 'internal-combustion-engine',
    summary:
      'Steam engines and internal combustion engines are both heat engines that turn the energy in fuel into motion, usually by driving pistons. The difference lies in where the fuel burns. A steam engine burns coal or another fuel outside the engine to boil water, and the steam does the work. An internal combustion engine burns fuel inside its own cylinders, making it lighter and more efficient. Steam powered the Industrial Revolution; internal combustion powered the twentieth century.',
    introduction: `Few machines have reshaped the world as thoroughly as these two engines. The steam engine freed industry from its dependence on water wheels, wind and muscle, drove the factories of the Industrial Revolution and made railways and ocean-going steamships possible.

The internal combustion engine, developed in the second half of the nineteenth century, packed that power into a far smaller machine. It made the automobile, the airplane and the farm tractor practical, and it still moves most of the world's vehicles, even as concerns about emissions push a shift toward electric motors.`,
    sections: [
      {
        heading: 'External vs. Internal Combustion',
        body: `The key distinction is built into the names. In a steam engine, fuel burns in a firebox, and the heat boils water in a separate boiler. The pressurized steam is then piped into a cylinder, where it pushes a piston back and forth, and a connecting rod and crank turn that motion into rotation. Because the fire and the working fluid are kept apart, the steam engine is classed as an external combustion engine.

In an internal combustion engine, the fuel burns inside the cylinder itself. In the common four-stroke cycle, the piston draws in air and fuel, compresses the mixture, is driven down when the mixture burns and then pushes out the exhaust. Gasoline engines ignite the charge with a spark plug, while diesel engines squeeze the air until it is hot enough to ignite fuel sprayed into it. Jet engines and gas turbines are internal combustion engines too, although they use spinning turbines instead of pistons.

Doing away with the boiler is what makes internal combustion engines so compact. There is no large vessel of water to heat before starting, and no need to carry water along with the fuel.`,
      },
      {
        heading: 'Invention and Development',
        body: `The steam engine came first, driven by the need to pump water out of mines. Thomas Savery patented a steam-powered pump in 1698, and in 1712 Thomas Newcomen built the first commercially successful engine, which relied on atmospheric pressure pushing a piston down after steam condensed beneath it. James Watt's separate condenser, patented in 1769, cut fuel use dramatically, and his later improvements produced the rotary motion needed to drive factory machinery. High-pressure engines, pioneered by Richard Trevithick and others in the early 1800s, made steam locomotives practical.

The internal combustion engine followed well over a century later. Étienne Lenoir sold the first commercially successful internal combustion engine, which ran on coal gas, around 1860. Nikolaus Otto's four-stroke engine of 1876 set the pattern for most engines since, and Gottlieb Daimler, Wilhelm Maybach and Karl Benz adapted the design to run on gasoline and power road vehicles; Benz's Patent-Motorwagen of 1886 is widely regarded as the first practical automobile. Rudolf Diesel patented his compression-ignition engine in the early 1890s and demonstrated a working version in 1897.`,
      },
      {
        heading: 'Efficiency, Power and Fuel',
        body: `Early steam engines were extraordinarily wasteful. Newcomen's engine turned only about 1 percent of the energy in its coal into useful work, and even Watt's improved designs managed just a few percent. Later compound and high-pressure engines did better, but a typical steam locomotive still converted less than 10 percent of its fuel's energy into motion. Steam plants are also heavy, since the boiler, water and fuel add a great deal of weight for every unit of power.

Internal combustion engines are considerably more efficient. A modern car engine converts roughly 20 to 40 percent of its fuel's energy into work, depending on design and driving conditions, and the largest marine diesel engines exceed 50 percent. Their high power-to-weight ratio is what made the airplane practical.

Steam does hold one notable advantage: flexibility of fuel. Because it needs only a source of heat, a steam engine can burn coal, wood, oil, straw or almost anything combustible. Internal combustion engines require carefully refined fuels such as gasoline, diesel or natural gas, although many can be adapted to biofuels.`,
      },
      {
        heading: 'Legacy and Decline',
        body: `Steam dominated industry and transportation through the nineteenth century and into the twentieth. Steam locomotives gave way to diesel and electric trains from the 1930s onward, and most major railways had retired them by the 1960s, although China kept building them until the late 1980s. Ships made a similar transition, moving from piston steam engines to steam turbines and then largely to diesels.

Steam itself did not disappear, however. Steam turbines, successors to the piston engine, still generate a large share of the world's electricity in coal, nuclear and many gas-fired power plants.

The internal combustion engine, meanwhile, became the defining machine of the twentieth century, powering well over a billion vehicles along with aircraft, ships and generators. Its exhaust is also a major source of air pollution and carbon dioxide, and many governments now plan to phase out sales of new gasoline and diesel cars in favor of electric vehicles.`,
      },
    ],
    conclusion:
      'The steam engine and the internal combustion engine mark two great stages of mechanization. Steam showed that burning fuel could replace human and animal muscle on an industrial scale, transforming mines, mills, railways and shipping. Internal combustion made that power lighter, more efficient and more personal, putting engines into cars, tractors and airplanes. Each reshaped the economy and the landscape in turn, and each has met a successor: steam gave way to internal combustion and electricity, and internal combustion now faces the rise of the battery.',
    categories: ['technology', 'science-invention'],
    rows: [
      'invented',
      'inventor',
      'how-it-works',
      'combustion',
      'fuel',
      'efficiency',
      'typical-uses',
      'peak-use',
      'known-for',
    ],
    publishedAt: '2026-10-28',
  },
];

export const things: SeedBundle = { attributes, figures, comparisons };
