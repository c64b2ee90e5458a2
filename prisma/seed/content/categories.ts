import type { SeedCategory } from '../types';

export const categories: SeedCategory[] = [
  {
    slug: 'history-politics',
    name: 'History & Politics',
    description: 'Leaders, revolutions and the ideas that shaped modern states.',
  },
  {
    slug: 'science-invention',
    name: 'Science & Invention',
    description: 'Scientists, inventors and the discoveries that changed how we live.',
  },
  {
    slug: 'cities-places',
    name: 'Cities & Places',
    description: 'Capitals, ancient cities and the places people argue about.',
  },
  {
    slug: 'nature-geography',
    name: 'Nature & Geography',
    description: 'Rivers, mountains and the physical world, measured side by side.',
  },
  {
    slug: 'technology',
    name: 'Technology',
    description: 'Machines, media and the formats that came and went.',
  },
  {
    slug: 'food-drink',
    name: 'Food & Drink',
    description: 'What we eat and drink, and how it got to the table.',
  },
];
