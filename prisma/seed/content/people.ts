import type { SeedBundle, SeedAttribute, SeedFigure, SeedComparison } from '../types';

/** Joins paragraphs into a Markdown body (blank line between paragraphs). */
const md = (...paragraphs: string[]): string => paragraphs.join('\n\n');

/** Builds an English Wikipedia article URL. */
const wiki = (title: string): string => `https://en.wikipedia.org/wiki/${title}`;

// ---------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------

const attributes: SeedAttribute[] = [
  // Shared biographical attributes
  {
    slug: 'born',
    label: 'Born',
    description: 'Date and place of birth.',
  },
  {
    slug: 'died',
    label: 'Died',
    description: 'Date and place of death.',
  },
  {
    slug: 'nationality',
    label: 'Nationality',
    description: 'The nationality or citizenship the person held during their life.',
  },
  {
    slug: 'known-for',
    label: 'Known For',
    description: 'What the figure is best known for.',
  },
  {
    slug: 'field',
    label: 'Field',
    description: 'The main area of science, scholarship or work the person pursued.',
  },
  {
    slug: 'education',
    label: 'Education',
    description: 'Formal schooling, degrees and the institutions where they were earned.',
  },
  {
    slug: 'notable-awards',
    label: 'Notable Awards',
    description: 'Major prizes, medals and honors received.',
  },

  // Soviet leaders
  {
    slug: 'birth-name',
    label: 'Birth Name',
    description: 'The name the person was given at birth, before any pseudonym or adopted name.',
  },
  {
    slug: 'years-in-power',
    label: 'Years in Power',
    description: 'The period during which the person led the state.',
  },
  {
    slug: 'key-offices',
    label: 'Key Offices',
    description: 'The most important government or party posts the person held, with dates.',
  },
  {
    slug: 'role-in-russian-revolution',
    label: 'Role in Russian Revolution',
    description: 'The part the person played in the Bolshevik seizure of power and the new Soviet state.',
  },
  {
    slug: 'political-ideology',
    label: 'Political Ideology',
    description: 'The body of political ideas the person developed or is associated with.',
  },
  {
    slug: 'economic-policies',
    label: 'Economic Policies',
    description: 'The main economic measures the person introduced or advocated.',
  },
  {
    slug: 'foreign-policy',
    label: 'Foreign Policy',
    description: "The person's approach to relations with other countries and to international revolution.",
  },
  {
    slug: 'personality-cult',
    label: 'Personality Cult',
    description: 'The extent to which the person was glorified by official propaganda.',
  },
  {
    slug: 'political-repression',
    label: 'Political Repression',
    description: 'The use of state violence and persecution against real or perceived opponents.',
  },
  {
    slug: 'legacy',
    label: 'Legacy',
    description: 'How the person is remembered and the lasting effects of their actions.',
  },

  // Physicists
  {
    slug: 'theory-of-gravity',
    label: 'Theory of Gravity',
    description: 'How the scientist explained the nature of gravitation.',
  },
  {
    slug: 'major-works',
    label: 'Major Works',
    description: 'The most influential books or papers the person published.',
  },

  // Inventors
  {
    slug: 'current-system',
    label: 'Current System Championed',
    description: 'The form of electric current the inventor promoted for power distribution.',
  },
  {
    slug: 'patents',
    label: 'Patents',
    description: 'The approximate number of patents granted to the inventor.',
  },
  {
    slug: 'approach-to-invention',
    label: 'Approach to Invention',
    description: 'How the inventor typically developed ideas into working devices.',
  },

  // Experimental scientists
  {
    slug: 'main-techniques',
    label: 'Main Techniques',
    description: 'The principal experimental methods the scientist used in their research.',
  },
];

// ---------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------

const figures: SeedFigure[] = [
  {
    slug: 'lenin',
    name: 'Lenin',
    kind: 'PERSON',
    description:
      'Russian revolutionary and Marxist theorist who led the Bolshevik seizure of power in October 1917. He headed the Soviet government from 1917 until his death in 1924.',
    facts: {
      'birth-name': { value: 'Vladimir Ilyich Ulyanov', sourceUrl: wiki('Vladimir_Lenin') },
      born: {
        value: '22 April 1870, Simbirsk, Russian Empire',
        sourceUrl: wiki('Vladimir_Lenin'),
        note: '10 April 1870 in the Julian (Old Style) calendar then used in Russia.',
      },
      died: { value: '21 January 1924, Gorki, near Moscow, Soviet Union', sourceUrl: wiki('Vladimir_Lenin') },
      nationality: { value: 'Russian' },
      'known-for': {
        value: 'Leading the Bolsheviks to power in 1917 and founding the Soviet state',
        sourceUrl: wiki('Vladimir_Lenin'),
      },
      'key-offices': { value: "Chairman of the Council of People's Commissars (1917-1924)" },
      'years-in-power': { value: '1917-1924' },
      'role-in-russian-revolution': { value: 'Leader of Bolshevik Party, led October Revolution' },
      'political-ideology': { value: 'Marxism-Leninism' },
      'economic-policies': {
        value: 'New Economic Policy (NEP), state-controlled economy',
        sourceUrl: wiki('New_Economic_Policy'),
      },
      'foreign-policy': {
        value: 'Advocated for world revolution, supported international communist movements',
      },
      'personality-cult': { value: 'Not as prominent during his lifetime' },
      'political-repression': {
        value: 'Red Terror, suppression of political opponents',
        sourceUrl: wiki('Red_Terror'),
      },
      legacy: {
        value: 'Considered the founder of the Soviet Union, influential Marxist thinker',
      },
    },
  },
  {
    slug: 'stalin',
    name: 'Stalin',
    kind: 'PERSON',
    description:
      'Georgian-born Bolshevik who rose to lead the Soviet Union from the mid-1920s until his death in 1953. His rule combined forced industrialization with repression on a massive scale.',
    facts: {
      'birth-name': { value: 'Joseph Vissarionovich Dzhugashvili', sourceUrl: wiki('Joseph_Stalin') },
      born: {
        value: '18 December 1878, Gori, Russian Empire (now Georgia)',
        sourceUrl: wiki('Joseph_Stalin'),
        note: '6 December 1878 (Old Style). Stalin later gave his birth date as 21 December 1879.',
      },
      died: {
        value: '5 March 1953, Kuntsevo Dacha, near Moscow, Soviet Union',
        sourceUrl: wiki('Joseph_Stalin'),
      },
      nationality: { value: 'Georgian by birth; Soviet' },
      'known-for': {
        value: 'Ruling the USSR for three decades: Five-Year Plans, the Great Purge and victory in World War II',
        sourceUrl: wiki('Joseph_Stalin'),
      },
      'key-offices': {
        value: 'General Secretary of the Communist Party (1922-1952); head of government (1941-1953)',
      },
      'years-in-power': { value: '1924-1953' },
      'role-in-russian-revolution': {
        value: "General Secretary of the Communist Party, consolidated power after Lenin's death",
      },
      'political-ideology': { value: 'Stalinism', sourceUrl: wiki('Stalinism') },
      'economic-policies': {
        value: 'Five-Year Plans, rapid industrialization, collectivization of agriculture',
        sourceUrl: wiki('Five-year_plans_of_the_Soviet_Union'),
      },
      'foreign-policy': {
        value: 'Implemented socialist policies in Eastern Europe, established Soviet satellite states',
      },
      'personality-cult': {
        value: 'Extensive personality cult, portrayed as a strong leader',
        sourceUrl: wiki('Stalin%27s_cult_of_personality'),
      },
      'political-repression': {
        value: 'Great Purge, widespread political repression, mass executions',
        sourceUrl: wiki('Great_Purge'),
      },
      legacy: {
        value:
          'Controversial figure, responsible for millions of deaths, industrialization and modernization of USSR',
      },
    },
  },
  {
    slug: 'trotsky',
    name: 'Trotsky',
    kind: 'PERSON',
    description:
      'Russian revolutionary who organized the October Revolution in Petrograd and founded the Red Army. After losing the power struggle to Stalin he was exiled and murdered in Mexico in 1940.',
    facts: {
      'birth-name': { value: 'Lev Davidovich Bronstein', sourceUrl: wiki('Leon_Trotsky') },
      born: {
        value: '7 November 1879, Yanovka, Kherson Governorate, Russian Empire (now Ukraine)',
        sourceUrl: wiki('Leon_Trotsky'),
        note: '26 October 1879 (Old Style).',
      },
      died: {
        value: '21 August 1940, Coyoacán, Mexico City, Mexico; killed by an NKVD agent',
        sourceUrl: wiki('Assassination_of_Leon_Trotsky'),
        note: 'Attacked with an ice axe by Ramón Mercader on 20 August; died the following day.',
      },
      nationality: { value: 'Russian (born in present-day Ukraine); deprived of Soviet citizenship in 1932' },
      'known-for': {
        value: 'Organizing the October Revolution, founding the Red Army, theory of permanent revolution',
        sourceUrl: wiki('Leon_Trotsky'),
      },
      'key-offices': {
        value:
          "Chairman of Petrograd Soviet (1917); Commissar for Foreign Affairs (1917-1918), for War (1918-1925)",
      },
      'role-in-russian-revolution': {
        value: 'Chaired the Petrograd Soviet and its Military Revolutionary Committee; organized the October rising',
      },
      'political-ideology': {
        value: 'Marxism with the theory of permanent revolution (later called Trotskyism)',
        sourceUrl: wiki('Permanent_revolution'),
      },
      'economic-policies': {
        value: 'Urged faster industrialization and central planning in the 1920s (Left Opposition)',
        sourceUrl: wiki('Left_Opposition'),
      },
      'foreign-policy': {
        value: 'World revolution; opposed "socialism in one country"; founded the Fourth International (1938)',
        sourceUrl: wiki('Fourth_International'),
      },
      'political-repression': {
        value: 'Defended the Red Terror and imposed harsh discipline in the Red Army during the civil war',
      },
      legacy: {
        value: 'Inspired Trotskyist movements worldwide; leading Marxist critic of Stalinism; erased from Soviet history',
      },
    },
  },
  {
    slug: 'newton',
    name: 'Isaac Newton',
    kind: 'PERSON',
    description:
      'English mathematician and physicist whose laws of motion and universal gravitation laid the foundations of classical mechanics. He also developed calculus and made major discoveries in optics.',
    facts: {
      born: {
        value: '25 December 1642, Woolsthorpe, Lincolnshire, England',
        sourceUrl: wiki('Isaac_Newton'),
        note: 'Julian (Old Style) date; 4 January 1643 in the Gregorian calendar.',
      },
      died: {
        value: '20 March 1727, Kensington, Middlesex, Great Britain',
        sourceUrl: wiki('Isaac_Newton'),
        note: 'Julian (Old Style) date; 31 March 1727 in the Gregorian calendar.',
      },
      nationality: { value: 'English' },
      field: { value: 'Physics, mathematics, astronomy and optics' },
      education: { value: 'Trinity College, Cambridge (BA 1665, MA 1668)', sourceUrl: wiki('Isaac_Newton') },
      'known-for': {
        value: 'Laws of motion, universal gravitation, calculus, theory of color, reflecting telescope',
      },
      'theory-of-gravity': {
        value: 'Universal gravitation: a force between masses that weakens with the square of the distance',
        sourceUrl: wiki('Newton%27s_law_of_universal_gravitation'),
      },
      'major-works': {
        value: 'Philosophiæ Naturalis Principia Mathematica (1687); Opticks (1704)',
        sourceUrl: wiki('Philosophi%C3%A6_Naturalis_Principia_Mathematica'),
      },
      'notable-awards': { value: 'Knighted (1705); President of the Royal Society (1703-1727)' },
    },
  },
  {
    slug: 'einstein',
    name: 'Albert Einstein',
    kind: 'PERSON',
    description:
      'German-born theoretical physicist who developed the special and general theories of relativity. He received the 1921 Nobel Prize in Physics for his explanation of the photoelectric effect.',
    facts: {
      born: {
        value: '14 March 1879, Ulm, Kingdom of Württemberg, German Empire',
        sourceUrl: wiki('Albert_Einstein'),
      },
      died: { value: '18 April 1955, Princeton, New Jersey, United States', sourceUrl: wiki('Albert_Einstein') },
      nationality: { value: 'German-born; later Swiss (1901) and American (1940) citizen' },
      field: { value: 'Theoretical physics' },
      education: {
        value: 'ETH Zurich (teaching diploma, 1900); PhD, University of Zurich (1905)',
        sourceUrl: wiki('Albert_Einstein'),
      },
      'known-for': {
        value: 'Special and general relativity, E = mc², explanation of the photoelectric effect',
      },
      'theory-of-gravity': {
        value: 'General relativity: gravity as the curvature of spacetime by mass and energy',
        sourceUrl: wiki('General_relativity'),
      },
      'major-works': {
        value: 'The 1905 "miracle year" papers; general theory of relativity (1915)',
        sourceUrl: wiki('Annus_mirabilis_papers'),
      },
      'notable-awards': {
        value: 'Nobel Prize in Physics (1921); Copley Medal (1925); Max Planck Medal (1929)',
        sourceUrl: 'https://www.nobelprize.org/prizes/physics/1921/einstein/facts/',
      },
    },
  },
  {
    slug: 'tesla',
    name: 'Nikola Tesla',
    kind: 'PERSON',
    description:
      'Serbian-American inventor and electrical engineer best known for the alternating current (AC) induction motor and the polyphase power system that underlies modern electricity grids.',
    facts: {
      born: {
        value: '10 July 1856, Smiljan, Austrian Empire (now Croatia)',
        sourceUrl: wiki('Nikola_Tesla'),
        note: '28 June 1856 in the Julian (Old Style) calendar.',
      },
      died: { value: '7 January 1943, New York City, United States', sourceUrl: wiki('Nikola_Tesla') },
      nationality: { value: 'Ethnic Serb born in the Austrian Empire; naturalized US citizen (1891)' },
      field: { value: 'Electrical and mechanical engineering' },
      education: { value: 'Studied engineering at the Polytechnic in Graz; left without a degree' },
      'known-for': { value: 'AC induction motor, polyphase AC power system, Tesla coil' },
      'current-system': {
        value: 'Alternating current (AC), using his polyphase system',
        sourceUrl: wiki('War_of_the_currents'),
      },
      patents: { value: 'About 300 worldwide, including roughly 112 in the United States' },
      'approach-to-invention': {
        value: 'Largely solitary and theory-driven; designed machines in his head; licensed patents to Westinghouse',
      },
      'notable-awards': {
        value: 'AIEE Edison Medal (1916); the SI unit of magnetic flux density, the tesla, is named after him',
      },
    },
  },
  {
    slug: 'edison',
    name: 'Thomas Edison',
    kind: 'PERSON',
    description:
      'American inventor and businessman behind the phonograph, a commercially practical electric light and one of the first industrial research laboratories.',
    facts: {
      born: { value: '11 February 1847, Milan, Ohio, United States', sourceUrl: wiki('Thomas_Edison') },
      died: {
        value: '18 October 1931, West Orange, New Jersey, United States',
        sourceUrl: wiki('Thomas_Edison'),
      },
      nationality: { value: 'American' },
      field: { value: 'Invention and business: electric power, lighting, sound recording and film' },
      education: { value: 'A few months of formal schooling; mostly taught at home by his mother' },
      'known-for': {
        value: 'Phonograph, long-lasting incandescent light bulb, Pearl Street power station (1882)',
      },
      'current-system': { value: 'Direct current (DC)', sourceUrl: wiki('War_of_the_currents') },
      patents: { value: '1,093 US patents, plus many more abroad', sourceUrl: wiki('Thomas_Edison') },
      'approach-to-invention': {
        value: 'Team-based industrial research at Menlo Park and West Orange, focused on marketable products',
      },
      'notable-awards': { value: 'Congressional Gold Medal (1928); French Legion of Honor' },
    },
  },
  {
    slug: 'marie-curie',
    name: 'Marie Curie',
    kind: 'PERSON',
    description:
      'Polish-born French physicist and chemist who pioneered the study of radioactivity and discovered polonium and radium. She was the first woman to win a Nobel Prize and the only person to win in two different sciences.',
    facts: {
      born: {
        value: '7 November 1867, Warsaw, Congress Poland, Russian Empire',
        sourceUrl: wiki('Marie_Curie'),
      },
      died: {
        value: '4 July 1934, Passy, Haute-Savoie, France',
        sourceUrl: wiki('Marie_Curie'),
        note: 'Died of aplastic anemia, widely attributed to long exposure to radiation.',
      },
      nationality: { value: 'Polish; also French through her 1895 marriage to Pierre Curie' },
      field: { value: 'Physics and chemistry' },
      education: {
        value: 'University of Paris: degrees in physics (1893) and mathematics (1894); doctorate (1903)',
        sourceUrl: wiki('Marie_Curie'),
      },
      'known-for': { value: 'Pioneering research on radioactivity; discovery of polonium and radium' },
      'main-techniques': {
        value: 'Electrometer measurements of radiation; chemical separation of elements from pitchblende',
      },
      'notable-awards': {
        value: 'Nobel Prize in Physics (1903, shared); Nobel Prize in Chemistry (1911); Davy Medal (1903)',
        sourceUrl: 'https://www.nobelprize.org/prizes/chemistry/1911/marie-curie/facts/',
      },
    },
  },
  {
    slug: 'rosalind-franklin',
    name: 'Rosalind Franklin',
    kind: 'PERSON',
    description:
      'British chemist and X-ray crystallographer whose images and measurements were key to discovering the double-helix structure of DNA. She also did important work on coal, graphite and viruses.',
    facts: {
      born: { value: '25 July 1920, Notting Hill, London, England', sourceUrl: wiki('Rosalind_Franklin') },
      died: {
        value: '16 April 1958, Chelsea, London, England',
        sourceUrl: wiki('Rosalind_Franklin'),
        note: 'Died of ovarian cancer at the age of 37.',
      },
      nationality: { value: 'British' },
      field: { value: 'Physical chemistry and X-ray crystallography' },
      education: {
        value: 'Newnham College, Cambridge; PhD, University of Cambridge (1945)',
        sourceUrl: wiki('Rosalind_Franklin'),
      },
      'known-for': {
        value: 'X-ray images of DNA, including Photo 51; structures of coal and viruses',
        sourceUrl: wiki('Photo_51'),
      },
      'main-techniques': { value: 'X-ray diffraction and crystallography of fibers and crystals' },
      'notable-awards': {
        value: 'Few formal honors in her lifetime; died before the 1962 Nobel Prize for the structure of DNA',
        note: 'Nobel Prizes are not awarded posthumously. She has received many posthumous honors.',
      },
    },
  },
];

// ---------------------------------------------------------------------------
// Comparisons
// ---------------------------------------------------------------------------

const leninVsStalin: SeedComparison = {
  a: 'lenin',
  b: 'stalin',
  categories: ['history-politics'],
  publishedAt: '2026-06-04',
  rows: [
    'birth-name',
    'years-in-power',
    'role-in-russian-revolution',
    'political-ideology',
    'economic-policies',
    'foreign-policy',
    'personality-cult',
    'political-repression',
    'legacy',
  ],
  summary:
    'Lenin and Stalin were the first two leaders of the Soviet Union, and both were committed Bolsheviks who used a one-party state to pursue a communist society. Lenin led the October Revolution of 1917, founded the Soviet state and governed for less than seven years, at one point retreating to limited markets. Stalin ruled for nearly three decades, forced through collectivization and industrialization, built an extensive personality cult and presided over repression on a far greater scale.',
  introduction: md(
    `Vladimir Lenin and Joseph Stalin are often named in the same breath, and for good reason: Stalin rose through the party Lenin built, presented himself as Lenin's faithful heir and governed under the banner of "Marxism-Leninism." Yet the two men came to power in very different ways and left very different marks on the country they ruled.`,
    `Lenin was a theorist and revolutionary organizer who spent years in exile before returning to Russia in 1917 and leading the Bolsheviks to power. Stalin, a Georgian-born party operative, gained influence more quietly through the party apparatus and, after Lenin's death in 1924, outmaneuvered his rivals to become the unchallenged ruler of the Soviet Union until 1953. Comparing them shows how much of the Soviet system was inherited and how much was Stalin's own creation, a question historians still debate.`,
  ),
  sections: [
    {
      heading: 'Leadership Style',
      body: md(
        `Lenin led above all through argument. He wrote prolifically, fought bitter debates inside the party and often prevailed by persuasion or by threatening to resign, as he did over the Treaty of Brest-Litovsk in 1918. He was ruthless toward opponents outside the party, but within the Bolshevik leadership disagreement was still voiced openly during his lifetime. Colleagues who had defied him, such as Grigory Zinoviev and Lev Kamenev, who opposed the October insurrection, kept senior posts.`,
        `Stalin's style was built on control of the party machine. As General Secretary from 1922 he oversaw appointments, which allowed him to fill key positions with loyal supporters. Over the following years he defeated first the Left Opposition and then the Right, and by the mid-1930s open dissent within the leadership had become dangerous. Decisions increasingly flowed from Stalin personally, and he was celebrated in art, the press and schoolbooks as a near-infallible leader.`,
        `The contrast is partly one of circumstance. Lenin governed during revolution and civil war and was largely incapacitated by strokes from 1922, while Stalin held power for almost thirty years. In the notes known as his Testament, Lenin warned that Stalin had concentrated enormous authority in his hands and proposed removing him as General Secretary, advice the party did not act on.`,
      ),
    },
    {
      heading: 'Economic Policies',
      body: md(
        `Both leaders aimed at a socialist economy owned and directed by the state, but they moved toward it at very different speeds. During the civil war, Lenin's government imposed **War Communism**: nationalization of industry, forced requisitioning of grain from peasants and a near ban on private trade. The result was economic collapse, famine and, in 1921, the Kronstadt rebellion. Lenin responded with the **New Economic Policy (NEP)**, which replaced requisitioning with a tax in kind and permitted small private businesses and markets, while the state kept the "commanding heights" of heavy industry, banking and foreign trade.`,
        `Stalin abandoned the NEP in the late 1920s. The first Five-Year Plan, launched in 1928, set enormous targets for steel, coal, machinery and electricity, and the state forced peasants into collective farms. Families labeled as kulaks were dispossessed, deported or killed. Industrial output grew dramatically, but collectivization disrupted farming and contributed to the famine of 1932–1933, which killed millions of people, particularly in Ukraine and Kazakhstan.`,
        `Historians disagree about whether Stalin's course betrayed Lenin's NEP or pursued Bolshevik goals by harsher means. Lenin described the NEP as a policy meant to last "seriously and for a long time" but not forever, so both readings can find support in his words.`,
      ),
    },
    {
      heading: 'Impact on the Soviet Union',
      body: md(
        `Lenin's most lasting achievement was the state itself. Under his leadership the Bolsheviks seized power, won the civil war, created a one-party system backed by the Cheka secret police and, in December 1922, formally established the Union of Soviet Socialist Republics. His writings became the official doctrine of Soviet communism, and after his death his embalmed body was put on display in a mausoleum on Red Square.`,
        `Stalin reshaped that state into a centralized industrial power. Under his rule the Soviet Union built heavy industry at great speed, withstood the German invasion of 1941, played a decisive role in defeating Nazi Germany and then extended its control over much of Eastern Europe. The human cost was immense: the famine of the early 1930s, the Great Purge, the Gulag labor camps and the deportation of entire nationalities together caused millions of deaths.`,
        `Three years after Stalin's death, Nikita Khrushchev denounced his crimes and personality cult in the 1956 "Secret Speech," holding up Lenin as the model Stalin had betrayed. Official and popular views of both men have shifted repeatedly since then, and opinion about them in Russia today remains sharply divided.`,
      ),
    },
    {
      heading: 'Repression and Terror',
      body: md(
        `Political violence was part of Soviet rule from the start. Lenin's government created the Cheka in December 1917, closed opposition newspapers and dispersed the elected Constituent Assembly in January 1918. After an assassination attempt on Lenin in August 1918, it proclaimed the Red Terror against "class enemies." Estimates of the number executed vary widely but run to at least tens of thousands, and rival socialist parties were gradually suppressed. In 1921 the party also banned organized factions within its own ranks.`,
        `Stalin inherited these tools and used them on a vastly larger scale, including against the Communist Party itself. During the Great Purge of 1936–1938, Soviet police records show roughly 680,000 executions in 1937 and 1938 alone, and many more people were sent to labor camps. Former leaders such as Zinoviev, Kamenev and Nikolai Bukharin were convicted in public show trials and shot, and the purges hit the Red Army's officer corps hard on the eve of war.`,
        `Scholars continue to debate how far Stalin's terror grew out of Lenin's methods. Some stress the continuity of one-party rule and secret police; others emphasize that Lenin never turned terror against the party's own leadership as Stalin did.`,
      ),
    },
  ],
  conclusion:
    'Lenin and Stalin shared a revolutionary creed, a party and a willingness to use force, and the Soviet Union bore the imprint of both. Lenin was the founder: the theorist and organizer who seized power, improvised the early Soviet state and, with the NEP, showed some flexibility in economic policy. Stalin was the builder and enforcer who turned that state into an industrial and military power at the price of famine, terror and millions of lives. How far the second grew out of the first remains one of the central questions of twentieth-century history.',
};

const trotskyVsStalin: SeedComparison = {
  a: 'trotsky',
  b: 'stalin',
  categories: ['history-politics'],
  publishedAt: '2026-07-16',
  rows: [
    'birth-name',
    'born',
    'died',
    'key-offices',
    'role-in-russian-revolution',
    'political-ideology',
    'economic-policies',
    'foreign-policy',
    'legacy',
  ],
  summary:
    "Leon Trotsky and Joseph Stalin were leading Bolsheviks who both served in Lenin's first government and both claimed to be his true successor. Trotsky was the celebrated orator and organizer of the October Revolution and the Red Army; Stalin was the patient administrator who controlled the party machine. Their rivalry after Lenin's death ended with Stalin in absolute power and Trotsky expelled, exiled and finally assassinated in Mexico by a Soviet agent in 1940.",
  introduction: md(
    `Few political rivalries have been as consequential as the one between Leon Trotsky and Joseph Stalin. In 1917 Trotsky was one of the best-known revolutionaries in the world, while Stalin was a little-known member of the Bolshevik leadership. A decade later their positions had been completely reversed.`,
    `The contest between them was about personal power, but it was also about ideas: how fast the Soviet Union should industrialize, whether socialism could be built in a single country and how much debate the Communist Party should tolerate. Stalin's victory shaped the Soviet Union for the next quarter century, while Trotsky became the best-known symbol of communist opposition to Stalinism.`,
  ),
  sections: [
    {
      heading: 'Roles in the Revolution and Civil War',
      body: md(
        `Trotsky made his name early. In 1905 he was a leading figure in the St. Petersburg Soviet, and after years in exile, much of it spent independent of both the Bolsheviks and the Mensheviks, he joined Lenin's party in the summer of 1917. As chairman of the Petrograd Soviet and a leader of its Military Revolutionary Committee, he played a central part in organizing the seizure of power in October. He then served as People's Commissar for Foreign Affairs, leading the early peace talks at Brest-Litovsk, and from 1918 as Commissar for Military and Naval Affairs, building the Red Army that won the civil war.`,
        `Stalin's revolutionary career was less visible. A Bolshevik since the party's early years, he organized underground work in the Caucasus, was involved in robberies to raise party funds and spent years in Siberian exile. After 1917 he became People's Commissar for Nationalities and served as a political commissar during the civil war, notably at Tsaritsyn, where he clashed with Trotsky. His real strength lay in organizational work, which led to his appointment as General Secretary in 1922.`,
      ),
    },
    {
      heading: 'Permanent Revolution vs. Socialism in One Country',
      body: md(
        `Both men called themselves Marxists and followers of Lenin, but they drew different conclusions from the failure of revolution to spread across Europe. Trotsky's theory of **permanent revolution** held that a socialist revolution in a largely agrarian country such as Russia could only survive if it spread to the advanced industrial nations. Without that, he argued, the Soviet state would be isolated and deformed.`,
        `From 1924 Stalin promoted **socialism in one country**, the idea that the Soviet Union could build socialism with its own resources while waiting for revolution abroad. The slogan appealed to party members weary of upheaval and gave the country a national purpose. Trotsky attacked it as a break with Marxist internationalism.`,
        `Their economic positions shifted over time. In the mid-1920s Trotsky and the Left Opposition called for faster industrialization and stronger central planning, while Stalin sided with Nikolai Bukharin in defending the NEP. Once the opposition was defeated, Stalin turned sharply to forced industrialization and collectivization, a far more extreme version of a program his rivals had urged. Trotsky supported planning in principle but condemned the brutality and chaos of collectivization.`,
      ),
    },
    {
      heading: 'The Struggle for Succession',
      body: md(
        `Lenin's illness in 1922–1923 opened a contest for leadership. Trotsky was the most prominent figure after Lenin, but many party leaders feared him as a potential Napoleon because of his command of the army, and he was slow to build alliances. Stalin first joined Grigory Zinoviev and Lev Kamenev to isolate Trotsky, then broke with them and allied with Bukharin, before finally turning on Bukharin as well. The key steps in Trotsky's fall came quickly:`,
        [
          '- **1925:** removed as Commissar for Military and Naval Affairs',
          '- **1927:** expelled from the Communist Party',
          '- **1928:** exiled to Alma-Ata in Soviet Central Asia',
          '- **1929:** deported from the Soviet Union',
        ].join('\n'),
        `From exile in Turkey, France, Norway and finally Mexico, Trotsky wrote histories and polemics, including *The Revolution Betrayed* (1936), and in 1938 founded the Fourth International. He was named as the chief conspirator in the Moscow show trials. In August 1940 Ramón Mercader, an agent of the Soviet NKVD, struck him with an ice axe at his home in Coyoacán, and he died the next day.`,
      ),
    },
    {
      heading: 'Legacy and Memory',
      body: md(
        `Stalin's legacy is embodied in the Soviet Union he built: a centralized industrial state that helped defeat Nazi Germany and became a nuclear superpower, at the cost of famine, purges and the Gulag. Trotsky's legacy is mainly intellectual. Trotskyist parties and groups, split among many rival organizations, have remained active on the left in many countries, and his writings are a major source for critics of Stalinism within the Marxist tradition.`,
        `Historians also question how different a Soviet Union led by Trotsky would have been. During the civil war he defended the Red Terror, enforced harsh discipline in the Red Army and advocated the militarization of labor. Some scholars see him as a genuine alternative within Bolshevism; others argue that his differences with Stalin were more about policy and power than about methods.`,
      ),
    },
  ],
  conclusion:
    "Trotsky and Stalin began as comrades in the same revolutionary government and ended as mortal enemies. Trotsky offered brilliance, oratory and a vision of world revolution; Stalin offered organization, patience and a program of building socialism at home. Stalin's control of the party machine proved decisive, and he used it not only to defeat Trotsky but to write him out of Soviet history. Which of them better represented Lenin's intentions is still argued, but there is little doubt about which one shaped the Soviet Union.",
};

const newtonVsEinstein: SeedComparison = {
  a: 'newton',
  b: 'einstein',
  categories: ['science-invention'],
  publishedAt: '2026-08-20',
  rows: [
    'born',
    'died',
    'nationality',
    'field',
    'education',
    'known-for',
    'theory-of-gravity',
    'major-works',
    'notable-awards',
  ],
  summary:
    "Isaac Newton and Albert Einstein are widely regarded as two of the greatest physicists in history, and both transformed how scientists understand motion, light and gravity. Newton, working in the late 17th century, created classical mechanics and the law of universal gravitation and developed calculus. Einstein, more than two centuries later, showed that Newton's picture breaks down at very high speeds and in strong gravity, replacing it with relativity while also helping to found quantum theory.",
  introduction: md(
    `Isaac Newton and Albert Einstein are separated by more than two hundred years, yet their work is closely linked. Newton's *Principia* of 1687 set out laws of motion and gravitation that explained a falling apple and the orbits of the planets with the same equations. Einstein's theories of relativity, published in 1905 and 1915, did not throw those laws away; they revealed them as an extremely good approximation that fails under certain conditions.`,
    `The two men also lived very different lives. Newton spent most of his career at Cambridge and later in London as a senior official of the Royal Mint and president of the Royal Society. Einstein, born in Germany, did much of his early work as a patent clerk in Switzerland, became an international celebrity and spent his last two decades in the United States after the Nazis came to power.`,
  ),
  sections: [
    {
      heading: 'Scientific Breakthroughs',
      body: md(
        `Newton's contributions spanned several fields. In the *Principia* he stated three laws of motion and the law of universal gravitation, giving a single mathematical explanation for falling bodies, the tides and the orbits of the Moon and planets. In optics he used prisms to show that white light is a mixture of colors, and he built the first practical reflecting telescope. He also developed calculus, which he called the method of "fluxions," independently of Gottfried Wilhelm Leibniz, a fact that led to a long and bitter dispute over priority.`,
        `Einstein's breakthroughs came in two main waves. In 1905, often called his *annus mirabilis*, he published papers on the photoelectric effect, Brownian motion and special relativity, along with a short paper on the equivalence of mass and energy later summed up as E = mc². A decade later he completed the general theory of relativity. He also made lasting contributions to quantum theory and statistical physics, including work on stimulated emission that later underpinned the laser.`,
        `Both produced their most famous early ideas while young and working largely alone: Newton during the plague years of 1665–1666, when Cambridge was closed, and Einstein while holding a full-time job at the Swiss patent office in Bern.`,
      ),
    },
    {
      heading: 'Two Theories of Gravity',
      body: md(
        `For Newton, gravity was a force of attraction between any two masses, proportional to the product of the masses and inversely proportional to the square of the distance between them. The theory was astonishingly successful: it allowed Edmond Halley to predict the return of the comet that bears his name and guided astronomers to the discovery of Neptune in 1846. Newton himself admitted that he could not explain how gravity acted across empty space, writing that he would "frame no hypotheses" about its cause.`,
        `Einstein's general relativity answered that question in a radically different way. In his theory, gravity is not a force in the usual sense but the curvature of spacetime produced by mass and energy; objects follow the straightest possible paths through that curved geometry. The theory accounted for a small anomaly in Mercury's orbit that Newton's law could not explain, and it predicted that the Sun would bend starlight, an effect measured during the solar eclipse of 1919.`,
        `In everyday conditions the two theories give practically the same answers, which is why engineers and space agencies still rely on Newtonian mechanics for most calculations. Relativity becomes essential for black holes, gravitational waves, cosmology and precision technologies such as GPS satellites.`,
      ),
    },
    {
      heading: 'Lives and Personalities',
      body: md(
        `Newton was famously private and combative. He was often reluctant to publish, quarreled bitterly with Robert Hooke and Leibniz, and devoted a great deal of time to alchemy and biblical chronology, subjects he considered as important as physics. In later life he became a public figure, serving as Master of the Royal Mint, where he pursued counterfeiters, and as president of the Royal Society from 1703 until his death. He was knighted in 1705 and never married.`,
        `Einstein was more sociable and outspoken. He played the violin, married twice and used his fame to speak about pacifism, civil rights, Zionism and the dangers of nuclear weapons. In 1939 he signed a letter to President Franklin D. Roosevelt warning that Germany might develop an atomic bomb, which helped prompt American nuclear research, although he did not work on the Manhattan Project himself. His 1921 Nobel Prize in Physics was awarded for his explanation of the photoelectric effect rather than for relativity.`,
      ),
    },
  ],
  conclusion:
    "Newton and Einstein stand at the two great turning points of modern physics. Newton united the heavens and the Earth under a single set of mathematical laws and gave science the tools, including calculus, to apply them. Einstein showed that space, time and gravity are subtler than Newton assumed, and his ideas underpin modern cosmology. They are best seen not as rivals but as successive builders: relativity extends Newton's physics and reduces to it in the everyday world.",
};

const teslaVsEdison: SeedComparison = {
  a: 'tesla',
  b: 'edison',
  categories: ['science-invention', 'technology'],
  publishedAt: '2026-09-24',
  rows: [
    'born',
    'died',
    'nationality',
    'education',
    'known-for',
    'current-system',
    'patents',
    'approach-to-invention',
    'notable-awards',
  ],
  summary:
    'Nikola Tesla and Thomas Edison were prolific inventors who helped bring electric power into homes and factories in the late 19th century, and for a short time Tesla even worked for one of Edison\'s companies. Edison was a practical, business-minded inventor who built an industrial research laboratory and championed direct current (DC). Tesla was a visionary engineer whose alternating current (AC) motor and power system, backed by George Westinghouse, became the basis of modern electricity grids.',
  introduction: md(
    `The names Tesla and Edison are often set against each other, especially in popular retellings of the "War of the Currents." The real story is more complicated than a feud between a wronged genius and a ruthless businessman, but the contrast between the two inventors is genuine and revealing.`,
    `Edison, an American telegraph operator turned inventor, became a household name through the phonograph and electric lighting and ran one of the first industrial research laboratories. Tesla, an ethnic Serb born in the Austrian Empire, arrived in New York in 1884, worked briefly at the Edison Machine Works and went on to develop the alternating current technology that would prevail. Their careers show two very different ways of turning ideas into technology.`,
  ),
  sections: [
    {
      heading: 'Approaches to Invention',
      body: md(
        `Edison treated invention as an organized, team-based enterprise. At his laboratory in Menlo Park, New Jersey, opened in 1876, and later at a much larger complex in West Orange, he employed machinists, chemists and engineers to develop and test ideas systematically. His search for a durable light-bulb filament involved trying thousands of materials, an approach captured in the line attributed to him that genius is "one percent inspiration and ninety-nine percent perspiration."`,
        `Tesla worked more as a solitary visionary. He claimed he could design and run machines entirely in his imagination before building them, and his patents reflect a strong grounding in theory and mathematics. This approach produced elegant inventions such as the induction motor but was less suited to the slow, expensive work of turning prototypes into products.`,
        `The difference showed in their results. Edison received 1,093 US patents and founded businesses in lighting, power, recorded sound and film. Tesla held around 300 patents worldwide, and many of his most ambitious ideas, including wireless power transmission, were never realized commercially.`,
      ),
    },
    {
      heading: 'The War of the Currents',
      body: md(
        `In the 1880s Edison built his electric lighting business around **direct current (DC)**, beginning with the Pearl Street Station in lower Manhattan in 1882. DC worked well but could not be sent efficiently over long distances with the technology of the time, so power stations had to be close to their customers. Tesla's polyphase **alternating current (AC)** system, patented in 1888, offered a solution: AC voltage could be raised with transformers for long-distance transmission and lowered again for use, and his induction motor let AC drive machinery.`,
        `George Westinghouse licensed Tesla's patents, and the Westinghouse and Edison interests competed fiercely. Edison's camp warned that high-voltage AC was deadly, and his allies publicized electrocutions of animals and backed the use of AC in the first electric chair. AC nonetheless proved cheaper and more flexible. Westinghouse lit the 1893 World's Columbian Exposition in Chicago with it, and the Adams power plant at Niagara Falls, which began sending power to Buffalo in 1896, used Tesla's polyphase system.`,
        `The rivalry was largely a contest between companies rather than a personal duel. Edison's own electric businesses were merged into General Electric in 1892, and the new firm soon embraced AC as well.`,
      ),
    },
    {
      heading: 'Fame, Fortune and Legacy',
      body: md(
        `Edison died wealthy and celebrated. He was an American icon in his lifetime, received the Congressional Gold Medal in 1928, and his companies laid foundations for the electric utility, recording and film industries. Critics note that he took public credit for work done by his employees and resisted AC long after its advantages were clear.`,
        `Tesla's life ended very differently. After early success, he spent heavily on experiments in Colorado Springs and on Wardenclyffe Tower on Long Island, a project for wireless communication and power that lost its funding and was never completed. He spent his last years in modest circumstances in New York hotels and died in 1943.`,
        `His reputation has since grown enormously. The SI unit of magnetic flux density is named the tesla, and he has become a popular symbol of the underappreciated inventor, sometimes with exaggerated claims attached to his name.`,
      ),
    },
  ],
  conclusion:
    "Tesla and Edison both helped electrify the modern world, but in complementary ways. Edison excelled at turning ideas into working systems and profitable businesses, and his research laboratory became a model for industrial innovation. Tesla supplied the deeper technical insight behind AC power, the system that still runs the world's grids, but struggled to turn his later visions into practical products. Modern electricity owes a debt to both, even if popular memory often casts them as simple heroes and villains.",
};

const curieVsFranklin: SeedComparison = {
  a: 'marie-curie',
  b: 'rosalind-franklin',
  categories: ['science-invention'],
  publishedAt: '2026-10-29',
  rows: [
    'born',
    'died',
    'nationality',
    'field',
    'education',
    'known-for',
    'main-techniques',
    'notable-awards',
  ],
  summary:
    'Marie Curie and Rosalind Franklin were pioneering women scientists who worked with radiation and whose research reshaped their fields. Curie, a Polish-born physicist and chemist in Paris, discovered polonium and radium, helped define radioactivity and won two Nobel Prizes. Franklin, a British chemist, used X-ray diffraction to study coal, viruses and DNA, producing evidence crucial to the double-helix model. Curie was celebrated in her lifetime, while Franklin, who died at 37, was widely recognized mainly after her death.',
  introduction: md(
    `Marie Curie and Rosalind Franklin are often held up as two of the most important women in the history of science. Both worked in fields dominated by men, both were meticulous experimentalists, and both handled radiation at a time when its long-term risks were poorly understood.`,
    `Their stories, however, unfolded in different eras and ended differently. Curie, working in Paris from the 1890s, became the first woman to win a Nobel Prize and remains the only person to have won Nobel Prizes in two different sciences. Franklin, working in London half a century later, produced some of the key data behind the discovery of DNA's structure but died before the Nobel Prize for that discovery was awarded, and the extent of her contribution became widely known only later.`,
  ),
  sections: [
    {
      heading: 'Scientific Contributions',
      body: md(
        `Curie's research began with the mysterious rays given off by uranium, discovered by Henri Becquerel in 1896. Using a sensitive electrometer developed by her husband Pierre and his brother Jacques, she showed that the intensity of the radiation depended only on the amount of uranium present, suggesting that it came from the atoms themselves. She coined the term "radioactivity," and in 1898 she and Pierre announced two new elements: polonium, named after her native Poland, and radium. Isolating them meant processing tons of pitchblende residue by hand.`,
        `Franklin's expertise was X-ray crystallography, which reveals the arrangement of atoms in a substance from the way it scatters X-rays. Her early work on the microstructure of coal was valuable to industry, and in 1951 she moved to King's College London to study DNA. With her student Raymond Gosling she distinguished the "A" and "B" forms of DNA and produced exceptionally clear diffraction images, including the one known as **Photo 51**. Later, at Birkbeck College, she led influential studies of virus structure, including tobacco mosaic virus.`,
        `Both were known for rigorous measurement, but Curie's work opened a new field of physics and chemistry, while Franklin refined a powerful technique and applied it to the central molecules of biology.`,
      ),
    },
    {
      heading: 'Recognition and the Question of Credit',
      body: md(
        `Curie's achievements brought her fame in her lifetime, though not without obstacles. The 1903 Nobel Prize in Physics was shared by Marie, Pierre and Becquerel, and Marie was reportedly added only after Pierre learned that an early nomination had left her out. In 1911 she won the Nobel Prize in Chemistry on her own. That same year, however, the French Academy of Sciences narrowly rejected her for membership, and she faced hostile press coverage of her private life.`,
        `Franklin's case became one of the best-known disputes over scientific credit. Without her knowledge, her colleague Maurice Wilkins showed Photo 51 to James Watson in early 1953, and Francis Crick and Watson also saw a research report summarizing her data. These results helped them build their double-helix model. Franklin's own paper appeared in the same April 1953 issue of *Nature*, but her role was underplayed for years, and Watson's memoir *The Double Helix* (1968) portrayed her unflatteringly.`,
        `The 1962 Nobel Prize in Physiology or Medicine went to Watson, Crick and Wilkins; because the prize is not awarded posthumously, Franklin could not have shared it. Historians still debate how her role should be described, and some recent accounts present her as a full partner in the discovery rather than simply a victim.`,
      ),
    },
    {
      heading: 'Lives and Careers',
      body: md(
        `Maria Skłodowska grew up in Russian-ruled Warsaw, where women could not attend university. She worked as a governess and studied at the clandestine "Flying University" before moving to Paris in 1891 to study at the Sorbonne. After Pierre was killed in a street accident in 1906, she took over his professorship, becoming the first woman to teach at the University of Paris, and later directed the Radium Institute. During World War I she organized mobile X-ray units to help treat wounded soldiers.`,
        `Rosalind Franklin came from a prosperous Jewish family in London and studied natural sciences at Newnham College, Cambridge. During World War II she studied the porosity of coal for a British industrial research body, earning her PhD in 1945, and then spent several productive years at a government laboratory in Paris, where she mastered X-ray diffraction. Her time at King's College was unhappy, partly because of a strained relationship with Wilkins, and she moved to Birkbeck in 1953.`,
        `Both women's lives were cut short by illness. Curie died in 1934 of aplastic anemia, widely attributed to her long exposure to radiation. Franklin died of ovarian cancer in 1958 at 37; whether her X-ray work contributed is possible but unproven.`,
      ),
    },
  ],
  conclusion:
    'Marie Curie and Rosalind Franklin share a place as trailblazers for women in science, but their legacies differ in kind. Curie opened an entirely new area of research, won two Nobel Prizes and became a worldwide symbol of scientific dedication in her own lifetime. Franklin\'s precise experimental work supplied crucial evidence for the structure of DNA and advanced the study of viruses, yet full recognition came only after her early death. Together they show how much women contributed to modern science and how unevenly that contribution was acknowledged.',
};

export const people: SeedBundle = {
  attributes,
  figures,
  comparisons: [leninVsStalin, trotskyVsStalin, newtonVsEinstein, teslaVsEdison, curieVsFranklin],
};
