import { describe, expect, it } from 'vitest';
import { convertDistances, roundDistance } from './distance-units';

describe('convertDistances', () => {
  it('turns miles into rounded kilometres, hedged with "about"', () => {
    expect(convertDistances('300-500 miles', 'km')).toBe('about 480-800 km');
    expect(convertDistances('an easy run of about 2 miles.', 'km')).toBe('an easy run of about 3 km.');
    expect(convertDistances('from 25 miles a week to no more than 27.5 miles', 'km')).toBe(
      'from about 40 km a week to no more than about 44 km',
    );
    expect(convertDistances('1 mile', 'km')).toBe('about 1.5 km');
  });

  it('and kilometres into miles', () => {
    expect(convertDistances('480-800 km', 'miles')).toBe('about 300-500 miles');
    expect(convertDistances('about 3 km', 'miles')).toBe('about 2 miles');
    expect(convertDistances('a 10-km race', 'miles')).toBe('a 6-mile race');
  });

  it('leaves distances already in the chosen units, and other numbers, alone', () => {
    expect(convertDistances('Replace shoes every 300-500 miles.', 'miles')).toBe('Replace shoes every 300-500 miles.');
    expect(convertDistances('10 km', 'km')).toBe('10 km');
    expect(convertDistances('3 sets of 15 reps over about 20 metres, 10% a week', 'km')).toBe(
      '3 sets of 15 reps over about 20 metres, 10% a week',
    );
  });

  it('uses a bracketed equivalent as written and prints only one system', () => {
    expect(convertDistances('every 300-500 miles (about 480-800 km) and', 'km')).toBe('every 480-800 km and');
    expect(convertDistances('every 300-500 miles (about 480-800 km) and', 'miles')).toBe('every 300-500 miles and');
    expect(convertDistances('a couple of miles (about 3 km)', 'km')).toBe('about 3 km');
    expect(convertDistances('a couple of miles (about 3 km)', 'miles')).toBe('a couple of miles');
    expect(convertDistances('about 2 miles (3 km) on flat ground', 'km')).toBe('about 3 km on flat ground');
    expect(convertDistances('15 miles (24 km)', 'km')).toBe('24 km');
    expect(convertDistances('27.5 miles (roughly 40 km rising to 44 km)', 'km')).toBe('about 44 km');
    expect(convertDistances('27.5 miles (roughly 40 km rising to 44 km)', 'miles')).toBe('27.5 miles');
  });

  it('keeps the grammar around a converted figure', () => {
    expect(convertDistances('a 5-mile run', 'km')).toBe('an 8 km run');
    expect(convertDistances('calculated from the 300-500 mile range', 'km')).toBe(
      'calculated from the 480-800 km range',
    );
    expect(convertDistances('Weekly mileage, not mileage per run', 'km')).toBe('Weekly distance, not distance per run');
    expect(convertDistances('Mileage rises', 'miles')).toBe('Mileage rises');
  });
});

describe('roundDistance', () => {
  it('rounds as a person would say it', () => {
    expect(roundDistance(3.2)).toBe(3);
    expect(roundDistance(1.6)).toBe(1.5);
    expect(roundDistance(44.26)).toBe(44);
    expect(roundDistance(482.8)).toBe(480);
    expect(roundDistance(804.7)).toBe(800);
    expect(roundDistance(0.1)).toBe(0.5);
  });
});
