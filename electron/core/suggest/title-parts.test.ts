import { describe, expect, it } from 'vitest';
import { isTitle, splitExcept, titleParts } from './title-parts.js';

describe('titles inside a coordinated title', () => {
  it('gives modifiers the shared head and keeps whole titles whole', () => {
    expect(titleParts('Meeting, Convention, and Event Planners')).toEqual(['Meeting Planners', 'Convention Planners', 'Event Planners']);
    expect(titleParts('Clinical and Counseling Psychologists')).toEqual(['Clinical Psychologists', 'Counseling Psychologists']);
    expect(titleParts('Airline Pilots, Copilots, and Flight Engineers')).toEqual(['Airline Pilots', 'Copilots', 'Flight Engineers']);
  });

  it('drops exclusions and ignores plain titles and sentences', () => {
    expect(titleParts('Architects, Except Landscape and Naval')).toEqual(['Architects']);
    expect(titleParts('Software Developers')).toEqual([]);
    expect(titleParts('Experience with Java, and able to work in teams')).toEqual([]);
    expect(titleParts('You will design, build and test web applications for our customers in the retail sector')).toEqual([]);
  });

  it('splits off what a title excludes, and tells titles from sentences', () => {
    expect(splitExcept('Architects, Except Landscape and Naval')).toEqual(['Architects', ' Landscape and Naval']);
    expect(splitExcept('Engineers, All Other')).toEqual(['Engineers, All Other', '']);
    expect(isTitle('Health Specialties Teachers, Postsecondary')).toBe(true);
    expect(isTitle('Plan, direct, or coordinate the work of staff.')).toBe(false);
  });
});
