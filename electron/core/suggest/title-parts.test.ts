import { describe, expect, it } from 'vitest';
import { hasPluralHead, isTitle, splitExcept, titleParts } from './title-parts.js';

const partsOf = (title: string) => new Set(titleParts(title));

describe('titles inside a coordinated title', () => {
  it('gives coordinated modifiers the shared head', () => {
    expect(partsOf('Meeting, Convention, and Event Planners')).toEqual(
      new Set(['Meeting Planners', 'Convention Planners', 'Event Planners']),
    );
    expect(partsOf('Clinical and Counseling Psychologists')).toEqual(new Set(['Clinical Psychologists', 'Counseling Psychologists']));
    expect(partsOf('Electric Motor, Power Tool, and Related Repairers')).toEqual(
      new Set(['Electric Motor Repairers', 'Power Tool Repairers', 'Related Repairers']),
    );
    expect(partsOf('Social and Human Service Assistants')).toEqual(new Set(['Social Service Assistants', 'Human Service Assistants']));
  });

  it('gives coordinated heads the shared modifiers, and both at once every combination', () => {
    expect(partsOf('Textile Cutting Machine Setters, Operators, and Tenders')).toEqual(
      new Set(['Textile Cutting Machine Setters', 'Textile Cutting Machine Operators', 'Textile Cutting Machine Tenders']),
    );
    expect(partsOf('Heating, Air Conditioning, and Refrigeration Mechanics and Installers')).toEqual(
      new Set([
        'Heating Mechanics',
        'Heating Installers',
        'Air Conditioning Mechanics',
        'Air Conditioning Installers',
        'Refrigeration Mechanics',
        'Refrigeration Installers',
      ]),
    );
    expect(titleParts('Welding, Soldering, and Brazing Machine Setters, Operators, and Tenders')).toHaveLength(9);
    expect(partsOf('Airline Pilots, Copilots, and Flight Engineers')).toEqual(
      new Set(['Airline Pilots', 'Airline Copilots', 'Flight Engineers']),
    );
    expect(partsOf('Chefs and Head Cooks')).toEqual(new Set(['Chefs', 'Head Cooks']));
  });

  it('shares an "of" complement', () => {
    expect(partsOf('Appraisers and Assessors of Real Estate')).toEqual(new Set(['Appraisers of Real Estate', 'Assessors of Real Estate']));
    expect(partsOf('Managers of Farms and Ranches')).toEqual(new Set(['Managers of Farms', 'Managers of Ranches']));
  });

  it('moves an inverted qualifier to the front and drops list markers', () => {
    expect(partsOf('Makeup Artists, Theatrical and Performance')).toEqual(
      new Set(['Theatrical and Performance Makeup Artists', 'Makeup Artists']),
    );
    expect(partsOf('Health Specialties Teachers, Postsecondary')).toEqual(
      new Set(['Postsecondary Health Specialties Teachers', 'Health Specialties Teachers']),
    );
    expect(partsOf('Derrick Operators, Oil and Gas')).toEqual(new Set(['Oil and Gas Derrick Operators', 'Derrick Operators']));
    expect(titleParts('Engineers, All Other')).toEqual(['Engineers']);
    expect(partsOf('Farmers, Ranchers, and Other Agricultural Managers')).toEqual(
      new Set(['Farmers', 'Ranchers', 'Agricultural Managers']),
    );
  });

  it('drops exclusions and ignores plain titles and sentences', () => {
    expect(titleParts('Architects, Except Landscape and Naval')).toEqual(['Architects']);
    expect(titleParts('Software Developers')).toEqual([]);
    expect(titleParts('First-Line Supervisors of Gambling Services Workers')).toEqual([]);
    expect(titleParts('Experience with Java, and able to work in teams')).toEqual([]);
    expect(titleParts('You will design, build and test web applications for our customers in the retail sector')).toEqual([]);
  });

  it('tells titles named by a plural head from fragments', () => {
    expect(hasPluralHead('Event Planners')).toBe(true);
    expect(hasPluralHead('Assessors of Real Estate')).toBe(true);
    expect(hasPluralHead('Foundry Mold')).toBe(false);
    expect(hasPluralHead('Oil and Gas')).toBe(false);
  });

  it('splits off what a title excludes, and tells titles from sentences', () => {
    expect(splitExcept('Architects, Except Landscape and Naval')).toEqual(['Architects', ' Landscape and Naval']);
    expect(splitExcept('Engineers, All Other')).toEqual(['Engineers, All Other', '']);
    expect(isTitle('Health Specialties Teachers, Postsecondary')).toBe(true);
    expect(isTitle('Plan, direct, or coordinate the work of staff.')).toBe(false);
  });
});
