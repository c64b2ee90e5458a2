// What the demo content (prisma/seed/content) puts on the reference page, as a reader sees it.
// Mirrors the table in ../shared/PAGE.md.

export const LENIN_VS_STALIN = {
  path: '/lenin-vs-stalin',
  title: 'Lenin vs. Stalin',
  documentTitle: "Lenin vs. Stalin - What's the Difference?",
  summaryStart: 'Lenin and Stalin were the first two leaders of the Soviet Union',
  category: { name: 'History & Politics', path: '/categories/history-politics' },
  sections: ['Leadership Style', 'Economic Policies', 'Impact on the Soviet Union'],
  rows: [
    ['Birth Name', 'Vladimir Ilyich Ulyanov', 'Joseph Vissarionovich Dzhugashvili'],
    ['Years in Power', '1917-1924', '1924-1953'],
    [
      'Role in Russian Revolution',
      'Leader of Bolshevik Party, led October Revolution',
      "General Secretary of the Communist Party, consolidated power after Lenin's death",
    ],
    ['Political Ideology', 'Marxism-Leninism', 'Stalinism'],
    ['Economic Policies', 'New Economic Policy (NEP), state-controlled economy', 'Five-Year Plans, rapid industrialization, collectivization of agriculture'],
    [
      'Foreign Policy',
      'Advocated for world revolution, supported international communist movements',
      'Implemented socialist policies in Eastern Europe, established Soviet satellite states',
    ],
    ['Personality Cult', 'Not as prominent during his lifetime', 'Extensive personality cult, portrayed as a strong leader'],
    ['Political Repression', 'Red Terror, suppression of political opponents', 'Great Purge, widespread political repression, mass executions'],
    [
      'Legacy',
      'Considered the founder of the Soviet Union, influential Marxist thinker',
      'Controversial figure, responsible for millions of deaths, industrialization and modernization of USSR',
    ],
  ] as const,
} as const;

export const ROW_LABELS = LENIN_VS_STALIN.rows.map(([label]) => label);

/** The photo credit every demo image carries. */
export const DEMO_CREDIT = 'Photo by Contrast Studio on Contrast Demo Library';

/** Unknown addresses: a pair of figures that do not exist, and a path that is no pair at all. */
export const UNKNOWN_PATHS = ['/nobody-vs-nothing', '/just-a-page'] as const;
